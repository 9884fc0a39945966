package org.endorse.document;

/** What a document belongs to: a proposal, a meeting or an agenda item, by its id. */
public record DocumentOwner(Type type, long id) {

    public enum Type {
        PROPOSAL,
        MEETING,
        AGENDA_ITEM
    }

    public static DocumentOwner proposal(long id) {
        return new DocumentOwner(Type.PROPOSAL, id);
    }

    public static DocumentOwner meeting(long id) {
        return new DocumentOwner(Type.MEETING, id);
    }

    public static DocumentOwner agendaItem(long id) {
        return new DocumentOwner(Type.AGENDA_ITEM, id);
    }
}
