package pl.ezd.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain that makes an organisation's audit trail tamper-evident: each entry's hash covers
 * its own fields and the previous entry's hash, and the head (last sequence number and hash) is
 * kept in another table. Editing an entry breaks its hash; inserting or removing one breaks the
 * sequence or the link; removing the tail leaves the head pointing past the end.
 */
public final class AuditChain {

    /** The hash before the first entry of an organisation. */
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001F';

    private AuditChain() {
    }

    /** One entry as the chain sees it. */
    public record Link(long seq, long organizationId, Instant occurredAt, String actor, String action, String subjectType,
                       String subjectId, String detail, String previousHash, String entryHash) {
    }

    public static String hash(String previousHash, long seq, long organizationId, Instant occurredAt, String actor,
                              String action, String subjectType, String subjectId, String detail) {
        String canonical = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(seq),
                Long.toString(organizationId), occurredAt.toString(), actor, action, subjectType, subjectId,
                detail == null ? "\u0000" : detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hashOf(Link link) {
        return hash(link.previousHash(), link.seq(), link.organizationId(), link.occurredAt(), link.actor(), link.action(),
                link.subjectType(), link.subjectId(), link.detail());
    }

    /**
     * Checks links given in sequence order against the head kept apart ({@code headSeq} 0 and
     * {@link #GENESIS} when nothing was ever recorded). Returns what is wrong, in words for the
     * administrator; empty when the chain is intact.
     */
    public static List<String> verify(Iterable<Link> links, long headSeq, String headHash) {
        List<String> problems = new ArrayList<>();
        long expectedSeq = 1;
        String previous = GENESIS;
        for (Link link : links) {
            if (link.seq() != expectedSeq) {
                problems.add(link.seq() < expectedSeq
                        ? "Wpis nr " + link.seq() + " powtórzony albo wstawiony"
                        : "Brak wpisów nr " + expectedSeq + "–" + (link.seq() - 1) + " (usunięte)");
            }
            if (!link.previousHash().equals(previous)) {
                problems.add("Wpis nr " + link.seq() + " nie łączy się z poprzednim (wstawiony lub poprzedni usunięty)");
            }
            if (!hashOf(link).equals(link.entryHash())) {
                problems.add("Wpis nr " + link.seq() + " został zmieniony po zapisaniu");
            }
            expectedSeq = link.seq() + 1;
            previous = link.entryHash();
        }
        long lastSeq = expectedSeq - 1;
        if (headSeq != lastSeq || !headHash.equals(previous)) {
            problems.add(headSeq > lastSeq
                    ? "Brak ostatnich wpisów nr " + (lastSeq + 1) + "–" + headSeq + " (usunięte z końca dziennika)"
                    : "Koniec dziennika (wpis nr " + lastSeq + ") nie zgadza się z zapisanym zakończeniem łańcucha (nr " + headSeq + ")");
        }
        return problems;
    }
}
