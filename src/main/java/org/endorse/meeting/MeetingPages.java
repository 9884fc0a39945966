package org.endorse.meeting;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.endorse.member.MemberDirectory;
import org.endorse.member.RegionalEntities;
import org.endorse.member.RegionalEntity;
import org.endorse.member.RegionalParties;
import org.endorse.portal.FormErrors;
import org.endorse.portal.ListPages;
import org.endorse.portal.PortalController;
import org.endorse.proposal.MeetingDecision;
import org.endorse.proposal.ProposalStage;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.security.UserDirectory;
import org.endorse.system.ConflictException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.NotFoundException;
import org.endorse.system.PageQuery;
import org.endorse.system.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages of meetings: the list, convening one, its page with the agenda the secretariat edits
 * until the papers go out, the chair's console while it is open, objections in a written procedure, and the
 * record of decisions. Every step goes through {@link MeetingService}, as the API's do.
 */
@PortalController
class MeetingPages {

    private final MeetingService meetings;
    private final RecordOfDecisions records;
    private final MeetingNames names;
    private final MemberDirectory members;
    private final UserDirectory users;
    private final RegionalEntities entities;
    private final RegionalParties parties;
    private final MessageSource messages;
    private final CurrentUser currentUser;

    private final MeetingPaperPages paperPages;

