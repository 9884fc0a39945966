package org.endorse.security;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.endorse.system.ProblemResponses;
import org.endorse.system.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security guards everything: the Endorse API, Swagger UI, the Camunda REST API and the Camunda
 * webapps. Users log in once (HTTP Basic for API clients, a login form for browsers); Camunda then trusts
 * that login through its container-based authentication, so authorization checks in Tasklist, Cockpit,
 * Admin and /engine-rest apply to the same user and groups.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final String[] STAFF_ROLES = rolesThat(Role::isStaff);
    private static final String[] ENGINE_ROLES = rolesThat(Role::usesTheEngine);
    private static final String[] COCKPIT_ROLES = rolesThat(Role::opensCockpit);

    private static String[] rolesThat(Predicate<Role> rule) {
        return Arrays.stream(Role.values()).filter(rule).map(Enum::name).toArray(String[]::new);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, UserDirectory users,
            AuthorizationService authorizations, IdentityService identity, AuthenticationConfiguration authentication,
            LoginThrottle throttle,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
        AuthenticationEntryPoint loginRequired = (request, response, e) -> {
            if (e instanceof SignInPausedException paused) {
                paused.answer(request, response, problems);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Endorse\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, Texts.of("error.security.logIn"), Map.of());
        };
        http.authorizeHttpRequests(requests -> requests
                        // Endorse's login is the only place that checks a password: Camunda's password check (in
                        // its REST API and the webapps' engine API) and the webapps' own login would each tell
                        // anyone logged in whether another user's password is right, unthrottled. Closed however
                        // the address is spelled.
                        .requestMatchers(passwordChecksOtherThanEndorses(webappPath)).denyAll()
                        // Setting a user's password in Camunda checks the caller's own: administrators only, each
                        // check counted like a login (AdministratorsPasswordCheck).
                        .requestMatchers(passwordChanges(webappPath)).hasRole(Role.ADMIN.name())
                        .requestMatchers("/engine-rest/**").hasAnyRole(ENGINE_ROLES)
                        // Contact points read their tasks in Tasklist (its pages, its reads and its task lists,
                        // which it asks for with a POST) and change nothing there; the engine itself refuses
                        // anyone's change to a process (system.ProcessChangeGuard). Every webapp asks who is
                        // logged in, and logs out.
                        .requestMatchers(HttpMethod.GET, webappPath + "/api/admin/auth/user/*").hasAnyRole(STAFF_ROLES)
                        .requestMatchers(HttpMethod.POST, webappPath + "/api/engine/engine/*/filter/*/list",
                                webappPath + "/api/engine/engine/*/filter/*/count",
                                webappPath + "/api/admin/auth/user/*/logout").hasAnyRole(STAFF_ROLES)
                        // Cockpit, its pages and its plugins' counts of instances and incidents, is for those who
                        // follow processes there; Camunda Admin is the administrators'.
                        .requestMatchers(webappPath + "/app/cockpit/**", webappPath + "/api/cockpit/**")
                        .hasAnyRole(COCKPIT_ROLES)
                        .requestMatchers(webappPath + "/app/admin/**", webappPath + "/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, webappPath + "/**").hasAnyRole(STAFF_ROLES)
                        // Camunda's OPTIONS answers which operations a resource offers the user: a read too.
                        .requestMatchers(HttpMethod.OPTIONS, webappPath + "/api/engine/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers(webappPath + "/**").hasAnyRole(ENGINE_ROLES)
                        .requestMatchers("/error").permitAll()
                        // The login page and what it needs: its stylesheet, its script and its language switch.
                        .requestMatchers("/login", "/language", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon-*.ico")
                        .permitAll()
                        // Load balancers and orchestrators probe without a login; they learn only UP or DOWN.
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(ENGINE_ROLES)
                        .anyRequest().authenticated())
                // API clients send HTTP Basic credentials, checked on every request that carries them, also when it
                // carries a session too: a wrong password is refused, whatever the session.
                .addFilterAt(new CredentialsCheckedEveryTime(authentication.getAuthenticationManager(),
                        loginRequired), BasicAuthenticationFilter.class)
                // Browsers log in on the portal's own page and come back to the page they asked for (a link from
                // a mail, say) or to the portal's home.
                .formLogin(form -> form.loginPage("/login").permitAll()
                        // Back to the page the user asked for (a link from a mail, say), or the portal's home; the
                        // session begins with the password as it is now (SessionAccountCheck).
                        .successHandler(beginSession(users))
                        // The login page says that sign-in is paused, and for how long, in the same words for any
                        // name; otherwise that the name or password is wrong.
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInPausedException paused ? "/login?paused=" + paused.seconds()
                                        : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A browser's requests carry the CSRF token; clients that send their own credentials need none
                // (see BrowserRequestForgery). The Camunda webapps keep their own CSRF protection on /camunda/api.
                .csrf(csrf -> csrf.csrfTokenRepository(BrowserRequestForgery.tokens())
                        .csrfTokenRequestHandler(new BrowserRequestForgery.TokenInFormOrHeader())
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(webappPath + "/api/**"),
                                BrowserRequestForgery.ownCredentialsFromNoOtherSite()))
                // The portal's pages load scripts, styles and images from Endorse alone, run no inline script and
                // tell no other site which page a link was followed from. The Camunda webapps and Swagger UI send
                // their own policies, or need inline styles.
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(portalPages(webappPath),
                                new StaticHeadersWriter("Content-Security-Policy", PORTAL_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(portalPages(webappPath),
                                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN))))
                .addFilterAfter(new SessionAccountCheck(users), BasicAuthenticationFilter.class)
                .addFilterAfter(new DeploymentPermission(webappPath, authorizations, identity, problems),
                        AuthorizationFilter.class)
                .addFilterAfter(new AdministratorsPasswordCheck(passwordChanges(webappPath), throttle, problems),
                        AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        // Browsers get the login form; API clients, /engine-rest and the webapps' API a 401.
                        .defaultAuthenticationEntryPointFor(loginRequired, PathPatternRequestMatcher.withDefaults()
                                .matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(loginRequired, PathPatternRequestMatcher.withDefaults()
                                .matcher("/engine-rest/**"))
                        .defaultAuthenticationEntryPointFor(loginRequired, PathPatternRequestMatcher.withDefaults()
                                .matcher(webappPath + "/api/**"))
                        .defaultAuthenticationEntryPointFor(loginRequired, PathPatternRequestMatcher.withDefaults()
                                .matcher("/v3/api-docs/**"))
                        .defaultAuthenticationEntryPointFor(loginRequired, PathPatternRequestMatcher.withDefaults()
                                .matcher("/actuator/**"))
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, Texts.of("error.security.staffOnly"), Map.of()),
                                machineReadable(webappPath))
                        // A browser gets a page that says why, in the reader's language.
                        .defaultAccessDeniedHandlerFor(pageSaysWhy(), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    /**
     * Camunda's password check, {@code identity/verify} of its REST API (with or without an engine's name) and of
     * the webapps' engine API, and the webapps' login form, which checks a password too.
     */
    private static RequestMatcher passwordChecksOtherThanEndorses(String webappPath) {
        String webapps = webappPath.toLowerCase();
        return RequestPaths.matching("(/engine-rest|" + webapps + "/api/engine)(/engine/[^/]+)?/identity/verify"
                + "|" + webapps + "/api/admin/auth/user/[^/]+/login(/.*)?");
    }

    /**
     * Everything from Endorse itself, nothing inline (htmx is configured to need neither inline styles nor eval:
     * layout.html), no plugins, no framing, and forms that post only to Endorse.
     */
    static final String PORTAL_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Setting a user's password through the Camunda REST API or the webapps' engine API (Camunda Admin). */
    private static RequestMatcher passwordChanges(String webappPath) {
        return RequestPaths.matching("(/engine-rest|" + webappPath.toLowerCase()
                + "/api/engine)(/engine/[^/]+)?/user/[^/]+/credentials");
    }

    /** Every address but the Camunda webapps and Swagger UI, whose pages have policies of their own. */
    private static RequestMatcher portalPages(String webappPath) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher(webappPath + "/**"),
                paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html")));
    }

    private static AuthenticationSuccessHandler beginSession(UserDirectory users) {
        SavedRequestAwareAuthenticationSuccessHandler backToWhereTheyWereGoing =
                new SavedRequestAwareAuthenticationSuccessHandler();
        backToWhereTheyWereGoing.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            SessionAccountCheck.begin(request.getSession(), users, authentication.getName());
            backToWhereTheyWereGoing.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The addresses that answer machines: the API, the Camunda REST API, the webapps' API and the operators'. */
    private static RequestMatcher machineReadable(String webappPath) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
                paths.matcher(webappPath + "/api/**"), paths.matcher("/v3/api-docs/**"), paths.matcher("/actuator/**"));
    }

    private static AccessDeniedHandler pageSaysWhy() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/access-denied");
        return handler;
    }

    /**
     * HTTP Basic, whose credentials are checked on every request that sends them. Spring Security's own filter
     * skips the check when the session already holds a user of that name, so a request with a session cookie and
     * a wrong password was accepted, and, carrying credentials of its own, without a CSRF token.
     */
    static final class CredentialsCheckedEveryTime extends BasicAuthenticationFilter {

        CredentialsCheckedEveryTime(AuthenticationManager authentication, AuthenticationEntryPoint loginRequired) {
            super(authentication, loginRequired);
        }

        @Override
        protected boolean authenticationIsRequired(String username) {
            return true;
        }
    }

    /** Lets /engine-rest run as the logged-in user, so Camunda's authorization checks apply to them. */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Logs the Spring Security user into Tasklist, Cockpit and Admin without a second login form. */
    @Bean
    FilterRegistrationBean<Filter> webappAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapp-authentication");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns(webappPath + "/*");
        return registration;
    }
}
