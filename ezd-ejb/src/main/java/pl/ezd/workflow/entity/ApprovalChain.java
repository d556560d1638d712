package pl.ezd.workflow.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ścieżka akceptacji: who approves a draft before it leaves the office. One chain for the whole
 * organisation ({@link #WHOLE_ORGANIZATION}) and optionally one per unit, which overrides it for
 * the unit's cases. Provisional approvers in order, then exactly one final approver who signs.
 * The organisation's administrator replaces the steps; a running circulation keeps the chain it
 * started with.
 */
@Entity
@Table(name = "approval_chain")
public class ApprovalChain {

    public static final String WHOLE_ORGANIZATION = "*";
    static final int MAX_STEPS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_chain_seq")
    @SequenceGenerator(name = "approval_chain_seq", sequenceName = "approval_chain_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "unit_symbol", nullable = false, updatable = false, length = 20)
    private String unitSymbol;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_chain_step", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "step_position")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ApprovalChain() {
    }

    public ApprovalChain(long organizationId, String unitSymbol, List<ApprovalStep> steps, String updatedBy, Instant updatedAt) {
        this.organizationId = organizationId;
        this.unitSymbol = unitSymbol == null || unitSymbol.isBlank() ? WHOLE_ORGANIZATION : unitSymbol.strip();
        replaceSteps(steps, updatedBy, updatedAt);
    }

    /** The steps, checked: at most {@value #MAX_STEPS}, the last and only the last one final. */
    public void replaceSteps(List<ApprovalStep> newSteps, String by, Instant at) {
        if (newSteps == null || newSteps.isEmpty()) {
            throw new IllegalArgumentException("Ścieżka akceptacji musi mieć co najmniej akceptującego końcowego");
        }
        if (newSteps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("Ścieżka akceptacji może mieć najwyżej " + MAX_STEPS + " kroków");
        }
        for (int i = 0; i < newSteps.size(); i++) {
            ApprovalStep step = Objects.requireNonNull(newSteps.get(i), "step");
            boolean last = i == newSteps.size() - 1;
            if (step.finalStep() != last) {
                throw new IllegalArgumentException(last
                        ? "Ostatni krok ścieżki to akceptacja końcowa (final: true)"
                        : "Akceptacja końcowa (final: true) jest tylko jedna i kończy ścieżkę; krok " + (i + 1) + " nie może nią być");
            }
        }
        this.steps = new ArrayList<>(newSteps);
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getUnitSymbol() {
        return unitSymbol;
    }

    public List<ApprovalStep> getSteps() {
        return List.copyOf(steps);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
