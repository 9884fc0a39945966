package org.endorse.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.batch.SetJobRetriesBatchConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbBulkOperation;
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
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Endorse's processes move only through Endorse's services, which check each decision and record it with its
 * proposal or meeting. Whoever else asks the engine to move one, through the Camunda REST API, Tasklist or
 * Cockpit (their forms may send any variable), is refused inside the engine, whatever the request says: no
 * task is completed, no token moves, no process starts or ends, no variable is written, no task gets other
 * candidates, no batch is started that would do any of these later, no timer's deadline moves, and of a task
 * only who works on it changes (claimed, assigned). Reading stays open to those whom Camunda's authorizations let
 * read, and operators still retry failed jobs.
 *
 * <p>The engine tells the two apart by who runs the command: the Camunda REST API and the webapps run it as
 * their logged-in user (an authenticated command), while Endorse's services, the job executor and the engine's
 * own steps run as the engine itself. Endorse never sets an engine authentication for that reason.
 *
 * <p>The guard sees what a command changes through the engine's history events (at history level full), which
 * Camunda produces for every change, on every path, in the command's transaction: an exception here rolls the
 * whole command back. A timer's due date and a task's name or dates change without such an event, so the guard
 * also reads the rows a command is about to write, whatever command it is: a timer whose due date differs from
 * the one stored, a process's timer deleted, an update of many jobs at once that sets their due date, a task with a
 * changed field other than its assignee, a comment or attachment on a task or process, a retries batch that
 * carries a due date.
 */
