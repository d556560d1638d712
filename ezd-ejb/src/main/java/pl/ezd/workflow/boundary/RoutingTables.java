package pl.ezd.workflow.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import pl.ezd.audit.boundary.AuditTrail;
import pl.ezd.organization.boundary.Caller;
import pl.ezd.organization.boundary.CallerIdentity;
import pl.ezd.organization.boundary.Staff;
import pl.ezd.organization.boundary.StaffMember;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.control.RoutingDecisions;
import pl.ezd.workflow.control.WorkflowEngine;

/**
 * Each organisation's routing table: which unit's head receives a registered item for dekretacja.
 * The shared table ships with the EZD; an organisation administrator may upload its own (DMN,
 * decision {@code routing}), which is checked, deployed for that organisation alone (Camunda
 * tenant = organisation) and audited, and routes the items registered from then on.
 */
@Stateless
public class RoutingTables {

    /** The table in force for the caller's organisation. */
    public record RoutingTable(boolean own, int version, Instant deployedAt, String dmn) {
    }

    @Inject
    WorkflowEngine engine;

    @Inject
    RoutingDecisions decisions;

    @Inject
    Caller caller;

    @Inject
    Staff staff;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.REGISTRY_NAME})
    public RoutingTable current() {
        long organizationId = caller.organizationId();
        DecisionDefinition own = decisions.ownTable(organizationId);
        return view(own != null ? own : decisions.sharedTable(), own != null);
    }

    /** The table in force for the caller's organisation, its rules as rows to read. */
    @RolesAllowed({Role.ORG_ADMIN_NAME, Role.HEAD_NAME, Role.REGISTRY_NAME})
    public RoutingRules currentRules() {
        RoutingTable table = current();
        return RoutingDecisions.describe(table.dmn(), table.own(), table.version(), table.deployedAt());
    }

    /**
     * Checks the uploaded table and deploys it as the caller's organisation's own; refuses it with
     * the reason when a check fails (nothing is deployed then).
     */
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    public RoutingTable upload(byte[] dmn) {
        CallerIdentity me = caller.identity();
        RoutingDecisions.CheckedTable table = decisions.check(dmn);
        Set<String> staffedUnits = new TreeSet<>();
        staff.withRole(Role.HEAD).stream().map(StaffMember::unitSymbol).forEach(staffedUnits::add);
        List<String> unknown = table.units().stream().filter(unit -> !staffedUnits.contains(unit)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Tabela wskazuje komórki bez kierownika w urzędzie: " + String.join(", ", unknown)
                    + " (komórki z kierownikiem: " + String.join(", ", staffedUnits) + ")");
        }
        var deployment = repository().createDeployment()
                .name("routing-" + me.organizationId())
                .source("ezd-routing-table")
                .tenantId(String.valueOf(me.organizationId()))
                .addModelInstance("routing.dmn", table.model())
                .deploy();
        DecisionDefinition deployed = repository().createDecisionDefinitionQuery().deploymentId(deployment.getId()).singleResult();
        auditTrail.record(me.organizationId(), me.username(), "ROUTING_TABLE_DEPLOYED", "RoutingTable", me.organizationId(),
                "Tabela kierowania, wersja " + deployed.getVersion() + ": " + table.rules() + " reguł, komórki "
                        + String.join(", ", table.units()));
        return view(deployed, true);
    }

    private RoutingTable view(DecisionDefinition definition, boolean own) {
        String xml;
        try (InputStream in = repository().getDecisionModel(definition.getId())) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the routing table " + definition.getId(), e);
        }
        Instant deployedAt = repository().createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                .getDeploymentTime().toInstant();
        return new RoutingTable(own, definition.getVersion(), deployedAt, xml);
    }

    private RepositoryService repository() {
        return engine.processEngine().getRepositoryService();
    }

}
