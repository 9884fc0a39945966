package org.endorse.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of processes/notification-delivery.bpmn. */
@Configuration
class NotificationDelegates {

    @Bean
    JavaDelegate sendNotificationDelegate(NotificationOutbox outbox) {
        return execution -> outbox.send(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
