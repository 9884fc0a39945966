package org.endorse.meeting;

import java.util.List;

/**
 * What an agenda item is, and so what the meeting may conclude on it. Only proposals move through the proposal
 * processes; the others are the meeting's own business, concluded by its chair and kept in its record.
 */
public enum AgendaItemKind {
    /** A proposal waiting for the meeting's review or endorsement. */
    PROPOSAL(3, "Proposals", List.of()),
    /** A report for information, such as the Vice-Chair's or ROCB A/P's activity report. */
    REPORT(1, "Reports for information", List.of(ItemConclusion.NOTED)),
    /** A matter the meeting discusses, and may agree action items on. */
    DISCUSSION(4, "Items for discussion", List.of(ItemConclusion.DISCUSSED)),
    /**
     * A matter the meeting decides itself, such as an intersessional voting procedure agreed by the contact points
     * in November 2022.
     */
    DECISION(4, "Items for decision", List.of(ItemConclusion.AGREED, ItemConclusion.NOT_AGREED)),
    /** An action item agreed at an earlier meeting and not yet closed. */
    FOLLOW_UP(2, "Follow-up of action items", List.of(ItemConclusion.ACTION_CLOSED, ItemConclusion.ACTION_KEPT_OPEN));

    private final int section;
    private final String heading;
    private final List<ItemConclusion> conclusions;

    AgendaItemKind(int section, String heading, List<ItemConclusion> conclusions) {
        this.section = section;
        this.heading = heading;
        this.conclusions = conclusions;
    }

    /** Where items of this kind stand on an agenda: reports, then follow-ups, then proposals, then the rest. */
    int section() {
        return section;
    }

    /** The heading the agenda and the record give items of this kind, in English as records are. */
    String heading() {
        return heading;
    }

    /** What the chair may conclude on an item of this kind; nothing for proposals, which take decisions. */
    public List<ItemConclusion> conclusions() {
        return conclusions;
    }

    /** Whether the secretariat puts items of this kind on an agenda by hand; follow-ups come by themselves. */
    boolean addedBySecretariat() {
        return this == REPORT || this == DISCUSSION || this == DECISION;
    }
}
