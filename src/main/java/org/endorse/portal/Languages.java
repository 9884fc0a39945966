package org.endorse.portal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language each page, problem detail and mail is written in: English or French, the WCO's official
 * languages. A user's choice is remembered for them (as their user info in Camunda's identity service) and
 * for their session; without one, the browser's Accept-Language decides, and English otherwise.
 */
@Component("localeResolver")
public class Languages implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final String SESSION_LANGUAGE = Languages.class.getName() + ".language";

    private static final String USER_INFO = "language";

    private final IdentityService identity;

    Languages(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LANGUAGE) instanceof Locale chosen) {
            return chosen;
        }
        Optional<Locale> preferred = currentUser().flatMap(this::preferredBy);
        if (preferred.isPresent()) {
            if (session != null) {
                session.setAttribute(SESSION_LANGUAGE, preferred.get());
            }
            return preferred.get();
        }
        return Collections.list(request.getLocales()).stream()
                .filter(locale -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage())))
                .findFirst().map(Languages::supported).orElse(Locale.ENGLISH);
    }

    /** Switches the session's language and, for a logged-in user, remembers it for their next visits. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = supported(locale);
        request.getSession().setAttribute(SESSION_LANGUAGE, language);
        currentUser().ifPresent(userId -> identity.setUserInfo(userId, USER_INFO, language.getLanguage()));
    }

    /** The language a user chose, if they chose one: what their pages and mails are written in. */
    public Optional<Locale> preferredBy(String userId) {
        if (userId == null) {
            return Optional.empty(); // an address that is no user's, such as a regional entity's office
        }
        return Optional.ofNullable(identity.getUserInfo(userId, USER_INFO)).filter(code -> !code.isBlank())
                .map(code -> supported(Locale.forLanguageTag(code)));
    }

    /** The supported language closest to the one asked for; English for any other. */
    public static Locale supported(Locale locale) {
        return locale == null ? Locale.ENGLISH : SUPPORTED.stream()
                .filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static Optional<String> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? Optional.empty()
                        : Optional.of(authentication.getName());
    }
}
