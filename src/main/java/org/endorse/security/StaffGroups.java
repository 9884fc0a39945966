package org.endorse.security;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is in a staff role's group: an office hands a role over to another, its users leaving the group and the other
 * office's joining it, so that the tasks waiting for the role pass with it.
 */
@Component
public class StaffGroups {

    private static final Logger log = LoggerFactory.getLogger(StaffGroups.class);

    private final IdentityService identity;

    StaffGroups(IdentityService identity) {
        this.identity = identity;
    }

    /**
     * The leaving users leave the role's group and the joining users join it; a user in both stays. A joining user
     * not in the identity store is named in the log and left out, for an administrator to create in Camunda Admin.
     */
    public void handOver(Role role, Collection<String> leaving, Collection<String> joining) {
        String group = role.groupId();
        for (String userId : leaving) {
            if (!joining.contains(userId) && isMember(userId, group)) {
                identity.deleteMembership(userId, group);
                log.info("{} left the group {} with the outgoing office", userId, group);
            }
        }
        for (String userId : joining) {
            if (identity.createUserQuery().userId(userId).count() == 0) {
                log.error("{} of the incoming office is not a user of Endorse and could not join the group {}; create"
                        + " the user in Camunda Admin and add it to the group", userId, group);
            } else if (!isMember(userId, group)) {
                identity.createMembership(userId, group);
                log.info("{} joined the group {} with the incoming office", userId, group);
            }
        }
    }

    /** Those of the users that exist in the identity store. */
    public List<String> existing(Collection<String> userIds) {
        return userIds.stream().filter(userId -> identity.createUserQuery().userId(userId).count() > 0).toList();
    }

    private boolean isMember(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }
}
