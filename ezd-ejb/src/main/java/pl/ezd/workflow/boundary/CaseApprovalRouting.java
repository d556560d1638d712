package pl.ezd.workflow.boundary;

import static pl.ezd.workflow.boundary.TaskVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The service task "Wyznaczenie kolejnego akceptującego" of {@code caseHandling}: takes the next
 * step of the approval chain the circulation carries and offers the approval task to that person
 * ({@code approverUser}) or that unit's group ({@code approverGroup}); the last step is the final
 * approval. Reads only process variables: the chain was taken from {@link ApprovalChains} when the
 * draft was sent, so a chain changed meanwhile does not move a running circulation.
 */
public class CaseApprovalRouting implements JavaDelegate {

    /** The name the model's delegate expression uses. */
    public static final String BEAN_NAME = "caseApprovalRouting";

    @Override
    public void execute(DelegateExecution execution) {
        String chain = (String) execution.getVariable(APPROVAL_CHAIN);
        Object stepVariable = execution.getVariable(APPROVAL_STEP);
        int step = stepVariable == null ? 0 : ((Number) stepVariable).intValue();
        Next next = next(chain, step);
        execution.setVariable(APPROVER_USER, next.user());
        execution.setVariable(APPROVER_GROUP, next.group());
        execution.setVariable(FINAL_APPROVAL, next.finalApproval());
        execution.setVariable(APPROVAL_STEP, step + 1);
    }

    /** Who approves at {@code step} (from 0) of the chain, and whether that is the final approval. */
    static Next next(String chain, int step) {
        if (chain == null || chain.isBlank()) {
            throw new IllegalStateException("The circulation carries no approval chain");
        }
        String[] candidates = chain.split(";");
        if (step < 0 || step >= candidates.length) {
            throw new IllegalStateException("Approval step " + step + " is outside the chain " + chain);
        }
        String candidate = candidates[step];
        boolean last = step == candidates.length - 1;
        if (candidate.startsWith("user:")) {
            return new Next(candidate.substring("user:".length()), "", last);
        }
        if (candidate.startsWith("group:")) {
            return new Next(null, candidate.substring("group:".length()), last);
        }
        throw new IllegalStateException("Unknown approval candidate " + candidate);
    }

    /** A person's task ({@code user}) or a group's (an empty group means none), and whether it is the last step. */
    record Next(String user, String group, boolean finalApproval) {
    }
}
