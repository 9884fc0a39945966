package org.endorse.terms;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import org.springframework.stereotype.Component;

/**
 * The difference between two versions of a ToR: line by line as a unified diff, and side by side for the
 * portal. Computed once, as the later version is frozen (within the size {@link TermsVersion} allows, in well
 * under a second), then only read.
 */
@Component
class VersionDifference {

    private static final TypeReference<List<TermsText.Row>> ROWS = new TypeReference<>() {
    };

    // Its own: the application's mapper reads requests, within limits a stored difference may go beyond.
    private final ObjectMapper json = new ObjectMapper();
    private final TermsText text;

    VersionDifference(TermsText text) {
        this.text = text;
    }

    TermsDifference between(String reference, Long proposalId, TermsVersion from, TermsVersion to) {
        try {
            return new TermsDifference(proposalId, from.getNumber(), to.getNumber(), unified(reference, from, to),
                    json.writeValueAsString(text.sideBySide(from.getText(), to.getText())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The side-by-side difference could not be written as JSON", e);
        }
    }

    List<TermsText.Row> rows(TermsDifference difference) {
        try {
            return json.readValue(difference.getSideBySide(), ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored side-by-side difference could not be read", e);
        }
    }

    private static String unified(String reference, TermsVersion from, TermsVersion to) {
        List<String> original = from.getText().lines().toList();
        List<String> revised = to.getText().lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(reference + " version " + from.getNumber(),
                reference + " version " + to.getNumber(), original, patch, 3);
        return unified.isEmpty() ? "" : String.join("\n", unified) + "\n";
    }
}
