package pl.ezd.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The routing table ({@code dmn/routing.dmn}, decision {@code routing}) of an organisation: its own
 * deployment under its tenant id when it has uploaded one, else the shared table. Checks an
 * uploaded table before it is deployed: the decision's id, the metadata it may read, its one
 * output, a single-result hit policy, and that every rule can be evaluated.
 */
@ApplicationScoped
public class RoutingDecisions {

    public static final String DECISION_KEY = "routing";
    public static final String OUTPUT = "unitSymbol";
    public static final Set<String> INPUTS = Set.of("documentKind", "sender", "title", "channel");
    static final int MAX_SIZE = 1024 * 1024;
    static final String DEFAULT_HISTORY_TIME_TO_LIVE = "P365D";
    private static final Set<HitPolicy> SINGLE_RESULT = Set.of(HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.ANY, HitPolicy.PRIORITY);

    /** A table that passed the checks, with the unit symbols its rules may yield. */
    public record CheckedTable(DmnModelInstance model, int rules, Set<String> units) {
    }

    @Inject
    WorkflowEngine engine;

    private DmnEngine trialEngine;

    /** The tenant id whose table routes the organisation's items, or null for the shared table. */
    public String tenantFor(long organizationId) {
        return ownTable(organizationId) == null ? null : String.valueOf(organizationId);
    }

    public DecisionDefinition ownTable(long organizationId) {
        return engine.processEngine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY).tenantIdIn(String.valueOf(organizationId)).latestVersion().singleResult();
    }

    public DecisionDefinition sharedTable() {
        return engine.processEngine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY).withoutTenantId().latestVersion().singleResult();
    }

    /** The table's inputs and rules as text, for reading (a table that was deployed has passed {@link #check}). */
    public static pl.ezd.workflow.boundary.RoutingRules describe(String dmn, boolean own, int version, java.time.Instant deployedAt) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        DecisionTable table = (DecisionTable) model.getModelElementsByType(Decision.class).iterator().next().getExpression();
        List<String> inputs = table.getInputs().stream().map(input -> input.getLabel() != null && !input.getLabel().isBlank()
                ? input.getLabel().strip() : text(input.getInputExpression() == null ? null : input.getInputExpression().getText()))
                .toList();
        List<pl.ezd.workflow.boundary.RoutingRules.Rule> rules = new java.util.ArrayList<>();
        int number = 0;
        for (Rule rule : table.getRules()) {
            List<String> conditions = rule.getInputEntries().stream().map(entry -> {
                String condition = text(entry.getText());
                return condition.isEmpty() ? "-" : condition;
            }).toList();
            String unit = rule.getOutputEntries().isEmpty() ? "" : text(rule.getOutputEntries().iterator().next().getText())
                    .replace("\"", "");
            String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip();
            rules.add(new pl.ezd.workflow.boundary.RoutingRules.Rule(++number, conditions, unit, description));
        }
        return new pl.ezd.workflow.boundary.RoutingRules(own, version, deployedAt, String.valueOf(table.getHitPolicy()), inputs,
                List.copyOf(rules));
    }

    private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
        return text == null || text.getTextContent() == null ? "" : text.getTextContent().strip();
    }

    public CheckedTable check(byte[] dmn) {
        if (dmn == null || dmn.length == 0) {
            throw new IllegalArgumentException("Prześlij plik DMN tabeli kierowania");
        }
        if (dmn.length > MAX_SIZE) {
            throw new IllegalArgumentException("Plik tabeli kierowania jest większy niż 1 MB");
        }
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
            Dmn.validateModel(model);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Plik nie jest poprawnym modelem DMN: " + rootMessage(e));
        }
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.size() != 1 || !DECISION_KEY.equals(decisions.iterator().next().getId())) {
            throw new IllegalArgumentException("Plik ma zawierać dokładnie jedną decyzję o identyfikatorze „" + DECISION_KEY + "”");
        }
        Decision decision = decisions.iterator().next();
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            throw new IllegalArgumentException("Decyzja „" + DECISION_KEY + "” ma być tabelą decyzyjną");
        }
        if (table.getOutputs().size() != 1 || !OUTPUT.equals(table.getOutputs().iterator().next().getName())) {
            throw new IllegalArgumentException("Tabela ma mieć jedno wyjście o nazwie „" + OUTPUT + "” (symbol komórki)");
        }
        if (!SINGLE_RESULT.contains(table.getHitPolicy())) {
            throw new IllegalArgumentException("Polityka trafień " + table.getHitPolicy() + " może dać kilka komórek; użyj FIRST albo UNIQUE");
        }
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                    : input.getInputExpression().getText().getTextContent().strip();
            if (!INPUTS.contains(expression)) {
                throw new IllegalArgumentException("Wejście „" + expression + "” tabeli jest nieznane; dozwolone: " + new TreeSet<>(INPUTS));
            }
        }
        Set<String> units = new TreeSet<>();
        for (Rule rule : table.getRules()) {
            for (OutputEntry entry : rule.getOutputEntries()) {
                String text = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
                if (!text.matches("\"[A-Za-z0-9ĄĆĘŁŃÓŚŹŻąćęłńóśźż._-]{1,20}\"")) {
                    throw new IllegalArgumentException("Reguła " + rule.getId() + " ma wskazywać symbol komórki w cudzysłowie, np. \"GK\"; jest: " + text);
                }
                units.add(text.substring(1, text.length() - 1));
            }
        }
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
            decision.setCamundaHistoryTimeToLiveString(DEFAULT_HISTORY_TIME_TO_LIVE);
        }
        tryOut(model);
        return new CheckedTable(model, table.getRules().size(), units);
    }

    /** Evaluates the table on sample items, so a rule that cannot be computed is refused now, not on registration. */
    private void tryOut(DmnModelInstance model) {
        DmnDecision decision;
        try {
            decision = trialEngine().parseDecision(DECISION_KEY, model);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Tabeli nie da się przygotować do obliczeń: " + rootMessage(e));
        }
        Map<String, Object> empty = new HashMap<>();
        INPUTS.forEach(name -> empty.put(name, null));
        Map<String, Object> letter = Map.of("documentKind", "wniosek", "sender", "Jan Kowalski",
                "title", "Wniosek o wydanie zaświadczenia", "channel", "EPUAP");
        for (Map<String, Object> sample : List.of(empty, letter)) {
            try {
                trialEngine().evaluateDecisionTable(decision, sample);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Reguły tabeli nie dają się obliczyć (np. dla pustych danych): " + rootMessage(e));
            }
        }
    }

    /** A DMN engine apart from the process engine's (no history, no deployment): the same FEEL evaluation. */
    private synchronized DmnEngine trialEngine() {
        if (trialEngine == null) {
            trialEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
        return trialEngine;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
