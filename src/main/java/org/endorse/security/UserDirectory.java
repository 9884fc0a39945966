package org.endorse.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.endorse.system.Sha256;
import org.springframework.stereotype.Service;

/** Looks users up in Camunda's identity service, for capabilities that name users (a meeting's chair). */
@Service
public class UserDirectory {

    private final IdentityService identity;

    UserDirectory(IdentityService identity) {
        this.identity = identity;
    }

    /** The user as Endorse knows them: their name, roles and member administrations; none once deleted. */
    public Optional<EndorseUser> endorseUser(String userId) {
        return signedIn(userId).map(SignedIn::user);
    }

    /**
     * A signed-in user as they are now, with a stamp of their password: a digest of its stored hash, which changes
     * whenever the password is set (reset by an administrator, changed by the user), and only then.
     */
    record SignedIn(EndorseUser user, String passwordStamp) {
    }

    Optional<SignedIn> signedIn(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new SignedIn(withGroups(user), passwordStamp(user)));
    }

    private static String passwordStamp(User user) {
        return Sha256.hex(user.getPassword() + (user instanceof UserEntity entity ? ":" + entity.getSalt() : ""));
    }

    private EndorseUser withGroups(User user) {
        String userId = user.getId();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> memberCodes = new HashSet<>();
        Set<String> contactPointFor = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            Role.ofGroup(group.getId()).ifPresent(roles::add);
            if (group.getId().startsWith(Role.MEMBER_GROUP_PREFIX)) {
                memberCodes.add(group.getId().substring(Role.MEMBER_GROUP_PREFIX.length()));
            } else if (group.getId().startsWith(Role.CONTACT_POINT_GROUP_PREFIX)) {
                contactPointFor.add(group.getId().substring(Role.CONTACT_POINT_GROUP_PREFIX.length()));
            }
        }
        String displayName = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
        return new EndorseUser(userId, displayName.isEmpty() ? userId : displayName, roles, memberCodes,
                contactPointFor);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** "Regional Vice-Chair (chair)", or the id alone for a user without a name. */
    public String displayName(String userId) {
        var user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
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
