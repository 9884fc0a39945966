package org.endorse.notification;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message for one recipient with templates/mail/notification.html and .txt. Thymeleaf's
 * th:text escapes everything, so nothing a user typed (titles, reasons) is rendered as markup. The engine is
 * Spring's (SpEL, and the message bundles: Thymeleaf's own needs OGNL, which the starter leaves out), apart
 * from the portal's so that mails never resolve as pages.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final NotificationSettings settings;

    MailTemplates(NotificationSettings settings, MessageSource messages) {
        this.settings = settings;
        templates.setTemplateEngineMessageSource(messages);
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }

    record Rendered(String text, String html) {
    }

    Rendered render(Message message, Recipient recipient) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("message", message);
        context.setVariable("recipient", recipient);
        context.setVariable("link", message.linkPath() == null ? null : settings.publicUrl() + message.linkPath());
        return new Rendered(templates.process("mail/notification.txt", context),
                templates.process("mail/notification.html", context));
    }
}
