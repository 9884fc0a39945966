package org.endorse.security;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.endorse.system.ProblemResponses;
import org.endorse.system.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security guards everything: the Endorse API, Swagger UI, the Camunda REST API and the Camunda
 * webapps. Users log in once (HTTP Basic for API clients, a login form for browsers); Camunda then trusts
 * that login through its container-based authentication, so authorization checks in Tasklist, Cockpit,
 * Admin and /engine-rest apply to the same user and groups.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final String[] STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff)
            .map(Enum::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
        AuthenticationEntryPoint loginRequired = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Endorse\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, Texts.of("error.security.logIn"), Map.of());
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/engine-rest/**", webappPath + "/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/error").permitAll()
                        // Load balancers and orchestrators probe without a login; they learn only UP or DOWN.
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(STAFF_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Endorse").authenticationEntryPoint(loginRequired))
                .formLogin(form -> form.defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // API clients authenticate each request with HTTP Basic; the session cookie is SameSite=Strict
                // (application.yml), and the Camunda webapps keep their own CSRF protection on /camunda/api.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", webappPath + "/api/**"))
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
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, Texts.of("error.security.staffOnly"), Map.of())));
        return http.build();
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
