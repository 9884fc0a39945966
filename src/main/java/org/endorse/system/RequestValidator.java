package org.endorse.system;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean validation of every request of the API and every form of the portal, and with it the rules that hold
 * for every field of every request, so no request type can forget them: no text holds a character XML 1.0
 * forbids ({@link PlainText}), and no date lies outside the years a person means ({@link PlausibleDates}). A
 * bad field is named like any other ({@code seat.name}, {@code scope[1]}), in the reader's language.
 */
public class RequestValidator extends LocalValidatorFactoryBean {

    private final MessageSource messages;

    RequestValidator(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void validate(Object target, Errors errors) {
        super.validate(target, errors);
        check(target, "", errors);
    }

    @Override
    public void validate(Object target, Errors errors, Object... validationHints) {
        super.validate(target, errors, validationHints);
        check(target, "", errors);
    }

    /** Walks a request: its records' components, its lists' elements, down to each text and date. */
    private void check(Object value, String path, Errors errors) {
        if (value instanceof String text) {
            int forbidden = PlainText.firstForbidden(text);
            if (forbidden >= 0) {
                reject(errors, path, value, "error.text.forbiddenCharacter", PlainText.describe(forbidden));
            }
        } else if (value instanceof LocalDate date && !PlausibleDates.isPlausible(date)) {
            rejectDate(errors, path, value);
        } else if (value instanceof Instant instant && !PlausibleDates.isPlausible(instant)) {
            rejectDate(errors, path, value);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]", errors);
            }
        } else if (value instanceof Collection<?> elements) {
            elements.forEach(element -> check(element, path, errors)); // a set's elements have no index to name
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                check(read(component, value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        errors);
            }
        }
    }

    private void rejectDate(Errors errors, String path, Object value) {
        reject(errors, path, value, "error.date.implausibleYear", String.valueOf(PlausibleDates.FIRST_YEAR),
                String.valueOf(PlausibleDates.LAST_YEAR));
    }

    private void reject(Errors errors, String field, Object value, String code, Object... arguments) {
        String message = messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
        if (errors instanceof BindingResult binding) {
            // Added as bean validation adds its errors: records have no setters for rejectValue to go through.
            binding.addError(new FieldError(binding.getObjectName(), binding.getNestedPath() + field, value, false,
                    new String[] {code}, arguments, message));
        } else {
            errors.rejectValue(field, code, arguments, message);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of a request", e);
        }
    }

    /** Takes the place of Spring Boot's default validator, configured as Boot configures that one. */
    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        static RequestValidator requestValidator(ApplicationContext context,
                ObjectProvider<ValidationConfigurationCustomizer> customizers) {
            RequestValidator validator = new RequestValidator(context);
            validator.setConfigurationInitializer(configuration -> customizers.orderedStream()
                    .forEach(customizer -> customizer.customize(configuration)));
            validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
            return validator;
        }
    }
}
