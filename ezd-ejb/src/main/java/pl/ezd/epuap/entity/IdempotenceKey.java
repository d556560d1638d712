package pl.ezd.epuap.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The identity of one received ePUAP document. The pull response carries no document identifier,
 * so a document is known by: the inbox (adresSkrytki) it came to, the SHA-1 of its decoded bytes
 * (the {@code skrot} ePUAP itself acknowledges), the time it was sent (dataNadania, to the second,
 * UTC) and the sender's identifier (danePodmiotu.identyfikator). The key is the SHA-256 of those
 * four, in that order, one per line; it is unique per organisation in the database.
 */
public record IdempotenceKey(String adresSkrytki, String documentSha1, Instant dataNadania, String senderId) {

    public IdempotenceKey {
        Objects.requireNonNull(adresSkrytki, "adresSkrytki");
        Objects.requireNonNull(documentSha1, "documentSha1");
        Objects.requireNonNull(dataNadania, "dataNadania");
        senderId = senderId == null ? "" : senderId.strip();
        adresSkrytki = adresSkrytki.strip();
        dataNadania = dataNadania.truncatedTo(ChronoUnit.SECONDS);
    }

    public static IdempotenceKey of(String adresSkrytki, byte[] document, Instant dataNadania, String senderId) {
        return new IdempotenceKey(adresSkrytki, skrot(document), dataNadania, senderId);
    }

    /** The hex SHA-256 stored in {@code epuap_received.idempotence_key}. */
    public String value() {
        String line = adresSkrytki + "\n" + documentSha1 + "\n" + dataNadania + "\n" + senderId;
        return HexFormat.of().formatHex(digest("SHA-256", line.getBytes(StandardCharsets.UTF_8)));
    }

    /** Base64 of the SHA-1 of the decoded document bytes: ePUAP's {@code skrot}. */
    public static String skrot(byte[] document) {
        return Base64.getEncoder().encodeToString(digest("SHA-1", document));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
