package org.endorse.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service tasks of processes/notification-delivery.bpmn and outbox-archiving.bpmn. */
@Configuration
class NotificationDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate sendNotificationDelegate(NotificationOutbox outbox) {
        return execution -> outbox.send(Long.valueOf(execution.getProcessBusinessKey()));
    }

    @Bean
    @ProcessModelBean
    JavaDelegate archiveDeliveredNotificationsDelegate(OutboxArchive archive) {
        return execution -> archive.archiveDelivered();
    }
}
