package org.endorse.system;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the API into an RFC 7807 problem detail that says what is wrong and, where it can,
 * how to put it right, in the reader's language. Bad fields are listed one by one under "errors".
 */
// The API's controllers only: the portal's pages have their own advice, which answers with pages.
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final MessageSource messages;

    ProblemHandling(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> new FieldProblem(error.getField(), message(error)))
                .toList();
        return badRequest(errors);
    }

    /** Bean validation's message, already in the reader's language, or what a value that could not be bound is. */
    private String message(FieldError error) {
        TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
                ? error.unwrap(TypeMismatchException.class) : null;
        if (mismatch == null || mismatch.getRequiredType() == null) {
            return error.getDefaultMessage();
        }
        // A list of values (?status=A&status=B) fails on one of them, converted to the list's element type.
        if (mismatch.getCause() instanceof ConversionFailedException failed) {
            return unreadable(failed.getTargetType().getType(), failed.getValue());
        }
        return unreadable(mismatch.getRequiredType(), mismatch.getValue());
    }

    /** A query parameter or path variable of the wrong type, such as a status that does not exist. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException parameter && ex.getRequiredType() != null) {
            return badRequest(List.of(new FieldProblem(parameter.getName(),
                    unreadable(ex.getRequiredType(), ex.getValue()))));
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Over a limit of RequestLimits: a body sent without its length, or a string or nesting beyond any request.
        if (NestedExceptionUtils.getRootCause(ex) instanceof StreamConstraintsException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE, text(RequestLimits.tooLarge(
                            ((ServletWebRequest) request).getRequest()))));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof InvalidFormatException invalid
                    ? unreadable(invalid.getTargetType(), invalid.getValue())
                    : text(Texts.of("error.request.unreadable", mapping.getOriginalMessage()));
            return badRequest(List.of(new FieldProblem(field, message)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                text(Texts.of("error.request.notJson")));
        return ResponseEntity.badRequest().body(problem);
    }

    private String unreadable(Class<?> type, Object value) {
        return text(Texts.of("error.request.unreadableAs", describe(type), ObjectUtils.nullSafeToString(value)));
    }

    /** What a value should have been: a text, or the name of its type. */
    private static Object describe(Class<?> type) {
        if (type.isEnum()) {
            return Texts.of("error.request.oneOf", Arrays.toString(type.getEnumConstants()));
        }
        if (type == LocalDate.class) {
            return Texts.of("error.request.date");
        }
        return type.getSimpleName();
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException ex) {
        return badRequest(List.of(new FieldProblem(ex.getField(), text(ex))));
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, text(ex));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text(ex));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(ex));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text(ex));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text(Texts.of("error.security.accessDenied")));
    }

    /**
     * The engine's refusals that what users do can meet, where Endorse's own check has not (it refuses first where
     * it can): a process an administrator suspended in Cockpit, a message its process no longer waits for.
     */
    @ExceptionHandler({SuspendedEntityInteractionException.class, MismatchingMessageCorrelationException.class})
    ProblemDetail engineRefusal(ProcessEngineException ex) {
        log.warn("The engine refused a request: {}", LogText.escaped(ex.getMessage()));
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(EngineRefusals.of(ex)));
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ProblemDetail alreadyClaimed(TaskAlreadyClaimedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                text(Texts.of("error.task.alreadyClaimed", ex.getTaskAssignee())));
    }

    /**
     * Two requests did the same thing at once (answered, submitted) and the second broke a unique key: a 409. Any
     * other refusal of the database (a value too long for its column, say) is a fault of ours, which a check
     * should have caught before: never reported as a conflict the user could resolve by reloading.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> simultaneous(DataIntegrityViolationException ex) {
        if (!UniqueKeys.broken(ex)) {
            return unexpected(ex);
        }
        log.warn("A request was refused by a unique key, because another request did the same at the same moment:"
                + " {}", LogText.escaped(ex.getMostSpecificCause().getMessage()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                text(Texts.of("error.request.simultaneous"))));
    }

    /**
     * Two users acted on the same proposal or task at the same moment; the other one won, or still holds its
     * lock after the database's lock timeout.
     */
    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class,
            PessimisticLockingFailureException.class})
    ProblemDetail concurrentChange(RuntimeException ex) {
        log.info("Concurrent change refused: {}", ex.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text(Texts.of("error.request.concurrentChange")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotWritable(HttpMessageNotWritableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return unexpected(ex);
    }

    /** A fault of ours: logged with its stack trace for the operator, reported to the user without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} while serving a request", incident, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                text(Texts.of("error.unexpected", incident)));
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    private ResponseEntity<Object> badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        problem.setTitle(text(Texts.of("error.request.invalid")));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** In the language Spring MVC resolved for this request (English unless the reader asks for French). */
    private String text(MessageSourceResolvable text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }
}