@Component
public class ProcessChangeGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryEventHandlers(
                EngineExtensions.with(configuration.getCustomHistoryEventHandlers(), new RefuseChangesFromOutside()));
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineExtensions.with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new RefuseRowsChangedFromOutside()));
    }

    /**
     * The user of the Camunda REST API or webapps that the current command runs for; none when Endorse's services,
     * the job executor or the engine itself run it.
     */
    private static Optional<String> outsideUser() {
        CommandContext command = Context.getCommandContext();
        return Optional.ofNullable(command == null ? null : command.getAuthenticatedUserId());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel().getId() < HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
            throw new IllegalStateException("Endorse guards its processes through the engine's history events,"
                    + " which history level '" + configuration.getHistoryLevel().getName() + "' does not all"
                    + " produce: set camunda.bpm.history-level to full, Endorse's default.");
        }
    }

    /**
     * Batches whose jobs move processes: they change instances later, in jobs that run as the engine itself.
     * Retries, suspensions and the history's removal times pass.
     */
    private static final Set<String> BATCHES_THAT_MOVE_PROCESSES = Set.of(Batch.TYPE_PROCESS_INSTANCE_MODIFICATION,
            Batch.TYPE_PROCESS_INSTANCE_MIGRATION, Batch.TYPE_PROCESS_INSTANCE_RESTART,
            Batch.TYPE_PROCESS_INSTANCE_DELETION, Batch.TYPE_SET_VARIABLES, Batch.TYPE_CORRELATE_MESSAGE);

    /**
     * What a command run for an outside user is about to write, read before the engine flushes it: a timer's due
     * date is a deadline of the region's rules (a return's lapse, a circulation's or objection's end), which, moved
     * from outside, would fire as the engine itself and decide early; a task's name, description, dates and
     * priority are what its users read in their lists. The command may be any of the engine's (setting a job's
     * due date or its retries with one, recalculating it, updating a task): the rows say what it does.
     */
    private static final class RefuseRowsChangedFromOutside extends CommandInterceptor {

        /**
         * What of a task its users read and an outside user may not change, by column: all but who works on it
         * (claimed, assigned).
         */
        private static final List<TaskField> TASK_FIELDS = List.of(
                new TaskField(TaskEntity.NAME, "NAME_", TaskEntity::getName),
                new TaskField(TaskEntity.DESCRIPTION, "DESCRIPTION_", TaskEntity::getDescription),
                new TaskField(TaskEntity.PRIORITY, "PRIORITY_", TaskEntity::getPriority),
                new TaskField(TaskEntity.DUE_DATE, "DUE_DATE_", TaskEntity::getDueDate),
                new TaskField(TaskEntity.FOLLOW_UP_DATE, "FOLLOW_UP_DATE_", TaskEntity::getFollowUpDate),
                new TaskField(TaskEntity.OWNER, "OWNER_", TaskEntity::getOwner),
                new TaskField(TaskEntity.DELEGATION, "DELEGATION_", TaskEntity::getDelegationStateString),
                new TaskField(TaskEntity.PARENT_TASK, "PARENT_TASK_ID_", TaskEntity::getParentTaskId));

        private record TaskField(String name, String column, Function<TaskEntity, Object> value) {
        }

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            outsideUser().ifPresent(RefuseRowsChangedFromOutside::refuseChangedRows);
            return result;
        }

        private static void refuseChangedRows(String user) {
            CommandContext command = Context.getCommandContext();
            for (CachedDbEntity row : command.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
                if (row.getEntity() instanceof TimerEntity timer && isUpdated(row) && !sameValue(timer.getDuedate(),
                        stored(command, "ACT_RU_JOB", timer.getId(), List.of("DUEDATE_")).get("DUEDATE_"))) {
                    throw new AuthorizationException(Texts.english("error.engine.deadlineFromOutside", user));
                }
                // A deadline deleted never comes: the process would wait for ever (a start timer's schedule may go
                // with its model's new version).
                if (row.getEntity() instanceof TimerEntity timer && timer.getProcessInstanceId() != null
                        && row.getEntityState() == DbEntityState.DELETED_PERSISTENT) {
                    throw new AuthorizationException(Texts.english("error.engine.deadlineFromOutside", user));
                }
                if (row.getEntity() instanceof TaskEntity task && isUpdated(row)) {
                    Map<String, Object> stored = stored(command, "ACT_RU_TASK", task.getId(),
                            TASK_FIELDS.stream().map(TaskField::column).toList());
                    for (TaskField field : TASK_FIELDS) {
                        if (!sameValue(field.value().apply(task), stored.get(field.column()))) {
                            throw new AuthorizationException(Texts.english("error.engine.taskChangedOutside", user,
                                    stored.get("NAME_"), task.getId(), field.name()));
                        }
                    }
                }
                if (isNoteOfAProcess(row)) {
                    throw new AuthorizationException(Texts.english("error.engine.notesFromOutside", user));
                }
                if (row.getEntity() instanceof BatchEntity batch && row.getEntityState() == DbEntityState.TRANSIENT
                        && Batch.TYPE_SET_JOB_RETRIES.equals(batch.getType())
                        && batch.getBatchJobHandler().readConfiguration(batch.getConfigurationBytes())
                                instanceof SetJobRetriesBatchConfiguration retries && retries.isDueDateSet()) {
                    throw new AuthorizationException(Texts.english("error.engine.deadlineFromOutside", user));
                }
            }
            // Retries set for every job of a job definition are one UPDATE of many rows, with a due date if given.
            for (SortedSet<DbBulkOperation> updates : command.getDbEntityManager().getDbOperationManager()
                    .bulkOperations.values()) {
                for (DbBulkOperation update : updates) {
                    if (JobEntity.class.isAssignableFrom(update.getEntityType())
                            && update.getParameter() instanceof Map<?, ?> parameters
                            && (Boolean.TRUE.equals(parameters.get("isDueDateSet"))
                                    || parameters.get("dueDate") != null)) {
                        throw new AuthorizationException(Texts.english("error.engine.deadlineFromOutside", user));
                    }
                }
            }
        }

        /**
         * A comment or attachment written, changed or removed on a task or process instance: a proposal's record
         * is its timeline, which Endorse writes. The engine's own events of a task (its assignments) pass.
         */
        private static boolean isNoteOfAProcess(CachedDbEntity row) {
            boolean written = row.getEntityState() != DbEntityState.PERSISTENT || row.isDirty();
            if (row.getEntity() instanceof CommentEntity comment) {
                return written && CommentEntity.TYPE_COMMENT.equals(comment.getType())
                        && (comment.getTaskId() != null || comment.getProcessInstanceId() != null);
            }
            return written && row.getEntity() instanceof AttachmentEntity attachment
                    && (attachment.getTaskId() != null || attachment.getProcessInstanceId() != null);
        }

        /** A row the command changes: loaded and changed since, or written back whole (merged). */
        private static boolean isUpdated(CachedDbEntity row) {
            return row.getEntityState() == DbEntityState.MERGED
                    || row.getEntityState() == DbEntityState.PERSISTENT && row.isDirty();
        }

        /** Columns of a row as the database has them now, before this command writes it (none if it has no row). */
        private static Map<String, Object> stored(CommandContext command, String table, String id,
                List<String> columns) {
            String name = command.getProcessEngineConfiguration().getDatabaseTablePrefix() + table;
            Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + String.join(", ", columns) + " from " + name + " where ID_ = ?")) {
                select.setString(1, id);
                Map<String, Object> row = new HashMap<>();
                try (ResultSet found = select.executeQuery()) {
                    if (found.next()) {
                        for (String column : columns) {
                            row.put(column, found.getObject(column));
                        }
                    }
                }
                return row;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read " + columns + " of " + name + " row " + id, e);
            }
        }

        /** The same value in Java and in the database: dates to the millisecond, numbers whatever their type. */
        private static boolean sameValue(Object written, Object stored) {
            if (written instanceof Date date && stored instanceof Date storedDate) {
                return date.getTime() == storedDate.getTime();
            }
            if (written instanceof Number number && stored instanceof Number storedNumber) {
                return number.longValue() == storedNumber.longValue();
            }
            return Objects.equals(written, stored);
        }
    }

    private static final class RefuseChangesFromOutside implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            outsideUser().ifPresent(user -> refuseIfItMovesAProcess(event, user));
        }

        private static void refuseIfItMovesAProcess(HistoryEvent event, String user) {
            if (event instanceof HistoricBatchEntity batch && BATCHES_THAT_MOVE_PROCESSES.contains(batch.getType())) {
                // Its jobs run later, as the engine itself: refused now, while it is known who asked.
                throw new AuthorizationException(Texts.english("error.engine.batchFromOutside", user,
                        batch.getType()));
            }
            boolean ofAProcess = event.getProcessInstanceId() != null || event.getProcessDefinitionId() != null;
            if (!ofAProcess || !movesTheProcess(event)) {
                return;
            }
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
            if (event instanceof HistoricVariableUpdateEventEntity
                    || event instanceof HistoricFormPropertyEventEntity) {
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
