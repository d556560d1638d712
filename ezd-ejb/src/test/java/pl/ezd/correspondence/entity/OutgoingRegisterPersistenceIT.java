package pl.ezd.correspondence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.documents.entity.Document;
import pl.ezd.documents.entity.DocumentKind;
import pl.ezd.documents.entity.StoredFile;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.entity.ApprovalChain;
import pl.ezd.workflow.entity.ApprovalStep;

/**
 * The outgoing register and the approval chains on a Flyway-migrated PostgreSQL: items keep their
 * documents in order, a number is never given twice in an organisation's year, chains keep their
 * steps in order and one chain per unit.
 */
@PersistenceDatabases(Database.POSTGRESQL)
class OutgoingRegisterPersistenceIT {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void start(MigratedDatabase database) {
        emf = database.entityManagerFactory();
    }

    private static long organization(String teryt) {
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var org = new Organization(teryt, "Urząd " + teryt, OrganizationKind.GMINA, null);
        em.persist(org);
        em.getTransaction().commit();
        return org.getId();
    }

    private static OutgoingItem item(long org, int number, List<OutgoingItem.SentDocument> documents) {
        return new OutgoingItem(org, number, 2026, null, "GK.6100.5.2026", "Decyzja",
                new OutgoingItem.Addressee("Jan Nowak", "ul. Lipowa 3", "87-720", "Ciechocinek", null),
                DispatchChannel.POST_REGISTERED, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), "referent",
                "Jan Kowalski", "Podinspektor (GK)", null, documents, Instant.now(), "kancelaria");
    }

    @Test
    void anItemKeepsItsDocumentsInOrderAndANumberIsGivenOnce() {
        long org = organization("0401031");
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var first = new Document(org, "Decyzja", DocumentKind.DRAFT,
                new StoredFile("d.pdf", "application/pdf", 10, "a".repeat(64), "1/a"), "referent", Instant.now());
        var second = new Document(org, "Załącznik", DocumentKind.ATTACHMENT,
                new StoredFile("z.pdf", "application/pdf", 10, "b".repeat(64), "1/b"), "referent", Instant.now());
        em.persist(first);
        em.persist(second);
        em.flush();
        var sent = item(org, 1, List.of(new OutgoingItem.SentDocument(first.getId(), 1), new OutgoingItem.SentDocument(second.getId(), 1)));
        em.persist(sent);
        em.getTransaction().commit();
        em.close();

        var reread = emf.createEntityManager();
        var found = reread.find(OutgoingItem.class, sent.getId());
        assertThat(found.getDocuments()).extracting(OutgoingItem.SentDocument::documentId).containsExactly(first.getId(), second.getId());
        assertThat(found.getAddressee().postalCode()).isEqualTo("87-720");
        assertThat(found.registerNumber()).isEqualTo("1/2026");

        var again = emf.createEntityManager();
        again.getTransaction().begin();
        again.persist(item(org, 1, List.of(new OutgoingItem.SentDocument(first.getId(), 1))));
        assertThatThrownBy(() -> again.getTransaction().commit()).as("outgoing_item_number_uk").isInstanceOf(jakarta.persistence.RollbackException.class);
    }

    @Test
    void aChainKeepsItsStepsInOrderAndAUnitHasOneChain() {
        long org = organization("0401032");
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var chain = new ApprovalChain(org, "GK", List.of(ApprovalStep.ofPerson(false, "radca"),
                ApprovalStep.ofPost(false, "OR", Role.CLERK), ApprovalStep.ofPost(true, "GK", Role.HEAD)), "admin", Instant.now());
        em.persist(chain);
        em.getTransaction().commit();
        em.close();

        var reread = emf.createEntityManager();
        reread.getTransaction().begin();
        var found = reread.find(ApprovalChain.class, chain.getId());
        assertThat(found.getSteps()).extracting(step -> step.candidate(org))
                .containsExactly("user:radca", "group:org:" + org + ":unit:OR:CLERK", "group:org:" + org + ":unit:GK:HEAD");
        found.replaceSteps(List.of(ApprovalStep.ofPerson(true, "wojt")), "admin", Instant.now());
        reread.getTransaction().commit();
        assertThat(emf.createEntityManager().find(ApprovalChain.class, chain.getId()).getSteps()).containsExactly(ApprovalStep.ofPerson(true, "wojt"));

        var duplicate = emf.createEntityManager();
        duplicate.getTransaction().begin();
        duplicate.persist(new ApprovalChain(org, "GK", List.of(ApprovalStep.ofPerson(true, "wojt")), "admin", Instant.now()));
        assertThatThrownBy(() -> duplicate.getTransaction().commit()).isInstanceOf(jakarta.persistence.RollbackException.class);
    }
}
