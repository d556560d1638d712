package pl.ezd.classification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.classification.control.JrwaVersions;
import pl.ezd.classification.control.WykazAktImport;
import pl.ezd.classification.control.WykazAktReader;
import pl.ezd.classification.control.WykazAktWriter;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.entity.Role;

/**
 * The file plan (JRWA) of the caller's organisation: its versions, imported and exported in the
 * NDAP {@code WykazAkt} format, their class trees, and the final class a case is opened in.
 * Everything is scoped to the caller's organisation: another organisation's ids find nothing.
 */
@Stateless
public class FilePlan {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    JrwaVersions versions;

    @Inject
    AuditTrail auditTrail;

    /** Minimum digits of a final class: 4 in the JRWA of gminy, powiaty and samorząd województwa. */
    @Inject
    @ConfigProperty(name = "ezd.jrwa.final-class-digits", defaultValue = "4")
    int finalClassDigits;

    /**
     * Imports a {@code WykazAkt} file as the organisation's new JRWA version, in force from
     * {@code validFrom}; the version it follows stays in force up to the day before. A refused
     * file stores nothing.
     *
     * @throws WykazAktRefusedException with the line and the reason, in Polish
     */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public JrwaVersion importWykaz(String label, LocalDate validFrom, byte[] xml) {
        CallerIdentity admin = caller.identity();
        long organization = admin.organizationId();
        if (xml != null && xml.length > WykazAktReader.MAX_BYTES) {
            throw WykazAktReader.tooLarge();
        }
        if (validFrom == null) {
            throw new WykazAktRefusedException(null, "Podaj datę, od której wykaz akt obowiązuje");
        }
        Jrwa jrwa = new WykazAktImport().toJrwa(xml, organization, label, validFrom, Instant.now(), admin.username(),
                sha256(xml), finalClassDigits);
        if (versions.labelTaken(organization, jrwa.getLabel())) {
            throw new WykazAktRefusedException(null, "Wersja wykazu akt o nazwie „" + jrwa.getLabel() + "” już istnieje");
        }
        Optional<Jrwa> previous = versions.current(organization);
        if (previous.isPresent()) {
            try {
                previous.get().supersedeWith(jrwa);
            } catch (IllegalArgumentException e) {
                throw new WykazAktRefusedException(null, e.getMessage());
            }
        }
        em.persist(jrwa);
        em.flush();
        previous.ifPresent(old -> auditTrail.record(organization, admin.username(), "JRWA_SUPERSEDED", "Jrwa",
                old.getId(), old.getLabel() + " obowiązuje do " + old.getValidTo() + "; zastępuje go " + jrwa.getLabel()));
        auditTrail.record(organization, admin.username(), "JRWA_IMPORTED", "Jrwa", jrwa.getId(),
                jrwa.getLabel() + ", obowiązuje od " + jrwa.getValidFrom() + ": " + jrwa.classCount() + " klas, w tym "
                        + jrwa.finalClassCount() + " końcowych; plik SHA-256 " + jrwa.getSourceSha256());
        return JrwaVersion.of(jrwa);
    }

    /** The organisation's JRWA versions, latest first. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public List<JrwaVersion> versions() {
        return versions.all(caller.organizationId()).stream().map(JrwaVersion::of).toList();
    }

    /** A version with its class tree, if it is the caller's organisation's. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<JrwaTree> tree(long jrwaId) {
        return versions.find(caller.organizationId(), jrwaId).map(JrwaTree::of);
    }

    /**
     * The version in force on the day with its class tree: where a clerk picks the class of a case
     * opened that day (empty before the organisation has imported any JRWA).
     */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<JrwaTree> inForce(LocalDate day) {
        return versions.all(caller.organizationId()).stream()
                .filter(jrwa -> jrwa.isValidOn(day))
                .findFirst()
                .map(JrwaTree::of);
    }

    /**
     * A version's classes matching a search (by symbol or words of the title, see
     * {@link JrwaTree#matching}) under their parents; the whole tree for a blank query.
     */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<JrwaTree> search(long jrwaId, String query) {
        return tree(jrwaId).map(tree -> tree.matching(query));
    }

    /** The version in force on the day, its classes matching a search (the pickers of a case's class). */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<JrwaTree> searchInForce(LocalDate day, String query) {
        return inForce(day).map(tree -> tree.matching(query));
    }

    /** A version as a {@code WykazAkt} file (UTF-8 XML), if it is the caller's organisation's. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<byte[]> export(long jrwaId) {
        return versions.find(caller.organizationId(), jrwaId).map(new WykazAktWriter()::write);
    }

    /** The final class with this symbol in force on the day: where a case started that day is opened. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.CLERK_NAME, Role.REGISTRY_NAME, Role.ARCHIVIST_NAME})
    public Optional<FinalClass> finalClass(String symbol, LocalDate day) {
        return versions.finalClass(caller.organizationId(), symbol, day).map(FinalClass::of);
    }

    /** The largest {@code WykazAkt} file accepted, so the API can refuse a larger upload before reading it. */
    @PermitAll
    public int maxFileBytes() {
        return WykazAktReader.MAX_BYTES;
    }

    private static String sha256(byte[] xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml == null ? new byte[0] : xml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
