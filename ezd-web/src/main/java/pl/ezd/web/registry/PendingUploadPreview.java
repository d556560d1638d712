package pl.ezd.web.registry;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import pl.ezd.organization.entity.Role;

/**
 * Shows a file dropped on the registration form before it is saved ({@code /registry/preview/<token>}):
 * only to the registry clerk of the same session, inline for PDF and images, as a download otherwise.
 */
@WebServlet("/registry/preview/*")
public class PendingUploadPreview extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PendingUploads uploads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.REGISTRY_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String token = request.getPathInfo() == null ? null : request.getPathInfo().substring(1);
        var file = uploads.find(token).orElse(null);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.previewable() ? file.contentType() : "application/octet-stream");
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", (file.previewable() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (InputStream in = uploads.open(file)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
