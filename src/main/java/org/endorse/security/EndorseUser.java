package org.endorse.security;

import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/** The logged-in user: their roles and the member administrations they act for. */
public record EndorseUser(String id, String displayName, Set<Role> roles, Set<String> memberCodes)
        implements AuthenticatedPrincipal {

    public EndorseUser {
        roles = Set.copyOf(roles);
        memberCodes = Set.copyOf(memberCodes);
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
        if (has(Role.CONTACT_POINT)) {
            memberCodes.forEach(code -> groups.add(Role.contactPointGroupOf(code)));
        }
        return Set.copyOf(groups);
    }
}
