package pl.ezd.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.ezd.fixtures.persistence.Database;
import pl.ezd.fixtures.persistence.MigratedDatabase;
import pl.ezd.fixtures.persistence.PersistenceDatabases;
import pl.ezd.organization.entity.Organization;
import pl.ezd.organization.entity.OrganizationKind;

/** Documents and their versions on a Flyway-migrated PostgreSQL, as the container keeps them. */
@PersistenceDatabases(Database.POSTGRESQL)
class DocumentPersistenceIT {

    private static MigratedDatabase postgres;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start(MigratedDatabase database) {
        postgres = database;
        emf = database.entityManagerFactory();
    }

    private static StoredFile file(String name, char digest) {
        return new StoredFile(name, "application/pdf", 100, String.valueOf(digest).repeat(64), "1/" + java.util.UUID.randomUUID());
    }

    private static long organization(String teryt) {
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var org = new Organization(teryt, "Urząd " + teryt, OrganizationKind.GMINA, null);
        em.persist(org);
        em.getTransaction().commit();
        return org.getId();
    }

    @Test
    void versionsAndAMillionCharactersOfTextSurviveARoundTrip() {
        long org = organization("0401021");
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var document = new Document(org, "Wniosek", DocumentKind.LETTER, file("wniosek.pdf", 'a'), "kancelaria", Instant.now());
        em.persist(document);
        document.addVersion(file("wniosek-2.pdf", 'b'), "referent", Instant.now());
        String text = "Zażółć gęślą jaźń. ".repeat(DocumentVersion.TEXT_LIMIT / 19 + 1);
        document.current().textExtracted(text, false, Instant.now());
        em.getTransaction().commit();
        em.close();

        var reread = emf.createEntityManager();
        var found = reread.find(Document.class, document.getId());
        assertThat(found.getVersions()).extracting(DocumentVersion::getNumber).containsExactly(1, 2);
        assertThat(found.current().getFileName()).isEqualTo("wniosek-2.pdf");
        assertThat(found.current().getExtractedText()).hasSize(DocumentVersion.TEXT_LIMIT);
        assertThat(found.current().isTextTruncated()).isTrue();
        assertThat(found.version(1).orElseThrow().getExtractionStatus()).isEqualTo(ExtractionStatus.PENDING);

        long otherOrg = organization("0401022");
        assertThat(reread.createQuery("select d from Document d where d.organizationId = :org and d.id = :id", Document.class)
                .setParameter("org", otherOrg).setParameter("id", document.getId()).getResultList())
                .as("another organisation's query finds nothing").isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondVersionWithTheSameNumber() throws Exception {
        long org = organization("0401023");
        var em = emf.createEntityManager();
        em.getTransaction().begin();
        var document = new Document(org, "Projekt", DocumentKind.DRAFT, file("p.pdf", 'a'), "referent", Instant.now());
        em.persist(document);
        em.getTransaction().commit();

        try (Connection c = postgres.dataSource().getConnection()) {
            assertThatThrownBy(() -> c.createStatement().execute("""
                    insert into document_version (id, document_id, version_number, file_name, media_type, size_bytes, sha256,
                        storage_key, created_at, created_by, extraction_status, text_truncated)
                    values (999999, %d, 1, 'x.pdf', 'application/pdf', 1, '%s', '1/x', now(), 'x', 'PENDING', false)"""
                    .formatted(document.getId(), "c".repeat(64))))
                    .hasMessageContaining("document_version_number_uk");
        }
    }

    @Test
    void twoClerksAddingAVersionAtOnceDoNotBothWin() {
        long org = organization("0401024");
        var setup = emf.createEntityManager();
        setup.getTransaction().begin();
        var document = new Document(org, "Projekt", DocumentKind.DRAFT, file("p.pdf", 'a'), "referent", Instant.now());
        setup.persist(document);
        setup.getTransaction().commit();

        var first = emf.createEntityManager();
        var second = emf.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        var mine = first.find(Document.class, document.getId(), jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var theirs = second.find(Document.class, document.getId(), jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        mine.addVersion(file("mine.pdf", 'b'), "referent", Instant.now());
        theirs.addVersion(file("theirs.pdf", 'c'), "referent2", Instant.now());
        first.getTransaction().commit();

        assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(jakarta.persistence.RollbackException.class);
    }
}
