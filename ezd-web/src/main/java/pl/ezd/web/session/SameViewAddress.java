package pl.ezd.web.session;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address of the page a user was on when their post could not be handled (the view had
 * expired), to send them back to it: the path and query of the {@code Referer} the browser sent
 * with the post, which still holds the page's parameters (e.g. {@code task.xhtml?id=42}), when it is
 * a page of this application; otherwise the view's own address. Only a path of this application is
 * ever returned, never another host, so the header cannot turn this into an open redirect.
 */
final class SameViewAddress {

    private SameViewAddress() {
    }

    /**
     * @param referer     the request's {@code Referer} header, may be null
     * @param contextPath the application's context path ({@code ""} or {@code /ezd})
     * @param fallback    the expired view's own address, used when the referer is unusable
     */
    static String of(String referer, String contextPath, String fallback) {
        if (referer == null || referer.isBlank()) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(referer.trim());
        } catch (URISyntaxException e) {
            return fallback;
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//") || path.contains("/../")
                || path.endsWith("/login.xhtml") || path.startsWith(contextPath + "/api/")
                || path.startsWith(contextPath + "/session/")) {
            return fallback;
        }
        String query = uri.getRawQuery();
        return query == null ? path : path + "?" + query;
    }
}
