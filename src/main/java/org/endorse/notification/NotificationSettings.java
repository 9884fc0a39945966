package org.endorse.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * endorse.mail.*: the sender, the address of Endorse in links, a catch-all address for test environments,
 * and the delays between delivery attempts. The SMTP server itself is spring.mail.* (host, port, username,
 * password, properties.mail.smtp.starttls.enable); without spring.mail.host, notifications are held.
 */
@Validated
@ConfigurationProperties("endorse.mail")
public record NotificationSettings(
        @NotBlank @Email String from,
        @NotBlank String publicUrl,
        @Email String redirectAllTo,
        @NotBlank @Pattern(regexp = "P[0-9A-Z.]+(,P[0-9A-Z.]+)*",
                message = "must be ISO 8601 durations separated by commas, such as PT1M,PT10M,PT1H") String retryIntervals) {

    /** Camunda's failedJobRetryTimeCycle: one retry per interval, then an incident. */
    public String retryCycle() {
        return retryIntervals;
    }

    int attemptsAllowed() {
        return retryIntervals.split(",").length + 1;
    }
}
