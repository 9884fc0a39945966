package org.endorse.security;

import java.util.List;
import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.endorse.member.MemberDirectory;
import org.endorse.system.ForbiddenException;
import org.endorse.system.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Which member administration a contact point speaks for when it answers a circulated ToR or objects in a
 * written procedure: the one of its Tasklist groups (contactpoint-XXX), or the one it names when it is contact
 * point for several.
 */
@Component
public class ContactPoints {

    private final MemberDirectory members;
    private final IdentityService identity;

    ContactPoints(MemberDirectory members, IdentityService identity) {
        this.members = members;
        this.identity = identity;
    }

    /**
     * The member administrations among these with no contact point user: nobody can answer for them, so their
     * silence in a circulation is not theirs to choose.
     */
    public List<String> membersWithoutContactPoint(Collection<String> memberCodes) {
        return memberCodes.stream().filter(code -> identity.createUserQuery()
                .memberOfGroup(Role.contactPointGroupOf(code)).count() == 0).toList();
    }

    /** The member administration named in {@code requested}, or the user's only one when none is named. */
    public String memberSpokenFor(EndorseUser user, String requested) {
        if (requested == null || requested.isBlank()) {
            if (user.contactPointFor().size() != 1) {
                throw new InvalidFieldException("member", "error.contactPoint.memberRequired",
                        String.valueOf(user.contactPointFor().stream().sorted().toList()));
            }
            return user.contactPointFor().iterator().next();
        }
        if (!user.contactPointFor().contains(requested)) {
            throw new ForbiddenException("error.contactPoint.notContactPointOf", members.nameOf(requested));
        }
        return requested;
    }
}
