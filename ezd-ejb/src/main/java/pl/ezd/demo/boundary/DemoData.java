package pl.ezd.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import pl.ezd.classification.boundary.FilePlan;
import pl.ezd.classification.boundary.JrwaVersion;
import pl.ezd.correspondence.boundary.IncomingItems;
import pl.ezd.correspondence.boundary.RegisteredItem;
import pl.ezd.correspondence.entity.IncomingItemMetadata;
import pl.ezd.organization.boundary.OrganizationAdministration;
import pl.ezd.organization.boundary.OrganizationAdministration.NewEmployee;
import pl.ezd.organization.entity.OrganizationKind;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.boundary.Inbox;
import pl.ezd.workflow.boundary.IncomingItemTasks;
import pl.ezd.workflow.boundary.InboxTask;

/**
 * Seeds an empty database with the demo organisation, its people and a few items in circulation.
 * Everything goes through the business boundaries, logged in as the demo users themselves, so the
 * demo exercises the same rules and audit trail as real work.
 */
@Singleton
@Startup
@DependsOn({"WorkflowEngine", "InstallationBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The password of every demo user (README lists the users). */
    public static final String PASSWORD = "Demo2026!";

    @Inject
    @ConfigProperty(name = "ezd.demo-data", defaultValue = "auto")
    String mode;

    @Resource(lookup = "java:jboss/datasources/EzdDS")
    DataSource dataSource;

    @Inject
    OrganizationAdministration administration;

    @Inject
    IncomingItems incomingItems;

    @Inject
    FilePlan filePlan;

    @Inject
    Inbox inbox;

    @Inject
    IncomingItemTasks incomingItemTasks;

    @Inject
    Teryt teryt;

    @Inject
    DemoEpuap epuap;

    @PostConstruct
    void seed() {
        if (!enabled()) {
            LOG.info("Demo data off (ezd.demo-data=" + mode + ")");
            return;
        }
        if (administration.anyOrganizationExists()) {
            LOG.info("Database holds organisations already: no demo data added");
            return;
        }
        var region = teryt.unit("04");
        administration.bootstrapRegion(region.terc(), "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego", "DI",
                "Departament Informatyzacji", person("Krzysztof", "Mazur", "admin.regionu", "DI",
                        "Administrator systemu EZD", Role.REGION_ADMIN));
        long gmina = as("admin.regionu", this::seedGmina);
        as("admin.regionu", this::seedNeighbour);
        JrwaVersion jrwa = as("admin", this::importJrwa);
        List<RegisteredItem> items = as("kancelaria", this::registerLetters);
        as("kierownik", () -> decreeToClerk(items.size() - 2));
        as("referent", this::acceptOldest);
        as("admin", () -> {
            epuap.configure(3);
            return null;
        });
        LOG.info(() -> "Demo data created: organisation " + gmina + " with " + jrwa.label() + " (" + jrwa.classes()
                + " classes), " + items.size() + " letters in circulation;"
                + " users kancelaria, kierownik, referent, referent2, skarbnik, archiwista, admin, admin.regionu, kancelaria.nieszawa and referent.nieszawa of a second gmina (password in README)");
    }

    /**
     * A neighbouring gmina with only a registry office, so that the separation of organisations
     * can be tried (and is tested) with a real second tenant: its registry sees none of Ciechocinek's records.
     */
    private long seedNeighbour() {
        var nieszawa = teryt.unit("0401031");
        long organization = administration.registerOrganization(nieszawa.terc(), "Urząd Miasta Nieszawa", OrganizationKind.GMINA, null);
        administration.addUnit(organization, "OR", "Referat Organizacyjny");
        administration.addEmployee(organization, person("Halina", "Dąbrowska", "kancelaria.nieszawa", "OR",
                "Referent ds. kancelaryjnych", Role.REGISTRY));
        administration.addUnit(organization, "GK", "Referat Gospodarki Komunalnej");
        administration.addEmployee(organization, person("Adam", "Nowicki", "referent.nieszawa", "GK", "Inspektor", Role.CLERK));
        return organization;
    }

    private long seedGmina() {
        var ciechocinek = teryt.unit("0401021");
        long organization = administration.registerOrganization(ciechocinek.terc(),
                "Urząd Miejski w Ciechocinku", OrganizationKind.GMINA, null);
        administration.addUnit(organization, "OR", "Referat Organizacyjny");
        administration.addUnit(organization, "GK", "Referat Gospodarki Komunalnej i Ochrony Środowiska");
        administration.addUnit(organization, "FN", "Referat Finansowy");
        administration.addUnit(organization, "USC", "Urząd Stanu Cywilnego");
        administration.addEmployee(organization, person("Anna", "Nowak", "kancelaria", "OR", "Inspektor ds. kancelaryjnych", Role.REGISTRY));
        administration.addEmployee(organization, person("Maria", "Wiśniewska", "kierownik", "GK", "Kierownik Referatu", Role.HEAD));
        administration.addEmployee(organization, person("Jan", "Kowalski", "referent", "GK", "Podinspektor", Role.CLERK));
        administration.addEmployee(organization, person("Piotr", "Zieliński", "referent2", "GK", "Inspektor", Role.CLERK));
        administration.addEmployee(organization, person("Katarzyna", "Dąbrowska", "skarbnik", "FN", "Skarbnik Miasta", Role.HEAD));
        administration.addEmployee(organization, person("Ewa", "Lewandowska", "archiwista", "OR", "Archiwista zakładowy", Role.ARCHIVIST));
        administration.addEmployee(organization, person("Tomasz", "Wójcik", "admin", "OR", "Informatyk", Role.ORG_ADMIN));
        // the account in whose name letters from the ePUAP inbox are registered (DemoEpuap)
        administration.addEmployee(organization, person("ePUAP", "Skrytka", "epuap", "OR", "Konto systemowe ePUAP", Role.REGISTRY));
        return organization;
    }

    /** The gmina's file plan, in force from 1 January of this year. */
    private JrwaVersion importJrwa() throws java.io.IOException {
        int year = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")).getYear();
        try (var xml = DemoData.class.getResourceAsStream("/demo/jrwa-gmina.xml")) {
            if (xml == null) {
                throw new IllegalStateException("demo/jrwa-gmina.xml is missing");
            }
            return filePlan.importWykaz("JRWA " + year, LocalDate.of(year, 1, 1), xml.readAllBytes());
        }
    }

    private List<RegisteredItem> registerLetters() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        return List.of(
                incomingItems.register(IncomingItemMetadata.letter("Wniosek o wydanie zezwolenia na usunięcie drzew", "Jan Malinowski", "Ciechocinek", today.minusDays(8), today.minusDays(6))),
                incomingItems.register(IncomingItemMetadata.letter("Zgłoszenie awarii oświetlenia ulicznego przy ul. Zdrojowej", "Wspólnota Mieszkaniowa Zdrojowa 5", "Ciechocinek", today.minusDays(6), today.minusDays(4))),
                incomingItems.register(IncomingItemMetadata.letter("Wniosek o wydanie decyzji o środowiskowych uwarunkowaniach", "Uzdrowisko Ciechocinek S.A.", "Ciechocinek", today.minusDays(5), today.minusDays(3))),
                incomingItems.register(IncomingItemMetadata.letter("Skarga na częstotliwość odbioru odpadów", "Barbara Kamińska", "Ciechocinek", today.minusDays(4), today.minusDays(2))),
                incomingItems.register(IncomingItemMetadata.letter("Zapytanie o termin przeglądu placów zabaw", "Rada Osiedla Centrum", "Ciechocinek", today.minusDays(3), today.minusDays(1))),
                incomingItems.register(IncomingItemMetadata.letter("Informacja o zmianie stawek opłat za wodę", "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji", "Ciechocinek", today.minusDays(1), today)));
    }

    private Void decreeToClerk(int count) {
        inbox.tasks(0, 50).tasks().stream()
                .sorted(java.util.Comparator.comparing(InboxTask::created))
                .limit(count).forEach(task -> incomingItemTasks.decree(task.id(), new IncomingItemTasks.Dekretacja(null, "referent",
                List.of(), "Proszę o przygotowanie odpowiedzi w terminie ustawowym.", null)));
        return null;
    }

    private Void acceptOldest() {
        inbox.tasks(0, 50).tasks().stream()
                .min(java.util.Comparator.comparing(InboxTask::created))
                .ifPresent(oldest -> {
                    incomingItemTasks.accept(oldest.id());
                    // the letter about trees initiates a case, whose statutory deadline then runs
                    inbox.tasks(0, 50).tasks().stream().filter(task -> "Task_Sprawa".equals(task.taskKey())).findFirst()
                            .ifPresent(filing -> incomingItemTasks.fileInCase(filing.id(), new IncomingItemTasks.CaseChoice(
                                    null, "6100", null, null, pl.ezd.cases.boundary.TerminZalatwienia.JEDEN_MIESIAC)));
                });
        return null;
    }

    private boolean enabled() {
        return switch (mode.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embeddedDatabase();
        };
    }

    private boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the EZD runs on", e);
        }
    }

    private static NewEmployee person(String firstName, String lastName, String username, String unit, String post,
                                      Role role) {
        return new NewEmployee(firstName, lastName, username + "@ezd.example", username, PASSWORD.toCharArray(), unit,
                post, Set.of(role));
    }

    /** Runs the work logged in as a demo user, through the EZD's own security realm. */
    private static <T> T as(String username, Callable<T> work) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        try {
            SecurityIdentity identity = domain.authenticate(username, new PasswordGuessEvidence(PASSWORD.toCharArray()));
            return identity.runAs(work);
        } catch (Exception e) {
            throw new IllegalStateException("Demo data: acting as " + username + " failed: " + e.getMessage(), e);
        }
    }
}
