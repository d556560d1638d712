package pl.ezd.workflow.control;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every process instance belongs to the organisation it was started for (the
 * {@code organizationId} start variable, required), so task queries can be scoped by tenant.
 */
class OrganizationTenantIdProvider implements TenantIdProvider {

    static final String ORGANIZATION_VARIABLE = "organizationId";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object organizationId = ctx.getVariables() == null ? null : ctx.getVariables().get(ORGANIZATION_VARIABLE);
        if (organizationId == null) {
            if (ctx.getSuperExecution() != null) {
                return ctx.getSuperExecution().getTenantId();
            }
            throw new IllegalArgumentException("A process of the EZD must be started for an organisation ("
                    + ORGANIZATION_VARIABLE + " missing) in " + ctx.getProcessDefinition().getKey());
        }
        return organizationId.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
