package org.endorse.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.endorse.system.ProblemResponses;
import org.endorse.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A deployment is refused before its body is read unless Camunda lets its user create deployments (only
 * administrators, in Endorse): the engine would check the same, but only once the whole body was in memory, so
 * anyone allowed into the Camunda REST API or Cockpit could make the node read a model of any size.
 */
class DeploymentPermission extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DeploymentPermission.class);

    private final RequestMatcher deployments;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final ProblemResponses problems;

    DeploymentPermission(String webappPath, AuthorizationService authorizations, IdentityService identity,
            ProblemResponses problems) {
        // Through the Camunda REST API (with or without an engine's name) and the webapps' own engine API.
        this.deployments = RequestPaths.matching("(/engine-rest|" + webappPath.toLowerCase()
                + "/api/engine)(/engine/[^/]+)?/deployment/create");
        this.authorizations = authorizations;
        this.identity = identity;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || !deployments.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !mayDeploy(user.getName())) {
            log.info("Refused a deployment by {}: Camunda does not let them create deployments",
                    user == null ? "nobody" : user.getName());
            problems.write(request, response, HttpStatus.FORBIDDEN, Texts.of("error.security.mayNotDeploy"), Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean mayDeploy(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        return authorizations.isUserAuthorized(userId, groups, Permissions.CREATE, Resources.DEPLOYMENT);
    }
}
