package org.endorse.security;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.endorse.member.Member;
import org.endorse.member.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's identity service ready for Endorse at every start: a group per role and per member
 * administration, the Camunda permissions each staff role needs in Tasklist and Cockpit, and, in the demo
 * setup only, the demo users. Existing users, groups and permissions are left as they are.
 */
@Component
@Order(2)
class IdentitySeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeding.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final MemberDirectory members;
    private final DemoUsersProperties demo;

    IdentitySeeding(IdentityService identity, AuthorizationService authorizations, MemberDirectory members,
            DemoUsersProperties demo) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.members = members;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.groupName(), "role");
        }
        for (Member member : members.all()) {
            ensureGroup(Role.memberGroupOf(member.getCode()), member.getName(), "member-administration");
            ensureGroup(Role.contactPointGroupOf(member.getCode()), "Contact points of " + member.getName(),
                    "contact-point");
        }
        grantStaffPermissions();
        demo.users().forEach(this::ensureDemoUser);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void grantStaffPermissions() {
        for (Resource resource : Resources.values()) {
            grant(Role.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (Role role : List.of(Role.SECRETARIAT, Role.CHAIR, Role.CONTACT_POINT, Role.ASSESSOR)) {
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(role, Resources.FILTER, Authorization.ANY, Permissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        }
        for (Role role : Arrays.stream(Role.values()).filter(Role::usesTheEngine).filter(role -> role != Role.ADMIN)
                .toList()) {
            grant(role, Resources.USER, Authorization.ANY, Permissions.READ);
            grant(role, Resources.GROUP, Authorization.ANY, Permissions.READ);
        }
        // Earlier versions let contact points read every user (with their mail address) and every group.
        revoke(Role.CONTACT_POINT, Resources.USER);
        revoke(Role.CONTACT_POINT, Resources.GROUP);
        for (Role role : Arrays.stream(Role.values()).filter(Role::opensCockpit).filter(role -> role != Role.ADMIN)
                .toList()) {
            grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(role, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
                    Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
            grant(role, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
            grant(role, Resources.TASK, Authorization.ANY, Permissions.READ);
            grant(role, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
            grant(role, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
        }
    }

    /** Grants the permissions, adding any that an existing grant of the same group and resource lacks. */
    private void grant(Role role, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(role.groupId())
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .list().stream().findFirst().orElse(null);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(role.groupId());
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /** Removes every grant the role's group holds on the resource, on databases that earlier versions set up. */
    private void revoke(Role role, Resource resource) {
        for (Authorization authorization : authorizations.createAuthorizationQuery().groupIdIn(role.groupId())
                .resourceType(resource).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            authorizations.deleteAuthorization(authorization.getId());
            log.info("Revoked the {} group's permissions on Camunda resource '{}' ({}), which earlier versions of"
                    + " Endorse granted", role.groupId(), resource.resourceName(), authorization.getResourceId());
        }
    }

    private void ensureDemoUser(DemoUsersProperties.DemoUser demoUser) {
        if (identity.createUserQuery().userId(demoUser.id()).count() == 0) {
            User user = identity.newUser(demoUser.id());
            user.setFirstName(demoUser.firstName());
            user.setLastName(demoUser.lastName());
            user.setEmail(demoUser.email());
            user.setPassword(demoUser.password());
            identity.saveUser(user);
            log.info("Demo user '{}' created: roles {}, member administrations {}", demoUser.id(), demoUser.roles(),
                    demoUser.members());
        }
        for (Role role : demoUser.roles()) {
            ensureMembership(demoUser.id(), role.groupId());
        }
        for (String member : demoUser.members()) {
            if (!members.exists(member)) {
                throw new IllegalStateException("Demo user '" + demoUser.id() + "' belongs to member " + member
                        + ", which is not in endorse.members; fix config/application-demo.yml or config/application.yml.");
            }
            ensureMembership(demoUser.id(), Role.memberGroupOf(member));
            if (demoUser.roles().contains(Role.CONTACT_POINT)) {
                ensureMembership(demoUser.id(), Role.contactPointGroupOf(member));
            }
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
