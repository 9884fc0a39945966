package org.endorse.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Endorse. Each is a Camunda group of the same id, so the API, Tasklist, Cockpit and Admin
 * share one notion of who may do what.
 */
public enum Role {
    MEMBER("member", "Member administrations"),
    CONTACT_POINT("contactpoint", "National contact points"),
    SECRETARIAT("secretariat", "Secretariat (Vice-Chair's office)"),
    CHAIR("chair", "Meeting chairs"),
    ASSESSOR("assessor", "Technical assessors"),
    ADMIN("camunda-admin", "Administrators");

    /** Camunda group ids of member administrations are this prefix and the member's code: member-IDN. */
    public static final String MEMBER_GROUP_PREFIX = "member-";

    /** Camunda group ids of one member administration's contact points: contactpoint-IDN. */
    public static final String CONTACT_POINT_GROUP_PREFIX = "contactpoint-";

    private final String groupId;
    private final String groupName;

    Role(String groupId, String groupName) {
        this.groupId = groupId;
        this.groupName = groupName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    /** Staff roles run the region's business: they see every submitted proposal and have tasks in Tasklist. */
    public boolean isStaff() {
        return this != MEMBER;
    }

    /**
     * Roles that work with the engine itself: the Camunda REST API, Cockpit, Tasklist and the operators'
     * endpoints. Contact points, officials of one member administration, read their tasks in Tasklist and act
     * in the portal or through /api; what the engine keeps (every user, every group, every process) is not theirs
     * to browse.
     */
    public boolean usesTheEngine() {
        return this == SECRETARIAT || this == CHAIR || this == ASSESSOR || this == ADMIN;
    }

    /** Roles that open Camunda Cockpit, to follow a process instance (the administrator opens everything). */
    public boolean opensCockpit() {
        return this == SECRETARIAT || this == CHAIR || this == ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
    }

    public static String memberGroupOf(String memberCode) {
        return MEMBER_GROUP_PREFIX + memberCode;
    }

    /** The Camunda group of one member administration's contact points: contactpoint-IDN. */
    public static String contactPointGroupOf(String memberCode) {
        return CONTACT_POINT_GROUP_PREFIX + memberCode;
    }
}
