package org.endorse.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.endorse.document.Document;
import org.endorse.document.DocumentOwner;
import org.endorse.document.Documents;
import org.endorse.document.Symbols;

import org.endorse.member.MemberDirectory;
import org.endorse.member.RegionalEntities;
import org.endorse.member.RegionalEntity;
import org.endorse.member.RegionalParties;
import org.endorse.proposal.ProposalStage;
import org.endorse.security.UserDirectory;
import org.endorse.system.NotFoundException;
import org.endorse.system.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The record of decisions of a meeting ("The Conference endorsed ..."), written when the meeting closes as
 * an XHTML page, kept unchanged afterwards, and downloaded as that page or as a PDF of it.
 */
@Component
class RecordOfDecisions {

    private static final Logger log = LoggerFactory.getLogger(RecordOfDecisions.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MeetingRepository meetings;
    private final MeetingRecordRepository records;
    private final MemberDirectory members;
    private final UserDirectory users;
    private final RegionalParties parties;
    private final RegionalEntities entities;
    private final ActionItems actionItems;
    private final Documents documents;
    private final Clock clock;

    RecordOfDecisions(MeetingRepository meetings, MeetingRecordRepository records, MemberDirectory members,
            UserDirectory users, RegionalParties parties, RegionalEntities entities, ActionItems actionItems,
            Documents documents, Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.users = users;
        this.records = records;
        this.members = members;
        this.parties = parties;
        this.entities = entities;
        this.actionItems = actionItems;
        this.clock = clock;
    }

    static final String RECORD_KIND = "RECORD_OF_DECISIONS";

    /** service_publish_record: generated once; a record that exists is never written again. */
    @Transactional
    public void publish(Long meetingId) {
        if (records.existsById(meetingId)) {
            return;
        }
        Meeting meeting = meetings.withAgenda(meetingId);
        String html = html(meeting);
        records.save(new MeetingRecord(meetingId, html, clock.instant()));
        byte[] pdf;
        try {
            pdf = pdf(html);
        } catch (RuntimeException unrenderable) {
            // The meeting closes all the same: its decisions are taken, and a record that failed the closing
            // would keep its undecided items waiting and carry them, and the fault, to the next meeting.
            log.error("Record of decisions of the {} published as a page (GET /api/meetings/{}/record), but it"
                    + " cannot be rendered as PDF, so its download answers an error; report this fault with the"
                    + " error below", meeting.name(), meetingId, unrenderable);
            return;
        }
        // Kept as one of the meeting's documents, with its SHA-256: the record as closed, to be checked later.
        documents.addGenerated(DocumentOwner.meeting(meetingId), "Record of decisions: " + meeting.name(),
                RECORD_KIND, "en", "record-of-decisions-" + meetingId + ".pdf", pdf);
        log.info("Record of decisions of the {} published", meeting.name());
    }

    @Transactional(readOnly = true)
    public String htmlOf(Long meetingId) {
        return record(meetingId).getHtml();
    }

    /** The record's content without its page around it, to be shown inside a page of the portal. */
    @Transactional(readOnly = true)
    public String bodyOf(Long meetingId) {
        String html = htmlOf(meetingId);
        return html.substring(html.indexOf("<body>") + "<body>".length(), html.lastIndexOf("</body>"));
    }

    @Transactional(readOnly = true)
    public byte[] pdfOf(Long meetingId) {
        return pdf(record(meetingId).getHtml());
    }

    private MeetingRecord record(Long meetingId) {
        Meeting meeting = meetings.withAgenda(meetingId);
        return records.findById(meetingId).orElseThrow(() -> new NotFoundException("error.meeting.noRecord",
                meeting.nameText()));
    }

    String html(Meeting meeting) {
        String body = meeting.getType().body();
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
                <head><meta charset="UTF-8" /><title>Record of decisions</title>
                <style>
                  body { font-family: sans-serif; font-size: 11pt; margin: 2em; }
                  h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; }
                  .meta { color: #444; } li { margin-bottom: 0.4em; } .note { color: #555; font-style: italic; }
                </style></head>
                <body>
                """);
        html.append("<h1>Record of decisions</h1>\n");
        html.append("<p><strong>").append(escape(meeting.name())).append("</strong>")
                .append(meeting.getTitle().equals(meeting.name()) ? "" : "<br />" + escape(meeting.getTitle()))
                .append("</p>\n");
        html.append("<p class=\"meta\">").append(escape(dates(meeting))).append(" &#183; ")
                .append(escape(mode(meeting))).append(" &#183; hosted by ")
                .append(escape(members.nameOf(meeting.getHostMember()))).append("<br />").append(escape(chairedBy(meeting)))
                .append("</p>\n");

        html.append("<h2>Attendance</h2>\n");
        if (meeting.getAttendance().isEmpty()) {
            html.append("<p>No attendance was recorded.</p>\n");
        } else {
            html.append("<p>").append(escape(meeting.getAttendance().stream().map(members::nameOf).sorted()
                    .collect(Collectors.joining(", ")))).append(" (").append(meeting.getAttendance().size())
                    .append(" member administrations)</p>\n");
        }
        if (!meeting.getObservers().isEmpty()) {
            // in the order the region lists its entities: the WCO Secretariat first
            html.append("<p>Observers: ").append(escape(entities.all().stream()
                    .filter(entity -> meeting.getObservers().contains(entity.code())).map(RegionalEntity::name)
                    .collect(Collectors.joining(", ")))).append("</p>\n");
        }

        html.append("<h2>Decisions</h2>\n");
        if (meeting.getAgenda().isEmpty()) {
            html.append("<p>").append(escape(body)).append(" had nothing on its agenda.</p>\n");
        }
        List<ActionItem> agreed = actionItems.agreedAt(meeting);
        Map<Long, List<Document>> papers = documents.ofEach(DocumentOwner.Type.AGENDA_ITEM,
                meeting.getAgenda().stream().map(AgendaItem::getId).toList());
        // Each decision's day is said where the meeting took decisions on more than one of its days.
        boolean severalDays = meeting.getAgenda().stream().map(AgendaItem::getDecidedOn).filter(Objects::nonNull)
                .distinct().count() > 1;
        int number = 0;
        for (List<AgendaItem> group : meeting.agendaByHeading()) {
            html.append("<h3>").append(++number).append(". ").append(escape(group.get(0).getHeading())).append("</h3>\n<ul>\n");
            for (AgendaItem item : group) {
                String sentence = item.isProposal() ? sentence(body, item) : conclusion(body, item);
                if (severalDays && item.getDecidedOn() != null) {
                    // "... endorsed it (7 April 2021)." on the day of a meeting of several days it was taken
                    sentence = sentence.substring(0, sentence.length() - 1) + " (" + DAY.format(item.getDecidedOn())
                            + ").";
                }
                html.append("<li>").append(escape(sentence));
                for (String note : new String[] {item.getChairNote(), item.getNote()}) {
                    if (note != null) {
                        html.append(" <span class=\"note\">").append(escape(note)).append("</span>");
                    }
                }
                List<String> considered = papers.getOrDefault(item.getId(), List.of()).stream()
                        .filter(paper -> !paper.isWithdrawn() && paper.getSymbol().isPresent())
                        .map(paper -> Symbols.withRevision(paper.getSymbol().get(), paper.currentRevision())).toList();
                if (!considered.isEmpty()) {
                    html.append(" <span class=\"papers\">Papers: ").append(escape(String.join(", ", considered)))
                            .append("</span>");
                }
                List<ActionItem> under = agreed.stream().filter(action -> action.getAgreedUnder().getId()
                        .equals(item.getId())).toList();
                if (!under.isEmpty()) {
                    html.append("<ul>\n");
                    under.forEach(action -> html.append("<li>Action item: ").append(escape(action(action)))
                            .append("</li>\n"));
                    html.append("</ul>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!agreed.isEmpty()) {
            html.append("<h2>Action items</h2>\n<ol>\n");
            agreed.forEach(action -> html.append("<li>").append(escape(action(action))).append("</li>\n"));
            html.append("</ol>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private String sentence(String body, AgendaItem item) {
        String proposal = item.getTitle() + " (" + item.getProposalReference() + ", submitted by "
                + members.nameOf(item.getSubmittingMember()) + ")";
        List<String> verbs = Stream.of(ProposalStage.REVIEW, ProposalStage.ENDORSEMENT)
                .filter(stage -> item.decisionAt(stage) != null).map(stage -> item.decisionAt(stage).verb(stage))
                .toList();
        if (!verbs.isEmpty()) {
            return body + " " + verbs.get(0) + " " + proposal + (verbs.size() > 1 ? " and " + verbs.get(1) + " it" : "")
                    + ".";
        }
        return switch (item.getState()) {
            case WITHDRAWN -> proposal + " was withdrawn before a decision.";
            case CLOSED -> proposal + " was closed before a decision.";
            default -> proposal + " was not taken up.";
        };
    }

    /** "Chaired by Mr. R. Syarif Hidayat on behalf of Regional Vice-Chair (chair)" where someone acted for the chair. */
    private String chairedBy(Meeting meeting) {
        String chair = users.displayName(meeting.getChair()) + (meeting.getAlternateChair() == null ? ""
                : ", alternate " + users.displayName(meeting.getAlternateChair()));
        return meeting.getActingChair() == null ? "Chaired by " + chair
                : "Chaired by " + meeting.getActingChair() + " on behalf of " + chair;
    }

    /** "The Conference took note of the Activity report of ROCB A/P, presented by ROCB A/P." */
    private String conclusion(String body, AgendaItem item) {
        String presented = item.getPresenter() == null ? "" : (item.getKind() == AgendaItemKind.FOLLOW_UP
                ? " (" + parties.nameOf(item.getPresenter()) + ", due " + DAY.format(item.getFollowsUp().getDueOn())
                        + ", agreed at the " + item.getFollowsUp().getMeeting().name() + ")"
                : ", presented by " + parties.nameOf(item.getPresenter()));
        String title = item.getKind() == AgendaItemKind.FOLLOW_UP ? "\u201c" + item.getTitle() + "\u201d"
                : item.getTitle();
        if (item.getConclusion() != null) {
            return body + " " + item.getConclusion().verb() + " " + title + presented + ".";
        }
        return title + presented + " was not taken up.";
    }

    /** "Working group on the RILO A/P transition: Office of the Regional Vice-Chair, by 30 June 2022" */
    private String action(ActionItem action) {
        return action.getDescription() + ": " + parties.nameOf(action.getOwner()) + ", by "
                + DAY.format(action.getDueOn());
    }

    private static String dates(Meeting meeting) {
        return meeting.getStartDate().equals(meeting.getEndDate()) ? DAY.format(meeting.getStartDate())
                : DAY.format(meeting.getStartDate()) + " to " + DAY.format(meeting.getEndDate());
    }

    private static String mode(Meeting meeting) {
        return switch (meeting.getMode()) {
            case IN_PERSON -> meeting.getVenue() == null ? "in person" : "in person, " + meeting.getVenue();
            case HYBRID -> meeting.getVenue() == null ? "in person and online" : "in person, " + meeting.getVenue()
                    + ", and online";
            case VIRTUAL -> "held virtually";
            case WRITTEN_PROCEDURE -> "by written procedure";
        };
    }

    /** What users typed, escaped, and printable even if stored before forbidden characters were refused. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(PlainText.printable(text), "UTF-8");
    }

    private static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The record of decisions could not be rendered as PDF", e);
        }
    }
}
