package org.endorse.notification;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.endorse.ModelEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of processes/notification-delivery.bpmn alone, its send mocked: the mail is sent by a job, so after
 * the notification is committed, and a failed send is retried after each interval of the retry cycle, then
 * waits as an incident for an operator's retry. NotificationMailTest and MailOutageTest run the same through the
 * whole service and a real SMTP server.
 */
class NotificationDeliveryModelTest {

    @RegisterExtension
    static final ModelEngine MODEL = new ModelEngine("notification-delivery.bpmn");

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    JavaDelegate send = mock(JavaDelegate.class);
    NotificationDelivery delivery = mock(NotificationDelivery.class);
    ManagementService management = MODEL.engine().getManagementService();
    ProcessInstance notification;

    @BeforeEach
    void writeNotification() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        when(delivery.retryCycle()).thenReturn("PT1M,PT10M");
        Mocks.register("sendNotificationDelegate", send);
        Mocks.register("notificationDelivery", delivery);
        notification = MODEL.engine().getRuntimeService()
                .startProcessInstanceByKey(NotificationDeliveryProcess.KEY, "42");
    }

    @Test
    void mailIsSentByAJobOnceTheNotificationIsWritten() throws Exception {
        assertThat(notification).isWaitingAt(NotificationDeliveryProcess.SERVICE_SEND);
        verify(send, never()).execute(any());

        execute(job(notification));

        verify(send).execute(any());
        assertThat(notification).isEnded().hasPassed(NotificationDeliveryProcess.END_SENT);
    }

    @Test
    void failedSendIsRetriedAfterEachIntervalThenAwaitsAnOperatorAsAnIncident() throws Exception {
        doThrow(new IllegalStateException("mail server down")).when(send).execute(any());

        attemptFails();
        assertThat(job(notification)).hasDueDate(Date.from(NOW.plus(Duration.ofMinutes(1))));
        attemptFails();
        assertThat(job(notification)).hasDueDate(Date.from(NOW.plus(Duration.ofMinutes(10))));
        attemptFails();

        assertThat(job(notification)).hasRetries(0);
        assertThat(notification).isWaitingAt(NotificationDeliveryProcess.SERVICE_SEND);
        Assertions.assertThat(MODEL.engine().getRuntimeService().createIncidentQuery()
                .processInstanceId(notification.getId()).count()).isOne();

        doNothing().when(send).execute(any());
        management.setJobRetries(job(notification).getId(), 1);
        execute(job(notification));
        assertThat(notification).isEnded().hasPassed(NotificationDeliveryProcess.END_SENT);
    }

    private void attemptFails() {
        Job job = job(notification);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("mail server down");
    }
}
