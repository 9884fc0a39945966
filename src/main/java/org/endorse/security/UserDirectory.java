package org.endorse.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** Looks users up in Camunda's identity service, for capabilities that name users (a meeting's chair). */
@Service
public class UserDirectory {

    private final IdentityService identity;

    UserDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean hasRole(String userId, Role role) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() > 0;
    }
}
