package org.endorse.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.fasterxml.jackson.core.StreamReadConstraints;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may send, so that no request can fill the memory (one body of 80 MB once took 5.6 GB of
 * heap, four chunked ones of 200 MB ran out of it): each address has a limit in {@link #BODY_LIMITS}, and the
 * bytes a request sends are counted as they are read, whoever reads them (Endorse's API and portal, the Camunda
 * REST API, the webapps' API, the actuator), whether the request announced its length or not. A body over its
 * limit is answered 413 with the limit, at once if its announced length says so, else the moment its reading
 * passes the limit; nothing after that is read, and what the reader would have answered is dropped.
 *
 * <p>The portal's forms are read here too, through the same count (Tomcat would read them itself, uncounted), at
 * most {@value #MOST_FORM_FIELDS} fields; a form that cannot be read (a {@code %} not followed by two hexadecimal
 * digits, a character set that does not exist) is answered 400. Tomcat parses no multipart body
 * (spring.servlet.multipart.enabled is false): the documents' uploads read theirs as a stream through this count
 * (document.UploadReader). JSON is also read within limits of its own (texts, nesting), and the lists of every request have a
 * maximum size (@Size).
 */
@Configuration(proxyBeanMethods = false)
public class RequestLimits {

    private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

    /** The most a request may send to some addresses, in kilobytes. */
    public record BodyLimit(PathPattern addresses, int kilobytes) {

        static BodyLimit of(String addresses, int kilobytes) {
            return new BodyLimit(PathPatternParser.defaultInstance.parse(addresses), kilobytes);
        }

        long bytes() {
            return kilobytes * 1024L;
        }
    }

    /**
     * Every address's limit; the first row whose addresses match the request's path decides. A Terms of
     * Reference's text (at most 200,000 characters, up to four bytes each as JSON or a form sends it) is drafted
     * and revised through /api/terms and the portal's /terms pages; a model deployed through the Camunda REST API
     * (with or without an engine's name) or Cockpit carries its BPMN, DMN and form files (Endorse's largest model
     * is 26 KB). A document's upload, through the API or the portal, carries one file of at most
     * endorse.documents.max-file-size and its few fields ({@code uploadKb}, which leaves room for them). Everything
     * else, the portal's forms included, sends far less than the default.
     */
    static List<BodyLimit> bodyLimits(String webappPath, int uploadKb) {
        return List.of(
                BodyLimit.of("/api/proposals/*/documents", uploadKb),
                BodyLimit.of("/api/meetings/*/documents", uploadKb),
                BodyLimit.of("/api/meetings/*/agenda/items/*/documents", uploadKb),
                BodyLimit.of("/api/documents/*/files", uploadKb),
                BodyLimit.of("/api/documents/*/revisions", uploadKb),
                BodyLimit.of("/proposals/*/documents", uploadKb),
                BodyLimit.of("/meetings/*/documents", uploadKb),
                BodyLimit.of("/meetings/*/items/*/documents", uploadKb),
                BodyLimit.of("/documents/*/files", uploadKb),
                BodyLimit.of("/documents/*/revisions", uploadKb),
                BodyLimit.of("/api/terms/**", 2048),
                BodyLimit.of("/terms/**", 2048),
                BodyLimit.of("/engine-rest/deployment/create", 5120),
                BodyLimit.of("/engine-rest/engine/*/deployment/create", 5120),
                BodyLimit.of(webappPath + "/api/engine/engine/*/deployment/create", 5120),
                BodyLimit.of("/**", 1024));
    }

    /**
     * What an upload may send besides its file: its fields and the multipart framing, and room enough that a file
     * a little over the document limit is told so by the document's own message rather than this filter's.
     */
    static final int UPLOAD_FIELDS_KB = 2048;

    /** The largest limit of JSON: no JSON document is longer, no text of one either. */
    static final int LARGEST_JSON_KB = 2048;

    /** More fields than any form of the portal has: the portal's largest has a few dozen. */
    static final int MOST_FORM_FIELDS = 1000;

    /** The request attribute that holds the limit of the request's address, in kilobytes (for its error page). */
    public static final String LIMIT_ATTRIBUTE = RequestLimits.class.getName() + ".limitKb";

    /** What a request too large is told, with the limit of its address. */
    public static MessageSourceResolvable tooLarge(HttpServletRequest request) {
        return Texts.of("error.request.tooLarge", String.valueOf(request.getAttribute(LIMIT_ATTRIBUTE)));
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(ProblemResponses problems,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
            @Value("${endorse.documents.max-file-size}") DataSize documentLimit) {
        int uploadKb = (int) documentLimit.toKilobytes() + UPLOAD_FIELDS_KB;
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(problems,
                bodyLimits(webappPath, uploadKb), List.of("/engine-rest/", webappPath + "/")));
        // Before anything that reads a body: Spring Security's CSRF check reads a form's whole body for its token.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Longer texts or deeper nesting than any request of Endorse has are refused as the JSON is read. */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonReadLimits() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(LARGEST_JSON_KB * 1024L)
                .maxStringLength(LARGEST_JSON_KB * 1024)
                .maxNestingDepth(20)
                .maxNumberLength(50)
                .build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }

    /** Refuses a body over the limit of its address: before reading it if its length says so, else as it is read. */
    static class BodySizeLimit extends OncePerRequestFilter {

        private final ProblemResponses problems;
        private final List<BodyLimit> limits;
        /** Where the Camunda REST API and webapps read what they are sent themselves, forms included. */
        private final List<String> readByCamunda;

        BodySizeLimit(ProblemResponses problems, List<BodyLimit> limits, List<String> readByCamunda) {
            this.problems = problems;
            this.limits = limits;
            this.readByCamunda = readByCamunda;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            PathContainer address = PathContainer.parsePath(path);
            BodyLimit limit = limits.stream().filter(row -> row.addresses().matches(address)).findFirst()
                    .orElseThrow();
            request.setAttribute(LIMIT_ATTRIBUTE, limit.kilobytes());
            Refusal refusal = new Refusal(request, response, limit);
            if (request.getContentLengthLong() > limit.bytes()) {
                refusal.refuse();
                return;
            }
            try {
                CountedRequest counted = new CountedRequest(request, limit, refusal);
                if (counted.isForm() && readByCamunda.stream().noneMatch(path::startsWith)) {
                    counted.getParameterMap(); // read here, so that a form too large or unreadable reaches no page
                }
                chain.doFilter(counted, refusal.guarded());
            } catch (UnreadableFormException unreadable) {
                if (refusal.happened()) {
                    return;
                }
                log.info("Refused a form sent to {} from {}: {}", LogText.escaped(request.getRequestURI()),
                        request.getRemoteAddr(), unreadable.getMessage());
                if (!response.isCommitted()) {
                    answer(request, response, HttpStatus.BAD_REQUEST, unreadable.text());
                }
            } catch (IOException | ServletException | RuntimeException readerFailed) {
                // The reader failed on the count's exception, however it wrapped it: the 413 is already sent.
                if (!refusal.happened()) {
                    throw readerFailed;
                }
            }
        }

        /**
         * A refusal as its reader takes it: a browser gets the portal's error page for the status (rendered once the
         * request is done), any other client a problem, sent at once.
         */
        private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                MessageSourceResolvable text) throws IOException {
            if (fromABrowser(request)) {
                response.sendError(status.value());
            } else {
                problems.write(request, response, status, text, Map.of());
                response.flushBuffer();
            }
        }

        /**
         * The 413 of one request, sent once, the moment the request is known to be too large; from then on the
         * response the request's reader would write is dropped (it is committed, as far as that reader can tell).
         */
        private final class Refusal {

            private final HttpServletRequest request;
            private final HttpServletResponse response;
            private final BodyLimit limit;
            private boolean happened;

            Refusal(HttpServletRequest request, HttpServletResponse response, BodyLimit limit) {
                this.request = request;
                this.response = response;
                this.limit = limit;
            }

            boolean happened() {
                return happened;
            }

            void refuse() throws IOException {
                if (happened) {
                    return;
                }
                happened = true;
                log.info("Refused a request to {} from {}: its body is larger than the {} KB this address takes",
                        LogText.escaped(request.getRequestURI()), request.getRemoteAddr(), limit.kilobytes());
                if (response.isCommitted()) {
                    return; // the reader answered before it read (none of Endorse's does); its answer stands
                }
                response.reset();
                // The rest of the body is not read: the connection cannot carry another request after it.
                response.setHeader("Connection", "close");
                answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(request));
            }

            HttpServletResponse guarded() {
                return new HttpServletResponseWrapper(response) {

                    @Override
                    public boolean isCommitted() {
                        return happened || super.isCommitted();
                    }

                    @Override
                    public void setStatus(int status) {
                        if (!happened) {
                            super.setStatus(status);
                        }
                    }

                    @Override
                    public void sendError(int status) throws IOException {
                        if (!happened) {
                            super.sendError(status);
                        }
                    }

                    @Override
                    public void sendError(int status, String message) throws IOException {
                        if (!happened) {
                            super.sendError(status, message);
                        }
                    }

                    @Override
                    public void setHeader(String name, String value) {
                        if (!happened) {
                            super.setHeader(name, value);
                        }
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        if (!happened) {
                            super.addHeader(name, value);
                        }
                    }

                    @Override
                    public void setContentType(String type) {
                        if (!happened) {
                            super.setContentType(type);
                        }
                    }

                    @Override
                    public void reset() {
                        if (!happened) {
                            super.reset();
                        }
                    }

                    @Override
                    public void resetBuffer() {
                        if (!happened) {
                            super.resetBuffer();
                        }
                    }

                    @Override
                    public ServletOutputStream getOutputStream() throws IOException {
                        return happened ? DROPPED : super.getOutputStream();
                    }

                    @Override
                    public PrintWriter getWriter() throws IOException {
                        return happened ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
                    }
                };
            }
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

    /** A form whose fields cannot be read, or that has more of them than any form of the portal: a 400. */
    static final class UnreadableFormException extends RuntimeException {

        private final transient MessageSourceResolvable text;

        UnreadableFormException(MessageSourceResolvable text) {
            super(Texts.english(text));
            this.text = text;
        }

        MessageSourceResolvable text() {
            return text;
        }
    }

    /** What is read past the limit: nothing, since reading stops there; the reader is told with an IOException. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(BodyLimit limit) {
            super("The request's body is larger than the " + limit.kilobytes() + " KB its address takes");
        }
    }

    /**
     * The request as its reader sees it: its body counted as it is read, a form's fields read from that body (so
     * that Tomcat, which would read them uncounted, never does).
     */
    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final BodyLimit limit;
        private final BodySizeLimit.Refusal refusal;
        private ServletInputStream body;
        private BufferedReader reader;
        private Map<String, String[]> parameters;

        CountedRequest(HttpServletRequest request, BodyLimit limit, BodySizeLimit.Refusal refusal) {
            super(request);
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountedInputStream(super.getInputStream(), limit, refusal);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                parameters = isForm() ? withFormFields() : super.getParameterMap();
            }
            return parameters;
        }

        /** A form, as Tomcat would take it for one: its type before any parameter, whatever its case. */
        private boolean isForm() {
            String type = getContentType();
            return type != null && MediaType.APPLICATION_FORM_URLENCODED_VALUE.equalsIgnoreCase(
                    type.split(";", 2)[0].strip());
        }

        /** The query's parameters, then the form's fields, read through the count. */
        private Map<String, String[]> withFormFields() {
            MultiValueMap<String, String> fields;
            try {
                fields = new FormHttpMessageConverter().read(null, new ServletServerHttpRequest(this) {
                    @Override
                    public InputStream getBody() throws IOException {
                        return getInputStream();
                    }
                });
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            } catch (HttpMessageNotReadableException | IllegalArgumentException unreadable) {
                // URLDecoder on a % not followed by two hexadecimal digits, or a character set that does not exist
                throw new UnreadableFormException(Texts.of("error.request.unreadableForm",
                        String.valueOf(NestedExceptionUtils.getMostSpecificCause(unreadable).getMessage())));
            }
            if (fields.values().stream().mapToInt(List::size).sum() > MOST_FORM_FIELDS) {
                throw new UnreadableFormException(Texts.of("error.request.tooManyFields", MOST_FORM_FIELDS));
            }
            // Tomcat reads only the query's parameters now: the body has been taken through getInputStream.
            Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
            fields.forEach((name, values) -> all.merge(name, values.toArray(String[]::new), (query, form) -> {
                String[] both = new String[query.length + form.length];
                System.arraycopy(query, 0, both, 0, query.length);
                System.arraycopy(form, 0, both, query.length, form.length);
                return both;
            }));
            return Collections.unmodifiableMap(all);
        }
    }

    private static final class CountedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final BodyLimit limit;
        private final BodySizeLimit.Refusal refusal;
        private long read;

        CountedInputStream(ServletInputStream body, BodyLimit limit, BodySizeLimit.Refusal refusal) {
            this.body = body;
            this.limit = limit;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            refuseOnceOver();
            int next = body.read();
            if (next != -1) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseOnceOver();
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            refuseOnceOver();
        }

        /** Over the limit, this read and every later one fails the same way (a reader may try again). */
        private void refuseOnceOver() throws IOException {
            if (read > limit.bytes()) {
                refusal.refuse();
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    private static final ServletOutputStream DROPPED = new ServletOutputStream() {

        @Override
        public void write(int b) {
            // dropped: the request was answered 413
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            // dropped
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // never written to
        }
    };
}
