package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.boundary.StaffAdministration;
import pl.ezd.organization.entity.Role;
import pl.ezd.workflow.boundary.ApprovalChainView;
import pl.ezd.workflow.boundary.ApprovalChains;
import pl.ezd.workflow.entity.ApprovalStep;

/**
 * Approval chains of drafts: the organisation's and each unit's own. The administrator picks the
 * chain, edits its steps in order (a role in a unit, or a named person; the last step signs) and
 * saves it; the boundary checks that someone holds each step.
 */
@Named
@ViewScoped
public class ApprovalChainsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice standing for the whole organisation's chain. */
    public static final String ORGANIZATION = "*";

    @Inject
    ApprovalChains approvalChains;

    @Inject
    StaffAdministration administration;

    @Inject
    Refusals refusals;

    private List<ApprovalChainView> chains;
    private List<UnitView> units;
    private List<EmployeeView> people;
    private String chainUnit = ORGANIZATION;
    private List<StepRow> steps = new ArrayList<>();
    private boolean loaded;

    /** One step as edited: by post (unit and role) or by person. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = "post";
        private String unitSymbol;
        private Role role = Role.HEAD;
        private String username;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getUnitSymbol() {
            return unitSymbol;
        }

        public void setUnitSymbol(String unitSymbol) {
            this.unitSymbol = unitSymbol;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }
    }

    public List<ApprovalChainView> getChains() {
        if (chains == null) {
            chains = approvalChains.chains();
        }
        return chains;
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            units = administration.units().stream().filter(u -> u.validTo() == null).toList();
        }
        return units;
    }

    public List<EmployeeView> getPeople() {
        if (people == null) {
            people = administration.employees().stream().filter(EmployeeView::active).toList();
        }
        return people;
    }

    public Role[] getApproverRoles() {
        return new Role[] {Role.HEAD, Role.CLERK};
    }

    /** The steps of the chosen chain: its own if set, else the one it would follow now (to start from). */
    public List<StepRow> getSteps() {
        if (!loaded) {
            loaded = true;
            steps = new ArrayList<>();
            ApprovalChainView chain = getChains().stream().filter(c -> c.unitSymbol().equals(chainUnit)).findFirst()
                    .orElseGet(() -> ORGANIZATION.equals(chainUnit) ? null : approvalChains.effective(chainUnit));
            if (chain != null) {
                for (ApprovalStep step : chain.steps()) {
                    StepRow row = new StepRow();
                    row.kind = step.username() != null ? "person" : "post";
                    row.unitSymbol = step.unitSymbol();
                    row.role = step.role() == null ? Role.HEAD : step.role();
                    row.username = step.username();
                    steps.add(row);
                }
            }
            if (steps.isEmpty()) {
                steps.add(new StepRow());
            }
        }
        return steps;
    }

    public boolean ownChain() {
        return getChains().stream().anyMatch(c -> c.unitSymbol().equals(chainUnit));
    }

    public void chooseChain() {
        loaded = false;
    }

    public void addStep() {
        getSteps().add(new StepRow());
    }

    public void removeStep(StepRow row) {
        getSteps().remove(row);
    }

    public void save() {
        List<ApprovalStep> chosen = new ArrayList<>();
        boolean saved = refusals.attempt("chain-form", () -> {
            for (int i = 0; i < steps.size(); i++) {
                StepRow row = steps.get(i);
                boolean last = i == steps.size() - 1;
                chosen.add("person".equals(row.kind) ? ApprovalStep.ofPerson(last, row.username)
                        : ApprovalStep.ofPost(last, row.unitSymbol, row.role));
            }
            approvalChains.define(ORGANIZATION.equals(chainUnit) ? null : chainUnit, chosen);
            refusals.done("chains.done.saved");
        });
        if (saved) {
            chains = null;
            loaded = false;
        }
    }

    public void removeUnitChain() {
        if (refusals.attempt("chain-form", () -> approvalChains.removeUnitChain(chainUnit))) {
            refusals.done("chains.done.removed", chainUnit);
            chains = null;
            loaded = false;
        }
    }

    /** A step in words, e.g. "HEAD w GK" or "jan.kowalski"; the bundle labels roles on the screen. */
    public String describe(ApprovalStep step) {
        return step.username() != null ? step.username() : step.role() + " / " + step.unitSymbol();
    }

    public String getChainUnit() {
        return chainUnit;
    }

    public void setChainUnit(String chainUnit) {
        this.chainUnit = chainUnit == null || chainUnit.isBlank() ? ORGANIZATION : chainUnit;
    }
}
