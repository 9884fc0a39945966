package org.endorse.document;

import java.util.Locale;

import org.endorse.system.ConflictException;
import org.endorse.system.EndorseException;
import org.endorse.system.InvalidFieldException;
import org.endorse.system.TooLargeException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the portal's document forms tell their user once back on the page: a notice when done, or, beside the form
 * that was sent, what was refused and how to put it right (a file of the wrong type, too large, a document whose
 * proposal moved on). Whatever else goes wrong is the portal's error page, as for any other page.
 */
@Component
public class DocumentRefusals {

    private final MessageSource messages;
    private final Documents documents;

    DocumentRefusals(MessageSource messages, Documents documents) {
        this.messages = messages;
        this.documents = documents;
    }

    public void notice(RedirectAttributes redirect, String code, Locale locale, Object... arguments) {
        redirect.addFlashAttribute("notice", messages.getMessage(code, arguments, locale));
    }

    /** The refusal, for the form identified by {@code form} (a document's id, or the form that adds one). */
    public void refused(RedirectAttributes redirect, RuntimeException refused, Locale locale, Object form) {
        if (!(refused instanceof InvalidFieldException) && !(refused instanceof ConflictException)
                && !(refused instanceof TooLargeException)) {
            throw refused;
        }
        redirect.addFlashAttribute("documentRefusal", messages.getMessage((EndorseException) refused, locale));
        redirect.addFlashAttribute("documentRefused", form);
    }

    /** What every page that lists documents needs besides them: the kinds, the languages, whether files are scanned. */
    public void addChoicesTo(Model model) {
        model.addAttribute("documentKinds", documents.kinds());
        model.addAttribute("documentLanguages", documents.languages());
        model.addAttribute("documentsScanned", documents.scansFiles());
    }
}
