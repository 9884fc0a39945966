package org.endorse.notification;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.endorse.system.ProcessModelBean;

/**
 * Where notifications meet the engine: each is delivered by an instance of processes/notification-delivery.bpmn
 * (business key: the notification's id), whose asynchronous send is retried by the job executor with backoff
 * and becomes an incident in Cockpit when its retries are used up.
 */
@ProcessModelBean
@Component("notificationDelivery")
public class NotificationDelivery {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final NotificationSettings settings;

    NotificationDelivery(RuntimeService runtime, ManagementService management, NotificationSettings settings) {
        this.runtime = runtime;
        this.management = management;
        this.settings = settings;
    }

    /** The delays between attempts, for the BPMN's failedJobRetryTimeCycle. */
    public String retryCycle() {
        return settings.retryCycle();
    }

    String start(Long notificationId) {
        return runtime.startProcessInstanceByKey(NotificationDeliveryProcess.KEY, notificationId.toString()).getId();
    }

    /** Gives the failed send job of a delivery one more attempt, due now; false if there is none waiting. */
    boolean retry(String deliveryProcessId) {
        Job failed = management.createJobQuery().processInstanceId(deliveryProcessId).noRetriesLeft().singleResult();
        if (failed == null) {
            return false;
        }
        management.setJobRetries(failed.getId(), 1);
        management.setJobDuedate(failed.getId(), ClockUtil.getCurrentTime());
        return true;
    }

    boolean hasIncident(String deliveryProcessId) {
        return runtime.createIncidentQuery().processInstanceId(deliveryProcessId).count() > 0;
    }
}
