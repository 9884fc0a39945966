package org.endorse.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a notification through Jakarta Mail with its own Message-ID, so that a mail sent again after a
 * failure that came too late to be recorded is recognisably the same one. Without spring.mail.host there is
 * no mail sender, and nothing is sent.
 */
@Component
class MailDelivery {

    private final ObjectProvider<JavaMailSender> senders;

    MailDelivery(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    boolean isConfigured() {
        return senders.getIfAvailable() != null;
    }

    void send(Notification notification, String from) {
        JavaMailSender sender = senders.getObject();
        MimeMessage message = new MimeMessage(((JavaMailSenderImpl) sender).getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", notification.getMessageId());
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(from, "Endorse", "UTF-8"));
            helper.setTo(notification.getRecipientAddress());
            helper.setSubject(notification.getSubject());
            helper.setText(notification.getTextBody(), notification.getHtmlBody());
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailPreparationException("Notification " + notification.getId() + " could not be prepared", e);
        }
        sender.send(message);
    }
}
