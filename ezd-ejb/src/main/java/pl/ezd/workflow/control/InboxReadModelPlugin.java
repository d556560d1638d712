package pl.ezd.workflow.control;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Keeps the inbox read model in step with the engine, in the engine's transaction: every user
 * task of every BPMN model gets built-in task listeners (so a model added later needs no edit),
 * and a history event handler follows what task listeners do not see: candidate groups and users
 * added or removed after a task was created, and variables of the contract changed while a task
 * is open. The history level must produce identity-link and variable events (FULL does).
 */
public class InboxReadModelPlugin extends AbstractProcessEnginePlugin {

    static final List<String> EVENTS_THAT_WRITE = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE);
    static final List<String> EVENTS_THAT_REMOVE = List.of(TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new UserTasks());
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new Changes());
    }

    /** Adds the read-model listeners to each user task as the model is parsed. */
    static final class UserTasks extends AbstractBpmnParseListener {

        private static final TaskListener WRITE = InboxReadModel::put;
        private static final TaskListener REMOVE = (DelegateTask task) -> InboxReadModel.remove(task.getId());

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                var definition = userTask.getTaskDefinition();
                EVENTS_THAT_WRITE.forEach(event -> definition.addBuiltInTaskListener(event, WRITE));
                EVENTS_THAT_REMOVE.forEach(event -> definition.addBuiltInTaskListener(event, REMOVE));
            }
        }
    }

    /** Candidate links and contract variables changing under an open task. */
    static final class Changes implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricIdentityLinkLogEventEntity link) {
                if (link.getTaskId() == null || !InboxReadModel.isCandidate(link.getType())) {
                    return;
                }
                if ("add".equals(link.getOperationType())) {
                    InboxReadModel.candidateAdded(link.getTaskId(), link.getGroupId(), link.getUserId());
                } else if ("delete".equals(link.getOperationType())) {
                    InboxReadModel.candidateRemoved(link.getTaskId(), link.getGroupId(), link.getUserId());
                }
            } else if (event instanceof HistoricVariableUpdateEventEntity variable
                    && InboxReadModel.VARIABLE_COLUMNS.containsKey(variable.getVariableName())) {
                boolean removed = "delete".equals(variable.getEventType());
                InboxReadModel.variableChanged(variable.getProcessInstanceId(), variable.getVariableName(),
                        removed ? null : valueOf(variable));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private static Object valueOf(HistoricVariableUpdateEventEntity variable) {
            String serializer = variable.getSerializerName();
            if (serializer == null) {
                return variable.getTextValue();
            }
            return switch (serializer) {
                case "string" -> variable.getTextValue();
                case "long", "integer", "short" -> variable.getLongValue();
                case "date" -> variable.getLongValue() == null ? null : new Date(variable.getLongValue());
                case "null" -> null;
                default -> variable.getTextValue();
            };
        }
    }
}
