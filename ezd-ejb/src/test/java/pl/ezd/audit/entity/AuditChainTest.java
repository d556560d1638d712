package pl.ezd.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    /** Writes entries the way the application does: through a head, one by one. */
    private static List<AuditChain.Link> trail(AuditChainHead head, int entries) {
        List<AuditChain.Link> links = new ArrayList<>();
        for (int i = 1; i <= entries; i++) {
            var entry = new AuditEntry(42, Instant.parse("2026-03-02T09:00:00.123456789Z").plusSeconds(i), "referent",
                    "CASE_OPENED", "Case", String.valueOf(100 + i), "GK.6131." + i + ".2026: sprawa");
            entry.chain(head);
            links.add(entry.link());
        }
        return links;
    }

    private static AuditChainHead newHead() {
        return new AuditChainHead(42);
    }

    @Test
    void anUntouchedTrailIsIntact() {
        var head = newHead();
        var links = trail(head, 4);

        assertThat(AuditChain.verify(links, head.getLastSeq(), head.getLastHash())).isEmpty();
        assertThat(links).extracting(AuditChain.Link::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(links.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void anEditedEntryIsDetected() {
        var head = newHead();
        var links = trail(head, 4);
        var original = links.get(2);
        links.set(2, new AuditChain.Link(original.seq(), original.organizationId(), original.occurredAt(), "ktos.inny",
                original.action(), original.subjectType(), original.subjectId(), original.detail(), original.previousHash(),
                original.entryHash()));

        assertThat(AuditChain.verify(links, head.getLastSeq(), head.getLastHash()))
                .containsExactly("Wpis nr 3 został zmieniony po zapisaniu");
    }

    @Test
    void aRemovedEntryIsDetected() {
        var head = newHead();
        var links = trail(head, 4);
        links.remove(1);

        assertThat(AuditChain.verify(links, head.getLastSeq(), head.getLastHash()))
                .contains("Brak wpisów nr 2–2 (usunięte)")
                .anySatisfy(problem -> assertThat(problem).contains("nie łączy się"));
    }

    @Test
    void aRemovedTailIsDetectedByTheHeadKeptApart() {
        var head = newHead();
        var links = trail(head, 5);

        assertThat(AuditChain.verify(links.subList(0, 3), head.getLastSeq(), head.getLastHash()))
                .containsExactly("Brak ostatnich wpisów nr 4–5 (usunięte z końca dziennika)");
    }

    @Test
    void anInsertedEntryIsDetected() {
        var head = newHead();
        var links = trail(head, 3);
        var forged = links.get(1);
        links.add(2, new AuditChain.Link(2, 42, forged.occurredAt(), "ktos", "CASE_CLOSED", "Case", "102", null,
                forged.previousHash(), AuditChain.hash(forged.previousHash(), 2, 42, forged.occurredAt(), "ktos", "CASE_CLOSED",
                "Case", "102", null)));

        assertThat(AuditChain.verify(links, head.getLastSeq(), head.getLastHash())).isNotEmpty();
    }

    @Test
    void theHashCoversTheTimeToTheMicrosecondTheDatabaseKeeps() {
        var entry = new AuditEntry(42, Instant.parse("2026-03-02T09:00:00.123456789Z"), "a", "b", "c", "d", null);
        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
    }
}
