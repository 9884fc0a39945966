package org.endorse.security;

import java.util.List;

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

    /** A user as lists show them: their id and "Name (id)". */
    public record Person(String id, String displayName) {
    }

    /** The users of a role's group, such as the chairs a meeting may have, by id. */
    public List<Person> withRole(Role role) {
        return identity.createUserQuery().memberOfGroup(role.groupId()).orderByUserId().asc().list().stream()
                .map(user -> new Person(user.getId(), displayName(user.getId()))).toList();
    }

    public boolean hasRole(String userId, Role role) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(role.groupId()).count() > 0;
    }
}
