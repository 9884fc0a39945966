package org.endorse.security;

import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The logged-in user: their roles, the member administrations they act for (groups member-XXX) and those
 * whose contact point they are (groups contactpoint-XXX).
 */
public record EndorseUser(String id, String displayName, Set<Role> roles, Set<String> memberCodes,
        Set<String> contactPointFor) implements AuthenticatedPrincipal {

    public EndorseUser {
        roles = Set.copyOf(roles);
        memberCodes = Set.copyOf(memberCodes);
        contactPointFor = has(roles, Role.CONTACT_POINT) ? Set.copyOf(contactPointFor) : Set.of();
    }

    /** A user whose contact point memberships, if a contact point, are those of their member administrations. */
    public EndorseUser(String id, String displayName, Set<Role> roles, Set<String> memberCodes) {
        this(id, displayName, roles, memberCodes, memberCodes);
    }

    private static boolean has(Set<Role> roles, Role role) {
        return roles.contains(role);
    }

    @Override
    public String getName() {
        return id;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** A member user may draft, amend and withdraw for the member administrations they belong to. */
    public boolean actsFor(String memberCode) {
        return has(Role.MEMBER) && memberCodes.contains(memberCode);
    }

    /** All Camunda groups of this user, for task queries. */
    public Set<String> groupIds() {
        var groups = new java.util.HashSet<String>();
        roles.forEach(role -> groups.add(role.groupId()));
        memberCodes.forEach(code -> groups.add(Role.memberGroupOf(code)));
        contactPointFor.forEach(code -> groups.add(Role.contactPointGroupOf(code)));
        return Set.copyOf(groups);
    }
}
