package org.endorse.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.endorse.portal.Dates;
import org.endorse.portal.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message for one recipient, in the language they chose in My account (English if they chose none),
 * with templates/mail/notification.html and .txt. Thymeleaf's th:text escapes everything, so nothing a user
 * typed (titles, reasons) is rendered as markup. The engine is Spring's (SpEL, and the message bundles:
 * Thymeleaf's own needs OGNL, which the starter leaves out), apart from the portal's so that mails never resolve
 * as pages.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final NotificationSettings settings;
    private final MessageSource messages;
    private final Languages languages;
    private final Dates dates;

    MailTemplates(NotificationSettings settings, MessageSource messages, Languages languages, Dates dates) {
        this.settings = settings;
        this.messages = messages;
        this.languages = languages;
        this.dates = dates;
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

    record Rendered(String subject, String text, String html) {
    }

    Rendered render(Message message, Recipient recipient) {
        Locale language = languages.preferredBy(recipient.userId()).orElse(Locale.ENGLISH);
        String subject = text(message.subject(), language);
        Context context = new Context(language);
        context.setVariable("message", message);
        context.setVariable("subject", subject);
        context.setVariable("headline", text(message.headline(), language));
        context.setVariable("paragraphs", message.paragraphs().stream().map(text -> text(text, language)).toList());
        context.setVariable("step", message.step() == null ? null : text(message.step(), language));
        context.setVariable("recipient", recipient);
        context.setVariable("link", message.linkPath() == null ? null : settings.publicUrl() + message.linkPath());
        return new Rendered(subject, templates.process("mail/notification.txt", context),
                templates.process("mail/notification.html", context));
    }

    private String text(MessageSourceResolvable text, Locale language) {
        return messages.getMessage(withDatesWritten(text, language), language);
    }

    /** MessageFormat cannot write java.time values: they are written in the reader's language beforehand. */
    private MessageSourceResolvable withDatesWritten(MessageSourceResolvable text, Locale language) {
        if (text.getArguments() == null) {
            return text;
        }
        Object[] arguments = Arrays.stream(text.getArguments()).map(argument -> {
            if (argument instanceof Instant moment) {
                return dates.momentFor(moment, language);
            }
            if (argument instanceof LocalDate day) {
                return dates.dayFor(day, language);
            }
            return argument instanceof MessageSourceResolvable nested ? withDatesWritten(nested, language) : argument;
        }).toArray();
        return new DefaultMessageSourceResolvable(text.getCodes(), arguments, text.getDefaultMessage());
    }
}
