package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import pl.ezd.organization.boundary.AdminViews.EmployeeView;
import pl.ezd.organization.boundary.AdminViews.SubstitutionView;
import pl.ezd.organization.boundary.StaffAdministration;
import pl.ezd.organization.boundary.Substitutions;

/** Substitutions (zastępstwa): who stands in for whom, from when to when and why; cancel one. */
@Named
@ViewScoped
public class SubstitutionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Substitutions substitutions;

    @Inject
    StaffAdministration administration;

    @Inject
    Refusals refusals;

    private List<SubstitutionView> list;
    private List<EmployeeView> employees;
    private Long absentId;
    private Long substituteId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;

    /** Substitutions ending today or later, cancelled ones too. */
    public List<SubstitutionView> getList() {
        if (list == null) {
            list = substitutions.list(null);
        }
        return list;
    }

    public List<EmployeeView> getEmployees() {
        if (employees == null) {
            employees = administration.employees().stream().filter(EmployeeView::active).toList();
        }
        return employees;
    }

    public void create() {
        if (refusals.attempt("substitution-form", () -> {
            SubstitutionView created = substitutions.create(new Substitutions.NewSubstitution(absentId, substituteId, validFrom, validTo, reason));
            refusals.done("substitutions.done.created", created.substituteName(), created.absentName());
        })) {
            absentId = substituteId = null;
            validFrom = validTo = null;
            reason = null;
            list = null;
        }
    }

    public void cancel(SubstitutionView substitution) {
        if (refusals.attempt("substitutions-form", () -> substitutions.cancel(substitution.id()))) {
            refusals.done("substitutions.done.cancelled", substitution.absentName());
            list = null;
        }
    }

    public Long getAbsentId() {
        return absentId;
    }

    public void setAbsentId(Long absentId) {
        this.absentId = absentId;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
