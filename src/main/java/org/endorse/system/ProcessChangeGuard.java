package org.endorse.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Endorse's processes move only through Endorse's services, which check each decision and record it with its
 * proposal or meeting. Whoever else asks the engine to move one, through the Camunda REST API, Tasklist or
 * Cockpit (their forms may send any variable), is refused inside the engine, whatever the request says: no
 * task is completed, no token moves, no process starts or ends, no variable is written and no task gets
 * other candidates. Reading stays open
 * to those whom Camunda's authorizations let read, and operators still retry failed jobs.
 *
 * <p>The engine tells the two apart by who runs the command: the Camunda REST API and the webapps run it as
 * their logged-in user (an authenticated command), while Endorse's services, the job executor and the engine's
 * own steps run as the engine itself. Endorse never sets an engine authentication for that reason.
 *
 * <p>The guard sees what a command changes through the engine's history events, which Camunda produces for
 * every change, on every path, in the command's transaction: an exception here rolls the whole command back.
 */
@Component
public class ProcessChangeGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new RefuseChangesFromOutside());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel().getId() < HistoryLevel.HISTORY_LEVEL_AUDIT.getId()) {
            throw new IllegalStateException("Endorse guards its processes through the engine's history events,"
                    + " which history level '" + configuration.getHistoryLevel().getName() + "' does not produce:"
                    + " set camunda.bpm.history-level to audit or full (Endorse's default is full).");
        }
    }

    private static final class RefuseChangesFromOutside implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            CommandContext command = Context.getCommandContext();
            boolean ofAProcess = event.getProcessInstanceId() != null || event.getProcessDefinitionId() != null;
            if (!ofAProcess || command == null || command.getAuthenticatedUserId() == null || !movesTheProcess(event)) {
                return;
            }
            String user = command.getAuthenticatedUserId();
            if (event instanceof HistoricTaskInstanceEventEntity task) {
                throw new AuthorizationException(Texts.english("error.engine.taskCompletedOutside", user,
                        task.getName(), task.getTaskId()));
            }
            throw new AuthorizationException(Texts.english("error.engine.processChangedOutside", user,
                    event.getProcessDefinitionKey(), event.getProcessInstanceId()));
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        /**
         * Changes that decide something: a task completed, a token arriving or leaving, a process started or
         * ended, a variable or form field written, or who may work on a task (its candidate groups and users,
         * which Endorse's own checks rely on). Claims, assignments, suspensions, incidents and job retries decide
         * nothing and pass.
         */
        private static boolean movesTheProcess(HistoryEvent event) {
            if (event instanceof HistoricIdentityLinkLogEventEntity link) {
                return IdentityLinkType.CANDIDATE.equals(link.getType());
            }
            if (event instanceof HistoricVariableUpdateEventEntity || event instanceof HistoricFormPropertyEventEntity) {
                return true;
            }
            if (event instanceof HistoricTaskInstanceEventEntity) {
                return is(event, HistoryEventTypes.TASK_INSTANCE_COMPLETE);
            }
            if (event instanceof HistoricActivityInstanceEventEntity) {
                return is(event, HistoryEventTypes.ACTIVITY_INSTANCE_START)
                        || is(event, HistoryEventTypes.ACTIVITY_INSTANCE_END);
            }
            if (event instanceof HistoricProcessInstanceEventEntity) {
                return is(event, HistoryEventTypes.PROCESS_INSTANCE_START)
                        || is(event, HistoryEventTypes.PROCESS_INSTANCE_END);
            }
            return false;
        }

        private static boolean is(HistoryEvent event, HistoryEventTypes type) {
            return type.getEventName().equals(event.getEventType());
        }
    }
}
