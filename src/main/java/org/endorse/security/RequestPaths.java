package org.endorse.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;

/**
 * An address as the servlets behind it may read it, however it is spelled: the Camunda REST API answers
 * {@code identity/verify/} like {@code identity/verify}, and Spring Security's own patterns would not match the
 * first. So the addresses Endorse closes are matched on the path decoded, without path parameters, repeated or
 * trailing slashes, and in lower case: a spelling that reaches the servlet reaches the rule first.
 */
final class RequestPaths {

    private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private RequestPaths() {
    }

    static String normalized(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (int round = 0; round < 3 && path.indexOf('%') >= 0; round++) {
            try {
                path = UriUtils.decode(path, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                break; // Spring Security's firewall refuses it anyway
            }
        }
        path = REPEATED_SLASHES.matcher(PATH_PARAMETERS.matcher(path).replaceAll("")).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.toLowerCase(Locale.ROOT);
    }

    /** Requests whose normalized path matches the regular expression, which is written in lower case. */
    static RequestMatcher matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return request -> pattern.matcher(normalized(request)).matches();
    }
}
