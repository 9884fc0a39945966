package org.endorse.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.endorse.member.RegionalEntities;
import org.endorse.member.RegionalEntity;
import org.endorse.member.RegionalParties;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items, from the meeting that agrees them to the meeting that closes them: each is reminded to its owner
 * before it is due, and followed up on every later meeting's agenda while it is open.
 */
@Component
class ActionItems {

    private static final Logger log = LoggerFactory.getLogger(ActionItems.class);
    /** The latest an action item may be due, counted from the meeting that agrees it. */
    private static final int LONGEST_YEARS = 10;
    /** The longest description of an action item. */
    static final int DESCRIPTION_LENGTH = 500;

    private final ActionItemRepository actionItems;
    private final RegionalParties parties;
    private final RegionalEntities entities;
    private final MeetingWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration reminderLead;

    ActionItems(ActionItemRepository actionItems, RegionalParties parties, RegionalEntities entities,
            MeetingWorkflow workflow, ApplicationEventPublisher events, Clock clock,
            @Value("${endorse.meetings.action-item-reminder:P14D}") Duration reminderLead) {
        this.actionItems = actionItems;
        this.parties = parties;
        this.entities = entities;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
        this.reminderLead = reminderLead;
    }

    /** Checks the action items before anything is recorded, so that one wrong item leaves the others unsaved. */
    void check(List<MeetingRequests.Action> actions, LocalDate agreedOn) {
        for (int i = 0; i < actions.size(); i++) {
            MeetingRequests.Action action = actions.get(i);
            if (action.description() == null || action.description().isBlank()
                    || action.description().length() > DESCRIPTION_LENGTH) {
                throw new InvalidFieldException("actions[" + i + "].description", "error.meeting.actionDescription",
                        String.valueOf(DESCRIPTION_LENGTH));
            }
            if (action.dueOn() == null) {
                throw new InvalidFieldException("actions[" + i + "].dueOn", "error.meeting.dueBeforeMeeting",
                        agreedOn.toString());
            }
            if (!parties.exists(action.owner())) {
                throw new InvalidFieldException("actions[" + i + "].owner", "error.meeting.unknownParty",
                        action.owner());
            }
            if (!action.dueOn().isAfter(agreedOn) || action.dueOn().isAfter(agreedOn.plusYears(LONGEST_YEARS))) {
                throw new InvalidFieldException("actions[" + i + "].dueOn", "error.meeting.dueBeforeMeeting",
                        agreedOn.toString());
            }
        }
    }

    /** Records the action items agreed under an item, and starts the reminder of each. */
    void agree(Meeting meeting, AgendaItem under, List<MeetingRequests.Action> actions, LocalDate agreedOn) {
        for (MeetingRequests.Action action : actions) {
            ActionItem item = actionItems.save(new ActionItem(meeting, under, action.description().strip(),
                    action.owner(), action.dueOn(), agreedOn));
            workflow.startActionItem(item, item.getDueOn().minusDays(reminderLead.toDays()).atTime(LocalTime.of(9, 0))
                    .atZone(meeting.getTimeZone()).toInstant());
            log.info("Action item {} agreed at the {}: {} ({}, due {})", item.getId(), meeting.name(),
                    LogText.escaped(item.getDescription()), parties.nameOf(item.getOwner()), item.getDueOn());
        }
    }

    /** A follow-up's conclusion: closed, it ends its reminder; kept open, it comes back to the next meeting. */
    void followedUp(Meeting meeting, AgendaItem followUp, ItemConclusion conclusion, String note, LocalDate on) {
        ActionItem item = followUp.getFollowsUp();
        if (conclusion == ItemConclusion.ACTION_CLOSED) {
            item.close(meeting, on, note);
            workflow.actionItemClosed(item);
            log.info("Action item {} closed at the {}", item.getId(), meeting.name());
        } else {
            log.info("Action item {} kept open at the {}; it comes back to the next meeting", item.getId(),
                    meeting.name());
        }
    }

    /** The follow-ups a meeting's agenda takes: open action items agreed elsewhere and followed up nowhere else. */
    List<AgendaItem> followUpsFor(Meeting meeting) {
        return actionItems.findToFollowUp(meeting.getId()).stream().map(item -> new AgendaItem(meeting, item)).toList();
    }

    List<ActionItem> agreedAt(Meeting meeting) {
        return actionItems.findAgreedAt(meeting.getId());
    }

    Page<ActionItem> open(Pageable page) {
        return actionItems.findOpen(page);
    }

    /**
     * service_remind_owner: the owner of an open action item is told it is due. One already due when agreed (a past
     * meeting entered afterwards) or already closed is not.
     */
    @Transactional
    public void remindOwner(Long id) {
        ActionItem item = actionItems.findById(id).orElseThrow();
        if (!item.isOpen() || item.getDueOn().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            log.info("Action item {} not reminded: it is {}", id, item.isOpen() ? "past its due date, "
                    + item.getDueOn() : "closed");
            return;
        }
        events.publishEvent(new ActionItemDue(item.getId(), item.getDescription(), item.getOwner(),
                parties.nameOf(item.getOwner()), entities.find(item.getOwner()).map(RegionalEntity::email)
                        .orElse(null), item.getDueOn(), item.getMeeting().nameText(), item.getMeeting().getId()));
        log.info("Owner of action item {} ({}) reminded that it is due on {}", id, parties.nameOf(item.getOwner()),
                item.getDueOn());
    }
}