    MeetingPages(MeetingService meetings, RecordOfDecisions records, MeetingNames names, MemberDirectory members,
            UserDirectory users, RegionalEntities entities, RegionalParties parties, MessageSource messages,
            CurrentUser currentUser, MeetingPaperPages paperPages) {
        this.paperPages = paperPages;
        this.meetings = meetings;
        this.records = records;
        this.names = names;
        this.members = members;
        this.users = users;
        this.entities = entities;
        this.parties = parties;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** A written procedure's deadline is typed as a local time in the meeting's own time zone. */
    @InitBinder("form")
    void deadlineInTheMeetingsTimeZone(WebDataBinder binder, HttpServletRequest request) {
        ZoneId zone;
        try {
            zone = ZoneId.of(request.getParameter("timeZone"));
        } catch (DateTimeException | NullPointerException noZoneYet) {
            zone = ZoneOffset.UTC;
        }
        ZoneId meetingZone = zone;
        binder.registerCustomEditor(Instant.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isBlank() ? null
                            : LocalDateTime.parse(text.strip()).atZone(meetingZone).toInstant());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public String getAsText() {
                return getValue() instanceof Instant instant
                        ? LocalDateTime.ofInstant(instant, meetingZone).truncatedTo(ChronoUnit.MINUTES).toString() : "";
            }
        });
    }

    @GetMapping("/meetings")
    String list(@Valid @ModelAttribute("paging") PageQuery page, BindingResult pageErrors, Model model) {
        model.addAttribute("results", ListPages.page(page, pageErrors, query -> meetings.page(List.of(), query),
                model));
        model.addAttribute("openActionItems", meetings.openActionItems(PageQuery.first(PageQuery.MAX_SIZE, null)));
        return "portal/meeting/list";
    }

    @GetMapping("/meetings/new")
    String conveneForm(Model model) {
        return conveneForm(model, new MeetingRequests.Convene(MeetingType.JOINT_SESSION, null, null, null, null,
                null, null, null, null, null, null, MeetingMode.VIRTUAL, null));
    }

    @PostMapping("/meetings")
    String convene(@Valid @ModelAttribute("form") MeetingRequests.Convene form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Meeting meeting = meetings.convene(currentUser.get(), form);
                redirect.addFlashAttribute("notice", messages.getMessage("meetings.convened", null, locale));
                return "redirect:/meetings/" + meeting.getId();
            } catch (RuntimeException refused) {
                FormErrors.reject(binding, refused, messages, locale);
            }
        }
        return conveneForm(model, form);
    }

    private String conveneForm(Model model, MeetingRequests.Convene form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("modes", MeetingMode.values());
        model.addAttribute("members", members.current());
        model.addAttribute("chairs", users.withRole(Role.CHAIR));
        model.addAttribute("timeZones", ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.startsWith("Asia/") || zone.startsWith("Australia/")
                        || zone.startsWith("Pacific/"))
                .sorted().toList());
        return "portal/meeting/convene";
    }

    @GetMapping("/meetings/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable Long id, Model model) {
        EndorseUser user = currentUser.get();
        Meeting meeting = shown(meetings.meeting(id), model);
        model.addAttribute("hostName", members.nameOf(meeting.getHostMember()));
        model.addAttribute("chairName", users.displayName(meeting.getChair()));
        model.addAttribute("secretariat", user.has(Role.SECRETARIAT));
        model.addAttribute("chairs", meeting.isChairedBy(user.id()));
        if (user.has(Role.SECRETARIAT) && meeting.getStatus() == MeetingStatus.PLANNED) {
            model.addAttribute("candidates", meetings.candidates(id));
        }
        model.addAttribute("observerNames", entities.all().stream()
                .filter(entity -> meeting.getObservers().contains(entity.code())).map(RegionalEntity::name)
                .collect(Collectors.joining(", ")));
        model.addAttribute("parties", parties.all());
        model.addAttribute("addableKinds", Arrays.stream(AgendaItemKind.values())
                .filter(AgendaItemKind::addedBySecretariat).toList());
        model.addAttribute("mayCallOff", meetings.callsOffFor(user, meeting));
        paperPages.addTo(model, meeting, user);
        model.addAttribute("objectsFor", meeting.getMode() == MeetingMode.WRITTEN_PROCEDURE
                && meeting.getStatus() == MeetingStatus.OPEN && user.has(Role.CONTACT_POINT)
                ? user.contactPointFor().stream().sorted().toList() : List.of());
        return "portal/meeting/show";
    }

    /**
     * Puts the meeting in the model as the user may see it (its agenda only where the service shows it to them),
     * with its name in the reader's language.
     */
    private Meeting shown(Meeting meeting, Model model) {
        model.addAttribute("meeting", MeetingView.of(meeting, meetings.showsAgendaTo(currentUser.get(), meeting)));
        model.addAttribute("name", names.of(meeting));
        return meeting;
    }

    /** The agenda as the secretariat edits it: an item added, removed, or moved up or down. */
    @PostMapping("/meetings/{id}/agenda")
    String editAgenda(@PathVariable Long id, @RequestParam String action, @RequestParam String reference,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        EndorseUser user = currentUser.get();
        List<String> order = new ArrayList<>(meetings.meeting(id).getAgenda().stream()
                .filter(item -> item.isProposal() && item.getState() == AgendaItemState.PENDING)
                .map(AgendaItem::getProposalReference).toList());
        int at = order.indexOf(reference);
        switch (action) {
            case "add" -> order.add(reference);
            case "remove" -> order.remove(reference);
            case "up" -> {
                if (at > 0) {
                    order.add(at - 1, order.remove(at));
                }
            }
            case "down" -> {
                if (at >= 0 && at < order.size() - 1) {
                    order.add(at + 1, order.remove(at));
                }
            }
            default -> throw new IllegalArgumentException("Unknown agenda action " + action);
        }
        try {
            meetings.setAgenda(user, id, order);
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id + "#agenda";
    }

    /** The secretariat adds a report or a matter for discussion or decision. */
    @PostMapping("/meetings/{id}/agenda/items")
    String addItem(@PathVariable Long id, @RequestParam AgendaItemKind kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String presenter, Locale locale, RedirectAttributes redirect) {
        return agendaStep(id, () -> {
            PlainText.require("title", title);
            meetings.addItem(currentUser.get(), id, new MeetingRequests.Item(kind, title, presenter));
        }, "meetings.item.added", locale, redirect);
    }

    @PostMapping("/meetings/{id}/agenda/items/{itemId}/remove")
    String removeItem(@PathVariable Long id, @PathVariable Long itemId, Locale locale, RedirectAttributes redirect) {
        return agendaStep(id, () -> meetings.removeItem(currentUser.get(), id, itemId), "meetings.item.removed", locale,
                redirect);
    }

    private String agendaStep(Long id, Runnable step, String done, Locale locale, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
        } catch (ConflictException | InvalidFieldException | NotFoundException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id + "#agenda";
    }

    /** The secretariat postpones or cancels the meeting, with its reason for everyone invited. */
    @PostMapping("/meetings/{id}/call-off")
    String callOff(@PathVariable Long id, @RequestParam MeetingStatus outcome,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        if (outcome != MeetingStatus.POSTPONED && outcome != MeetingStatus.CANCELLED) {
            throw new IllegalArgumentException("A meeting is postponed or cancelled, not " + outcome);
        }
        try {
            PlainText.require("reason", reason);
            meetings.callOff(currentUser.get(), id, outcome, reason);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.callOff.done",
                    new Object[] {messages.getMessage("error.meeting.status." + outcome.name(), null, locale)},
                    locale));
        } catch (ConflictException | InvalidFieldException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}/circulate")
    @Transactional(readOnly = true)
    String confirmCirculation(@PathVariable Long id, Model model) {
        Meeting meeting = shown(meetings.meeting(id), model);
        return "portal/meeting/circulate";
    }

    @PostMapping("/meetings/{id}/circulate")
    String circulate(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> meetings.circulate(currentUser.get(), id), "meetings.circulated", locale, redirect);
    }

    @PostMapping("/meetings/{id}/open")
    String open(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> meetings.open(currentUser.get(), id), "meetings.opened", locale, redirect);
    }

    @PostMapping("/meetings/{id}/close")
    String close(@PathVariable Long id, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> meetings.close(currentUser.get(), id), "meetings.closed", locale, redirect);
    }

    private String step(Long id, Runnable step, String done, Locale locale, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id;
    }

    /** The chair's console: attendance, then each item with the decisions the meeting may take on it. */
    @GetMapping("/meetings/{id}/console")
    @Transactional(readOnly = true)
    String console(@PathVariable Long id, Model model) {
        Meeting meeting = shown(meetings.meeting(id), model);
        EndorseUser user = currentUser.get();
        model.addAttribute("members", members.during(meeting.getStartDate(), meeting.getEndDate()));
        model.addAttribute("entities", entities.all());
        model.addAttribute("parties", parties.all());
        model.addAttribute("meetingDays", meetingDays(meeting));
        Map<String, OpenDecisions> open = decisionsOpen(meeting);
        model.addAttribute("decisionsOpen", open);
        model.addAttribute("slates", slates(meeting, open));
        model.addAttribute("mayDecide", meetings.takesDecisionsFrom(user, meeting));
        model.addAttribute("mayRecordAttendance", meetings.takesAttendanceFrom(user, meeting));
        paperPages.addTo(model, meeting, user);
        return "portal/meeting/console";
    }

    /**
     * The headings with two or more items awaiting the heads of Customs' endorsement, such as the candidates for a
     * seat with several places: the chair may endorse them together, as a slate.
     */
    private static Map<String, List<String>> slates(Meeting meeting, Map<String, OpenDecisions> open) {
        Map<String, List<String>> slates = new HashMap<>();
        for (AgendaItem item : meeting.getAgenda()) {
            OpenDecisions decisions = open.get(item.getProposalReference());
            if (decisions != null && decisions.stage() == ProposalStage.ENDORSEMENT) {
                slates.computeIfAbsent(item.getHeading(), heading -> new ArrayList<>()).add(item.getProposalReference());
            }
        }
        slates.values().removeIf(references -> references.size() < 2);
        return slates;
    }

    /** The chair endorses the checked candidates of a heading together: all of them, or none if one is refused. */
    @PostMapping("/meetings/{id}/slate")
    String endorseSlate(@PathVariable Long id, @RequestParam(name = "references", required = false)
            List<String> references, @RequestParam(required = false) LocalDate decidedOn, Locale locale,
            RedirectAttributes redirect) {
        List<String> chosen = references == null ? List.of() : references;
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.slate.none", null, locale));
            return "redirect:/meetings/" + id + "/console";
        }
        try {
            meetings.decide(currentUser.get(), id, chosen.stream().map(reference -> new MeetingRequests.Decision(
                    reference, MeetingDecision.ENDORSED, null, decidedOn)).toList());
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.slate.endorsed",
                    new Object[] {chosen.size(), String.join(", ", chosen)}, locale));
        } catch (ConflictException | InvalidFieldException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id + "/console";
    }

    /** The days a decision or conclusion may be dated on. */
    private static List<LocalDate> meetingDays(Meeting meeting) {
        return meeting.getStartDate().datesUntil(meeting.getEndDate().plusDays(1)).toList();
    }

    /** The stage the meeting decides next on an item, and the decisions it can take there. */
    record OpenDecisions(ProposalStage stage, List<MeetingDecision> decisions) {
    }

    /** For each item still open, the decisions of the stage the meeting decides next, by proposal reference. */
    private static Map<String, OpenDecisions> decisionsOpen(Meeting meeting) {
        Map<String, OpenDecisions> open = new HashMap<>();
        for (AgendaItem item : meeting.getAgenda()) {
            item.stageToDecide(meeting.getType().stages()).ifPresent(stage ->
                    open.put(item.getProposalReference(), new OpenDecisions(stage, MeetingDecision.of(stage))));
        }
        return open;
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable Long id, @RequestParam(name = "members", required = false) Set<String> present,
            @RequestParam(name = "observers", required = false) Set<String> observers,
            @RequestParam(required = false) String actingChair, Locale locale, RedirectAttributes redirect) {
        try {
            PlainText.require("actingChair", actingChair);
            meetings.recordAttendance(currentUser.get(), id, new MeetingRequests.Attendance(
                    present == null ? Set.of() : present, observers == null ? Set.of() : observers, actingChair));
        } catch (ConflictException | InvalidFieldException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
            return "redirect:/meetings/" + id + "/console";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("meetings.attendance.recorded",
                new Object[] {present == null ? 0 : present.size()}, locale));
        return "redirect:/meetings/" + id + "/console";
    }

    /** One decision of the chair on one item; with htmx, the item is replaced in place. */
    @PostMapping("/meetings/{id}/decisions")
    String decide(@PathVariable Long id, @RequestParam String reference, @RequestParam MeetingDecision decision,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate decidedOn,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        String outcome;
        try {
            PlainText.require("note", note);
            meetings.decide(currentUser.get(), id, List.of(new MeetingRequests.Decision(reference, decision,
                    note == null || note.isBlank() ? null : note.strip(), decidedOn)));
            ProposalStage stage = meetings.meeting(id).item(reference).flatMap(item -> item.stageOf(decision))
                    .orElseThrow();
            outcome = messages.getMessage("meetings.decided", new Object[] {reference,
                    messages.getMessage(decision.textKey(stage), null, locale)}, locale);
        } catch (ConflictException | InvalidFieldException refused) {
            outcome = FormErrors.messageOf(refused, messages, locale);
        }
        if (htmx == null) {
            redirect.addFlashAttribute("notice", outcome);
            return "redirect:/meetings/" + id + "/console#item-" + reference;
        }
        EndorseUser user = currentUser.get();
        Meeting meeting = meetings.meeting(id);
        MeetingView view = meetings.view(user, id);
        model.addAttribute("meeting", view);
        model.addAttribute("item", view.agenda().stream().flatMap(heading -> heading.items().stream())
                .filter(item -> reference.equals(item.reference())).findFirst().orElseThrow());
        model.addAttribute("decisionsOpen", decisionsOpen(meeting));
        model.addAttribute("mayDecide", meetings.takesDecisionsFrom(user, meeting));
        model.addAttribute("meetingDays", meetingDays(meeting));
        model.addAttribute("outcome", outcome);
        paperPages.addTo(model, meeting, user);
        return "portal/meeting/console :: item";
    }

    /**
     * The chair's conclusion on a report, matter or follow-up, with the action items agreed under it: the form's
     * rows of action items without a description are left out.
     */
    @PostMapping("/meetings/{id}/agenda/items/{itemId}/conclusion")
    String conclude(@PathVariable Long id, @PathVariable Long itemId, @RequestParam ItemConclusion conclusion,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate decidedOn,
            @RequestParam(name = "actionDescription", required = false) List<String> descriptions,
            @RequestParam(name = "actionOwner", required = false) List<String> owners,
            @RequestParam(name = "actionDueOn", required = false) List<String> dueDates, Locale locale,
            RedirectAttributes redirect) {
        try {
            PlainText.require("note", note);
            List<MeetingRequests.Action> actions = new ArrayList<>();
            for (int i = 0; descriptions != null && i < descriptions.size(); i++) {
                if (descriptions.get(i) == null || descriptions.get(i).isBlank()) {
                    continue;
                }
                PlainText.require("actionDescription", descriptions.get(i));
                String due = dueDates == null || i >= dueDates.size() ? "" : dueDates.get(i);
                LocalDate dueOn;
                try {
                    dueOn = LocalDate.parse(due.strip());
                } catch (DateTimeParseException notADate) {
                    throw new InvalidFieldException("actions[" + actions.size() + "].dueOn", "error.meeting.notADate",
                            due);
                }
                actions.add(new MeetingRequests.Action(descriptions.get(i).strip(),
                        owners == null || i >= owners.size() ? "" : owners.get(i), dueOn));
            }
            meetings.conclude(currentUser.get(), id, itemId, new MeetingRequests.Conclusion(conclusion,
                    note == null || note.isBlank() ? null : note.strip(), decidedOn, actions));
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.item.concluded", new Object[] {
                    messages.getMessage("meetings.item.conclusion." + conclusion.name(), null, locale)}, locale));
        } catch (ConflictException | InvalidFieldException | NotFoundException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id + "/console#item-" + itemId;
    }

    @GetMapping("/meetings/{id}/close")
    @Transactional(readOnly = true)
    String confirmClose(@PathVariable Long id, Model model) {
        Meeting meeting = shown(meetings.meeting(id), model);
        return "portal/meeting/close";
    }

    @PostMapping("/meetings/{id}/objections")
    String object(@PathVariable Long id, @RequestParam String reference, @RequestParam(required = false) String member,
            @RequestParam(required = false) String reason, Locale locale, RedirectAttributes redirect) {
        try {
            PlainText.require("reason", reason);
            meetings.object(currentUser.get(), id, reference, member, reason);
            redirect.addFlashAttribute("notice", messages.getMessage("meetings.objection.recorded",
                    new Object[] {reference}, locale));
        } catch (InvalidFieldException invalid) {
            // shown next to the item's reason, with what was typed
            redirect.addFlashAttribute("objection", new RefusedObjection(reference, reason,
                    messages.getMessage(invalid, locale)));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", FormErrors.messageOf(refused, messages, locale));
        }
        return "redirect:/meetings/" + id + "#item-" + reference;
    }

    /** An objection the service refused, shown again with its reason as typed and why. */
    record RefusedObjection(String reference, String reason, String error) {
    }

    /** The record of decisions as a page of the portal, with its PDF. */
    @GetMapping("/meetings/{id}/record")
    @Transactional(readOnly = true)
    String record(@PathVariable Long id, Model model) {
        Meeting meeting = shown(meetings.meeting(id), model);
        model.addAttribute("recordBody", records.bodyOf(id));
        return "portal/meeting/record";
    }
}
