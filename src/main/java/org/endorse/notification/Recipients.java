package org.endorse.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.endorse.member.MemberDirectory;
import org.endorse.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Who is told: the users of Camunda groups (a member administration, a role, a member's contact points). */
@Component
class Recipients {

    private static final Logger log = LoggerFactory.getLogger(Recipients.class);

    private final IdentityService identity;
    private final MemberDirectory members;

    Recipients(IdentityService identity, MemberDirectory members) {
        this.identity = identity;
        this.members = members;
    }

    /** The users of the given groups, each once, in the order the groups are given. */
    List<Recipient> ofGroups(Collection<String> groupIds) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            for (User user : identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
                if (user.getEmail() == null || user.getEmail().isBlank()) {
                    log.warn("User '{}' of group {} has no mail address and is not notified; add one in Camunda Admin",
                            user.getId(), groupId);
                    continue;
                }
                recipients.computeIfAbsent(user.getId(), id -> new Recipient(id, name(user), user.getEmail().strip(),
                        memberOf(id)));
            }
        }
        return List.copyOf(recipients.values());
    }

    /** The users of the group who hold the role, such as a member administration's drafters. */
    List<Recipient> ofGroupInRole(String groupId, Role role) {
        Set<String> inRole = identity.createUserQuery().memberOfGroup(role.groupId()).list().stream()
                .map(User::getId).collect(Collectors.toSet());
        return ofGroups(List.of(groupId)).stream().filter(recipient -> inRole.contains(recipient.userId())).toList();
    }

    /** Every member administration's users and contact points, of the region today: those an endorsement goes to. */
    List<Recipient> allMembers() {
        return allMembersAnd();
    }

    /** Every member administration's users and contact points of the region today, and the users of the roles. */
    List<Recipient> allMembersAnd(Role... roles) {
        return ofGroups(Stream.concat(members.current().stream().flatMap(member -> Stream.of(
                Role.memberGroupOf(member.getCode()), Role.contactPointGroupOf(member.getCode()))),
                Arrays.stream(roles).map(Role::groupId)).toList());
    }

    private String memberOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .filter(id -> id.startsWith(Role.MEMBER_GROUP_PREFIX))
                .map(id -> members.nameOf(id.substring(Role.MEMBER_GROUP_PREFIX.length()))).sorted()
                .reduce((first, second) -> first + ", " + second).orElse(null);
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
