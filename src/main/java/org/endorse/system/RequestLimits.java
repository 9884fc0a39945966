package org.endorse.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.StreamReadConstraints;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How much a request may send, so that no request can fill the memory (one body of 80 MB once took 5.6 GB of
 * heap): a body of at most {@value #BODY_LIMIT_KB} KB, {@value #DOCUMENT_BODY_LIMIT_KB} KB where a Terms of
 * Reference's text is sent; a larger one is refused with 413 before it is read. JSON is read within limits of
 * its own, which also hold for a body sent without its length (chunked). Tomcat bounds form posts the same
 * way (server.tomcat.max-http-form-post-size in application.yml), and the lists of every request have a
 * maximum size (@Size).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    static final int BODY_LIMIT_KB = 1024;
    static final int DOCUMENT_BODY_LIMIT_KB = 2048;

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ProblemResponses problems) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(problems));
        // Before Spring Security, whose CSRF check would read a form's whole body to find its token.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Longer texts or deeper nesting than any request of Endorse has are refused as the JSON is read. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(DOCUMENT_BODY_LIMIT_KB * 1024L)
                .maxStringLength(DOCUMENT_BODY_LIMIT_KB * 1024)
                .maxNestingDepth(20)
                .maxNumberLength(50)
                .build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }

    /** What a request too large is told, with the limits in kilobytes. */
    static MessageSourceResolvable tooLarge() {
        return Texts.of("error.request.tooLarge", String.valueOf(BODY_LIMIT_KB),
                String.valueOf(DOCUMENT_BODY_LIMIT_KB));
    }

    /** Refuses a body whose announced length is over the limit of its address, without reading it. */
    static class BodySizeLimit extends OncePerRequestFilter {

        private final ProblemResponses problems;

        BodySizeLimit(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long limit = (carriesADocument(request) ? DOCUMENT_BODY_LIMIT_KB : BODY_LIMIT_KB) * 1024L;
            if (request.getContentLengthLong() > limit) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        /** A Terms of Reference's text, drafted or revised through the API or the portal (and its preview). */
        private static boolean carriesADocument(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/terms") || path.startsWith("/terms");
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (fromABrowser(request)) {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value()); // the portal's error page
            } else {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(), Map.of());
            }
        }

        /** A browser names HTML among what it accepts; an API client asks for JSON, or for anything. */
        private static boolean fromABrowser(HttpServletRequest request) {
            try {
                return MediaType.parseMediaTypes(request.getHeader("Accept")).stream()
                        .anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
            } catch (InvalidMediaTypeException unreadable) {
                return false;
            }
        }
    }
}
