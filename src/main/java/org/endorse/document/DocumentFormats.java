package org.endorse.document;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How pages write a file's size and type, in the reader's language: "1.2 MB", "1,2 Mo", "PDF". */
@Component("documentFormats")
public class DocumentFormats {

    private final MessageSource messages;
    private final DocumentSettings settings;

    DocumentFormats(MessageSource messages, DocumentSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String size(long bytes) {
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return messages.getMessage("document.size.kb", new Object[] {number.format(Math.max(1, bytes / 1024))},
                    locale);
        }
        return messages.getMessage("document.size.mb", new Object[] {number.format(bytes / (1024.0 * 1024))}, locale);
    }

    /** The type as readers know it: PDF, Word, PNG; an unknown one as detected. */
    public String type(String mediaType) {
        return messages.getMessage("document.type." + mediaType, null, mediaType, LocaleContextHolder.getLocale());
    }

    /** The document limit, as the upload form's hint says it. */
    public String limit() {
        return size(settings.maxFileSize().toBytes());
    }
}
