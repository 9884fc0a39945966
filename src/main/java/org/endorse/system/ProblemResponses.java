package org.endorse.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes RFC 7807 problem details where no controller is involved, such as in the security filters, in the
 * reader's language as Spring MVC would resolve it for the request (English unless they ask for French).
 */
@Component
public class ProblemResponses {

    private final ObjectMapper objectMapper;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(ObjectMapper objectMapper, MessageSource messages, LocaleResolver locales) {
        this.objectMapper = objectMapper;
        this.messages = messages;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            MessageSourceResolvable detail, Map<String, Object> properties) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detail, locales.resolveLocale(request)));
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
