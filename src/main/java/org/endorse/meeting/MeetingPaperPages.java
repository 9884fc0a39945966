package org.endorse.meeting;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.endorse.document.Document;
import org.endorse.document.DocumentOwner;
import org.endorse.document.DocumentRefusals;
import org.endorse.document.DocumentView;
import org.endorse.document.DocumentViews;
import org.endorse.document.Documents;
import org.endorse.document.Upload;
import org.endorse.document.UploadReader;
import org.endorse.portal.PortalController;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.security.Role;
import org.endorse.system.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A meeting's papers in the portal: on its page (its own, and under each agenda item) and on the chair's console,
 * for whoever sees its agenda; the secretariat adds them there until the meeting is over.
 */
@PortalController
class MeetingPaperPages {

    private final MeetingService meetings;
    private final MeetingPapers papers;
    private final Documents documents;
    private final DocumentViews views;
    private final DocumentRefusals refusals;
    private final UploadReader uploads;
    private final CurrentUser currentUser;

    MeetingPaperPages(MeetingService meetings, MeetingPapers papers, Documents documents, DocumentViews views,
            DocumentRefusals refusals, UploadReader uploads, CurrentUser currentUser) {
        this.meetings = meetings;
        this.papers = papers;
        this.documents = documents;
        this.views = views;
        this.refusals = refusals;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    /** The meeting's papers (null where the user may not see them yet) and those of each item, by item id. */
    void addTo(Model model, Meeting meeting, EndorseUser user) {
        boolean shown = meeting.showsAgendaTo(user);
        model.addAttribute("papers", shown ? views.of(documents.of(DocumentOwner.meeting(meeting.getId()))) : null);
        Map<Long, List<DocumentView>> byItem = !shown ? Map.of()
                : documents.ofEach(DocumentOwner.Type.AGENDA_ITEM, meeting.getAgenda().stream()
                        .map(AgendaItem::getId).toList()).entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> views.of(entry.getValue())));
        model.addAttribute("papersByItem", byItem);
        model.addAttribute("papersChangeable", user.has(Role.SECRETARIAT) && !meeting.getStatus().isOver());
        refusals.addChoicesTo(model);
    }

    @PostMapping("/meetings/{id}/documents")
    String add(@PathVariable Long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale)
            throws IOException {
        return add(id, DocumentOwner.meeting(id), "new-paper", request, redirect, locale);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/documents")
    String addToItem(@PathVariable Long id, @PathVariable Long itemId, HttpServletRequest request,
            RedirectAttributes redirect, Locale locale) throws IOException {
        Meeting meeting = meetings.meeting(id);
        meeting.itemById(itemId).orElseThrow(() -> new NotFoundException("error.meeting.noSuchItem", itemId,
                meeting.nameText()));
        return add(id, DocumentOwner.agendaItem(itemId), "item-" + itemId + "-paper", request, redirect, locale);
    }

    private String add(Long id, DocumentOwner owner, String form, HttpServletRequest request,
            RedirectAttributes redirect, Locale locale) throws IOException {
        if (!papers.mayRead(currentUser.get(), id)) {
            throw new NotFoundException("error.document.meetingPapersHidden", id);
        }
        try (Upload upload = uploads.read(request)) {
            Document added = documents.add(currentUser.get(), owner, upload);
            refusals.notice(redirect, "document.added", locale, added.getTitle());
            return "redirect:/meetings/" + id + "#document-" + added.getId();
        } catch (RuntimeException refused) {
            refusals.refused(redirect, refused, locale, form);
            return "redirect:/meetings/" + id + "#" + form + "-error";
        }
    }
}
