package org.endorse.security;

import java.net.URI;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * What keeps another site from acting through a logged-in user's browser. A request that a browser sends
 * by itself, with the session cookie, must carry the CSRF token: the portal's forms have it in a hidden field,
 * Swagger UI sends it from its cookie. A client that sends its own credentials (HTTP Basic) needs none, unless
 * its request comes from another site's page (its Origin says so): a browser that once answered a Basic
 * prompt would otherwise send those credentials for any site.
 */
final class BrowserRequestForgery {

    /** The cookie Swagger UI reads the token from (springdoc.swagger-ui.csrf.cookie-name), and its header. */
    static final String COOKIE = "ENDORSE-XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    private BrowserRequestForgery() {
    }

    static CookieCsrfTokenRepository tokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName(COOKIE);
        tokens.setHeaderName(HEADER);
        // Secure whenever the request came over HTTPS (the repository's default); one SameSite value.
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** Requests with HTTP Basic credentials of their own, sent by no other site's page. */
    static RequestMatcher ownCredentialsFromNoOtherSite() {
        return request -> sendsOwnCredentials(request) && !fromAnotherSite(request);
    }

    /** A request with HTTP Basic credentials of its own, which the login checks on every request. */
    static boolean sendsOwnCredentials(HttpServletRequest request) {
        String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
        return credentials != null && credentials.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return !(request.getScheme().equals(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException unreadable) {
            return true; // "null" (a sandboxed page) or worse
        }
    }

    /**
     * Forms get the token masked anew on each page (against BREACH); a header carries it as its cookie has it,
     * which is how Swagger UI sends it.
     */
    static final class TokenInFormOrHeader implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
            // Loads the token on every page, so that the cookie is there for Swagger UI's first request.
            token.get();
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            return (StringUtils.hasText(request.getHeader(token.getHeaderName())) ? plain : masked)
                    .resolveCsrfTokenValue(request, token);
        }
    }
}
