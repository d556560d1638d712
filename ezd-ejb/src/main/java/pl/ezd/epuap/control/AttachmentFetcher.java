package pl.ezd.epuap.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches an attachment that an ePUAP document gives by reference ({@code kodowanie="URI"}) from
 * the ePUAP file repository of the inbox, and nothing else: the address must lie under the
 * repository's base address configured for the inbox (same scheme, host and port, path below
 * the base's, no {@code ..}, no user info), so a document cannot make the server fetch from
 * another host (SSRF); the host must not resolve to a loopback, private, link-local or otherwise
 * internal address unless the installation allows it (the simulator on localhost); redirects are
 * followed only within the repository (at most 3); the body is streamed to a file and refused
 * past the size limit; the whole exchange has a deadline; the SHA-1 or SHA-256 the document
 * gives for the file (ePUAP writes the hash into the attachment's description) must match.
 *
 * <p>A failure is {@link FetchFailure#transientFailure() transient} (the repository does not
 * answer, times out, answers 5xx, 408 or 429: try again later) or permanent (refused address,
 * 4xx, too large, wrong hash), always with a Polish reason for the "needs attention" list.
 */
public final class AttachmentFetcher {

    private static final int MAX_REDIRECTS = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])([0-9A-Fa-f]{64}|[0-9A-Fa-f]{40})(?![0-9A-Fa-f])");
    private static final Pattern BASE64 = Pattern.compile("(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])");

    /**
     * Where and how much may be fetched.
     *
     * @param repository the base address of the inbox's file repository (ends with "/")
     * @param allowPrivateAddresses whether the repository may resolve to an internal address (demo, tests)
     * @param maxBytes the largest attachment
     * @param timeout the deadline of one fetch, redirects and body included
     */
    public record Policy(URI repository, boolean allowPrivateAddresses, long maxBytes, Duration timeout) {

        public Policy {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(timeout, "timeout");
            if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** A fetched attachment: its bytes in {@code file}. */
    public record Fetched(String fileName, String mediaType, URI uri, Path file, long size, String sha256) {
    }

    /** Why an attachment could not be fetched: a Polish reason, and whether trying later may help. */
    public static final class FetchFailure extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean transientFailure;

        FetchFailure(boolean transientFailure, String message) {
            super(message);
            this.transientFailure = transientFailure;
        }

        public boolean transientFailure() {
            return transientFailure;
        }
    }

    private final Policy policy;

    public AttachmentFetcher(Policy policy) {
        this.policy = policy;
    }

    /** Checks, fetches into a new file in {@code directory}, checks the hash the document gives. */
    public Fetched fetch(EpuapLetter.Attachment attachment, Path directory) throws FetchFailure {
        if (attachment.isInline()) {
            throw new IllegalArgumentException("inline attachment");
        }
        String name = attachment.fileName();
        URI uri = attachment.uri();
        checkAddress(name, uri);
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        Path file;
        try {
            file = Files.createTempFile(directory, "zalacznik", ".bin");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a file for a fetched attachment in " + directory, e);
        }
        boolean done = false;
        try {
            URI current = uri;
            for (int redirects = 0; ; redirects++) {
                Exchange exchange = exchange(name, current, file, deadline);
                int status = exchange.status();
                if (status >= 300 && status < 400 && exchange.location() != null) {
                    if (redirects >= MAX_REDIRECTS) {
                        throw permanent(name, "repozytorium przekierowało więcej niż " + MAX_REDIRECTS + " razy");
                    }
                    URI next = current.resolve(exchange.location());
                    try {
                        checkAddress(name, next);
                    } catch (FetchFailure refused) {
                        throw permanent(name, "repozytorium przekierowało pod adres spoza repozytorium (" + printable(next) + ")");
                    }
                    current = next;
                    continue;
                }
                if (status == 200) {
                    Fetched fetched = checked(attachment, file, exchange.size());
                    done = true;
                    return fetched;
                }
                if (status == 408 || status == 429 || status >= 500) {
                    throw transientFailure(name, "repozytorium odpowiedziało kodem HTTP " + status);
                }
                throw permanent(name, "repozytorium odpowiedziało kodem HTTP " + status
                        + (status == 404 || status == 410 ? " (pliku nie ma w repozytorium)" : ""));
            }
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the caller's directory is removed as a whole
                }
            }
        }
    }

    /** Whether the address may be fetched at all: under the repository, no tricks, no internal host. */
    void checkAddress(String name, URI uri) throws FetchFailure {
        URI base = policy.repository();
        if (uri == null || uri.isOpaque() || uri.getScheme() == null || uri.getHost() == null) {
            throw permanent(name, "adres załącznika nie jest pełnym adresem http(s): " + printable(uri));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw permanent(name, "niedozwolony schemat adresu „" + scheme + "” (tylko http i https)");
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        String lowerPath = rawPath.toLowerCase(Locale.ROOT);
        boolean traversal = lowerPath.contains("%2e") || lowerPath.contains("%2f") || lowerPath.contains("%5c") || lowerPath.contains("\\")
                || List.of(rawPath.split("/")).stream().anyMatch(segment -> segment.equals("..") || segment.equals("."));
        if (uri.getRawUserInfo() != null || traversal
                || !scheme.equals(base.getScheme().toLowerCase(Locale.ROOT))
                || !uri.getHost().equalsIgnoreCase(base.getHost())
                || port(uri) != port(base)
                || !rawPath.startsWith(base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath())) {
            throw permanent(name, "adres " + printable(uri) + " leży poza repozytorium plików ePUAP tej skrytki (" + base
                    + "); EZD pobiera załączniki tylko stamtąd");
        }
        if (!policy.allowPrivateAddresses()) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw transientFailure(name, "nie można ustalić adresu serwera " + uri.getHost());
            }
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw permanent(name, "serwer " + uri.getHost() + " ma adres w sieci wewnętrznej (" + address.getHostAddress()
                            + "), a pobieranie z takich adresów jest wyłączone");
                }
            }
        }
    }

    /** Loopback, unspecified, private, link-local, shared (CGNAT), unique-local, multicast and similar addresses. */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first == 127 || (first == 100 && second >= 64 && second <= 127)
                    || (first == 169 && second == 254) || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168) || (first == 198 && (second == 18 || second == 19)) || first >= 224;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Exchange(int status, String location, long size) {
    }

    private Exchange exchange(String name, URI uri, Path file, long deadline) throws FetchFailure {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw transientFailure(name, "przekroczono czas pobierania (" + policy.timeout().toSeconds() + " s)");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
                .header("Accept", "*/*").header("User-Agent", "EZD ePUAP import").build();
        CompletableFuture<HttpResponse<Long>> future = HTTP.sendAsync(request, info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(0L);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > policy.maxBytes()) {
                return new TooLarge(declared);
            }
            return new CappedFile(file, policy.maxBytes());
        });
        try {
            HttpResponse<Long> response = future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Exchange(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body() == null ? 0 : response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw transientFailure(name, "przekroczono czas pobierania (" + policy.timeout().toSeconds() + " s)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw transientFailure(name, "pobieranie przerwane");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof IOException && cause.getCause() instanceof TooLargeException) {
                cause = cause.getCause();
            }
            if (cause instanceof TooLargeException) {
                throw permanent(name, "plik jest większy niż dopuszczalne " + EpuapLimits.megabytes(policy.maxBytes()));
            }
            if (cause instanceof HttpTimeoutException) {
                throw transientFailure(name, "przekroczono czas pobierania (" + policy.timeout().toSeconds() + " s)");
            }
            if (cause instanceof ConnectException) {
                throw transientFailure(name, "repozytorium " + uri.getHost() + " nie odpowiada (nie można się połączyć)");
            }
            throw transientFailure(name, "błąd połączenia z repozytorium: " + (cause == null ? e.getMessage()
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())));
        }
    }

    private Fetched checked(EpuapLetter.Attachment attachment, Path file, long size) throws FetchFailure {
        byte[] sha1;
        byte[] sha256;
        try {
            sha1 = digest("SHA-1", file);
            sha256 = digest("SHA-256", file);
        } catch (IOException e) {
            throw transientFailure(attachment.fileName(), "nie można odczytać pobranego pliku: " + e.getMessage());
        }
        List<byte[]> expected = expectedHashes(attachment.description());
        if (!expected.isEmpty() && expected.stream().noneMatch(h -> MessageDigest.isEqual(h, sha1) || MessageDigest.isEqual(h, sha256))) {
            throw permanent(attachment.fileName(), "skrót pobranego pliku (SHA-1 " + Base64.getEncoder().encodeToString(sha1)
                    + ") nie zgadza się ze skrótem podanym w dokumencie; plik w repozytorium nie jest tym, który dołączył nadawca");
        }
        return new Fetched(attachment.fileName(), attachment.mimeType(), attachment.uri(), file, size, HexFormat.of().formatHex(sha256));
    }

    /** The SHA-1 or SHA-256 values a description gives, as hex (40 or 64 digits) or Base64 (28 or 44 characters). */
    static List<byte[]> expectedHashes(String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        var hashes = new java.util.ArrayList<byte[]>();
        Matcher hex = HEX.matcher(description);
        while (hex.find()) {
            hashes.add(HexFormat.of().parseHex(hex.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher base64 = BASE64.matcher(description);
        while (base64.find()) {
            try {
                byte[] bytes = Base64.getDecoder().decode(base64.group(1));
                if (bytes.length == 20 || bytes.length == 32) {
                    hashes.add(bytes);
                }
            } catch (IllegalArgumentException ignored) {
                // not Base64 after all
            }
        }
        return hashes;
    }

    private static byte[] digest(String algorithm, Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String printable(URI uri) {
        String text = String.valueOf(uri);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static FetchFailure permanent(String name, String why) {
        return new FetchFailure(false, "Nie pobrano załącznika „" + name + "”: " + why);
    }

    private static FetchFailure transientFailure(String name, String why) {
        return new FetchFailure(true, "Nie pobrano załącznika „" + name + "”: " + why);
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Refuses a body whose declared length is over the limit, without reading it. */
    private static final class TooLarge implements HttpResponse.BodySubscriber<Long> {
        private final CompletableFuture<Long> result = new CompletableFuture<>();

        TooLarge(long declared) {
            result.completeExceptionally(new TooLargeException());
        }

        @Override
        public CompletionStage<Long> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    /** Writes the body to a file, counting, and gives up past the limit. */
    private static final class CappedFile implements HttpResponse.BodySubscriber<Long> {
        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private final Path file;
        private final long max;
        private FileChannel channel;
        private Flow.Subscription subscription;
        private long count;

        CappedFile(Path file, long max) {
            this.file = file;
            this.max = max;
        }

        @Override
        public CompletionStage<Long> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            try {
                channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                s.request(1);
            } catch (IOException e) {
                s.cancel();
                result.completeExceptionally(e);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                for (ByteBuffer buffer : buffers) {
                    count += buffer.remaining();
                    if (count > max) {
                        subscription.cancel();
                        close();
                        result.completeExceptionally(new TooLargeException());
                        return;
                    }
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
                subscription.request(1);
            } catch (IOException e) {
                subscription.cancel();
                close();
                result.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            close();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            close();
            result.complete(count);
        }

        private void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // the result says what happened
            }
        }
    }
}
