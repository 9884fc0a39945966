package org.endorse.meeting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.endorse.security.CurrentUser;
import org.endorse.system.PageQuery;
import org.endorse.system.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "Contact points meetings, heads of Customs conferences and joint sessions:"
        + " agendas, papers, decisions, records and calendars")
class MeetingController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingService meetings;
    private final RecordOfDecisions records;
    private final MeetingCalendar calendar;
    private final CurrentUser currentUser;

    MeetingController(MeetingService meetings, RecordOfDecisions records, MeetingCalendar calendar,
            CurrentUser currentUser) {
        this.meetings = meetings;
        this.records = records;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    @PostMapping
    @Operation(summary = "Convene a meeting (secretariat); its agenda is assembled from the proposals waiting for it")
    @Transactional
    ResponseEntity<MeetingView> convene(@Valid @RequestBody MeetingRequests.Convene request) {
        Meeting meeting = meetings.convene(currentUser.get(), request);
        MeetingView view = MeetingView.of(meetings.meeting(meeting.getId()), true);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .build(meeting.getId())).body(view);
    }

    @GetMapping
    @Operation(summary = "List the meetings, a page at a time",
            description = "Filter: status (may be repeated). Paging: page (from 1), size (at most 50), sort (start,"
                    + " number or status, with ,asc or ,desc; the latest first by default).")
    @Transactional(readOnly = true) // each view reads the meeting's attendance, loaded lazily
    PageResult<MeetingView> list(@RequestParam(required = false) List<MeetingStatus> status,
            @Valid PageQuery page) {
        return meetings.page(status == null ? List.of() : status, page).map(meeting -> MeetingView.of(meeting, false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a meeting with its agenda (members see the agenda once the papers are circulated)")
    @Transactional(readOnly = true)
    MeetingView read(@PathVariable Long id) {
        return meetings.view(currentUser.get(), id);
    }

    @PutMapping("/{id}/agenda")
    @Operation(summary = "Set the agenda's items and order until the papers are circulated (secretariat)")
    @Transactional
    MeetingView agenda(@PathVariable Long id, @Valid @RequestBody MeetingRequests.Agenda request) {
        return MeetingView.of(meetings.setAgenda(currentUser.get(), id, request.references()), true);
    }

    @PostMapping("/{id}/circulate")
    @Operation(summary = "Circulate the papers to all members (secretariat); the agenda is then fixed")
    @Transactional
    MeetingView circulate(@PathVariable Long id) {
        return MeetingView.of(meetings.circulate(currentUser.get(), id), true);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open the meeting (secretariat or chair)")
    @Transactional
    MeetingView open(@PathVariable Long id) {
        return MeetingView.of(meetings.open(currentUser.get(), id), true);
    }

    @PutMapping("/{id}/attendance")
    @Operation(summary = "Record which member administrations take part, which regional entities observe, and who"
            + " chairs on behalf of the chair (secretariat or chair)")
    @Transactional
    MeetingView attendance(@PathVariable Long id, @Valid @RequestBody MeetingRequests.Attendance request) {
        return MeetingView.of(meetings.recordAttendance(currentUser.get(), id, request), true);
    }

    @PostMapping("/{id}/agenda/items")
    @Operation(summary = "Add a report for information, or a matter for discussion or for the meeting's own decision,"
            + " until the papers are circulated (secretariat)")
    @Transactional
    ResponseEntity<MeetingView> addItem(@PathVariable Long id, @Valid @RequestBody MeetingRequests.Item request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MeetingView.of(meetings.addItem(currentUser.get(), id,
                request), true));
    }

    @DeleteMapping("/{id}/agenda/items/{itemId}")
    @Operation(summary = "Take a report, matter or follow-up off the agenda until the papers are circulated"
            + " (secretariat)")
    @Transactional
    MeetingView removeItem(@PathVariable Long id, @PathVariable Long itemId) {
        return MeetingView.of(meetings.removeItem(currentUser.get(), id, itemId), true);
    }

    @PostMapping("/{id}/agenda/items/{itemId}/conclusion")
    @Operation(summary = "Record the conclusion on a report, matter or follow-up, with the action items agreed under"
            + " it (chair, while open)")
    @Transactional
    MeetingView conclude(@PathVariable Long id, @PathVariable Long itemId,
            @Valid @RequestBody MeetingRequests.Conclusion request) {
        return MeetingView.of(meetings.conclude(currentUser.get(), id, itemId, request), true);
    }

    @PostMapping("/{id}/postpone")
    @Operation(summary = "Postpone a meeting that has decided nothing yet (secretariat): its items go back to"
            + " waiting and everyone invited is told; convene it again on its new dates")
    @Transactional
    MeetingView postpone(@PathVariable Long id, @Valid @RequestBody MeetingRequests.CallOff request) {
        return MeetingView.of(meetings.callOff(currentUser.get(), id, MeetingStatus.POSTPONED, request.reason()),
                true);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a meeting that has decided nothing yet (secretariat): its items go back to waiting"
            + " and everyone invited is told")
    @Transactional
    MeetingView cancel(@PathVariable Long id, @Valid @RequestBody MeetingRequests.CallOff request) {
        return MeetingView.of(meetings.callOff(currentUser.get(), id, MeetingStatus.CANCELLED, request.reason()),
                true);
    }

    @GetMapping("/action-items")
    @Operation(summary = "List the open action items, a page at a time",
            description = "Paging: page (from 1), size (at most 50), sort (due, with ,asc or ,desc; the soonest due"
                    + " first by default).")
    @Transactional(readOnly = true)
    PageResult<MeetingView.ActionItemView> openActionItems(@Valid PageQuery page) {
        return meetings.openActionItems(page).map(MeetingView.ActionItemView::of);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Record decisions on agenda items (chair or alternate, while open); each moves its proposal on")
    @Transactional
    MeetingView decide(@PathVariable Long id, @Valid @RequestBody MeetingRequests.Decisions request) {
        return MeetingView.of(meetings.decide(currentUser.get(), id, request.decisions()), true);
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Object to an item of a written procedure before its deadline (contact point)")
    @Transactional
    MeetingView object(@PathVariable Long id, @Valid @RequestBody MeetingRequests.Objection request) {
        return MeetingView.of(meetings.object(currentUser.get(), id, request.reference(), request.member(),
                request.reason()), true);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the meeting (chair); its record of decisions is published")
    @Transactional
    MeetingView close(@PathVariable Long id) {
        return MeetingView.of(meetings.close(currentUser.get(), id), true);
    }

    @GetMapping(value = "/{id}/record", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The record of decisions as a page, once the meeting is closed")
    String record(@PathVariable Long id) {
        return records.htmlOf(id);
    }

    @GetMapping(value = "/{id}/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The record of decisions as a PDF, once the meeting is closed")
    ResponseEntity<byte[]> recordPdf(@PathVariable Long id) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"record-of-decisions-" + id
                + ".pdf\"").body(records.pdfOf(id));
    }

    @GetMapping(value = "/{id}/calendar.ics")
    @Operation(summary = "The meeting as an iCalendar event")
    @Transactional(readOnly = true)
    ResponseEntity<String> meetingCalendar(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"meeting-" + id + ".ics\"")
                .body(calendar.of(List.of(meetings.meeting(id))));
    }

    @GetMapping(value = "/calendar.ics")
    @Operation(summary = "A calendar feed of every meeting not yet closed")
    @Transactional(readOnly = true)
    ResponseEntity<String> upcomingCalendar() {
        return ResponseEntity.ok().contentType(CALENDAR).body(calendar.of(meetings.upcoming()));
    }
}
