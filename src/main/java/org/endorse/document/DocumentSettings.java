package org.endorse.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * endorse.documents.*: the kinds of document, the languages a document comes in, the types accepted (read from
 * the bytes), the limits, the documents each kind of proposal needs to be submitted, where uploads wait on disk,
 * and the ClamAV daemon that scans them.
 */
@Validated
@ConfigurationProperties("endorse.documents")
public record DocumentSettings(
        @NotEmpty List<String> kinds,
        @NotEmpty List<String> languages,
        @NotEmpty Set<String> acceptedTypes,
        @NotNull DataSize maxFileSize,
        @NotNull DataSize maxProposalTotal,
        Map<String, List<String>> required,
        Path uploadDirectory,
        @NotNull Scanner scanner,
        @NotNull Preview preview) {

    public DocumentSettings {
        required = required == null ? Map.of() : Map.copyOf(required);
    }

    /**
     * clamd, over TCP: without a host no file is scanned, and every page that lists documents says so. The prod
     * profile refuses to start without one unless {@code disabled} says, in so many words, that scanning is off.
     */
    public record Scanner(String host, Integer port, Duration timeout, Duration retryDelay, boolean disabled) {

        public Scanner {
            timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
            retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        }

        public boolean isConfigured() {
            return !disabled && host != null && !host.isBlank() && port != null;
        }
    }

    /** The first page of a PDF, rendered at most so wide and from a file at most so large. */
    public record Preview(int widthPixels, DataSize maxFileSize) {
    }

    /** The document kinds a proposal of this kind (its enum name) must carry, clean, to be submitted. */
    public List<String> requiredFor(String proposalKind) {
        return required.getOrDefault(proposalKind, List.of());
    }
}
