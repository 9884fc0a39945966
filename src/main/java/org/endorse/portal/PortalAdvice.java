package org.endorse.portal;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.endorse.system.ConflictException;
import org.endorse.system.EngineRefusals;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.endorse.system.NotFoundException;
import org.endorse.system.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a request cannot be served: the same message the API's problem detail gives, in the
 * reader's language, on a page that says what to do next, with the status of the problem.
 */
@ControllerAdvice(annotations = PortalController.class)
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);

    private final MessageSource messages;

    PortalAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, text(ex, locale), response);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ModelAndView forbidden(RuntimeException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, text(ex, locale), response);
    }

    @ExceptionHandler(TooLargeException.class)
    ModelAndView tooLarge(TooLargeException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, text(ex, locale), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, text(ex, locale), response);
    }

    /** Two people changed the same thing at the same moment (an agenda, say); the other one won. */
    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class})
    ModelAndView concurrentChange(RuntimeException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, messages.getMessage("errorPage.concurrentChange", null, locale), response);
    }

    /** A process an administrator suspended in Cockpit, or one that has just moved on (see EngineRefusals). */
    @ExceptionHandler({SuspendedEntityInteractionException.class, MismatchingMessageCorrelationException.class})
    ModelAndView engineRefusal(ProcessEngineException ex, Locale locale, HttpServletResponse response) {
        log.warn("The engine refused a page's request: {}", LogText.escaped(ex.getMessage()));
        return page(HttpStatus.CONFLICT, messages.getMessage(EngineRefusals.of(ex), locale), response);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ModelAndView invalid(InvalidFieldException ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, ex.getField() + " " + text(ex, locale), response);
    }

    /** An address or form a page cannot read at all (a letter where a number goes, a parameter missing). */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class})
    ModelAndView unreadable(Exception ex, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, messages.getMessage("errorPage.unreadable", null, locale), response);
    }

    /** A fault of ours: logged with its stack trace for the operator, shown without internals. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, Locale locale, HttpServletResponse response) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} while serving a page", incident, ex);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("errorPage.unexpected",
                new Object[] {incident}, locale), response);
    }

    /** Endorse's refusals in the reader's language; Spring Security's own denial as it words it. */
    private String text(RuntimeException ex, Locale locale) {
        return ex instanceof MessageSourceResolvable resolvable ? messages.getMessage(resolvable, locale)
                : messages.getMessage("errorPage.forbidden", null, locale);
    }

    static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("portal/error");
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
