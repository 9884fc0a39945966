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

    /** "Regional Vice-Chair (chair)", or the id alone for a user without a name. */
    public String displayName(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    public boolean hasRole(String userId, Role role) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() > 0;
    }
}
