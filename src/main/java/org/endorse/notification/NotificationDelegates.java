package org.endorse.notification;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.endorse.system.ProcessModelBean;

/** The service task of processes/notification-delivery.bpmn. */
@Configuration
class NotificationDelegates {

    @Bean
    @ProcessModelBean
    JavaDelegate sendNotificationDelegate(NotificationOutbox outbox) {
        return execution -> outbox.send(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
