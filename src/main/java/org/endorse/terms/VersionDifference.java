package org.endorse.terms;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** The line-by-line difference between two versions of a ToR, as a unified diff. */
final class VersionDifference {

    private VersionDifference() {
    }

    static String between(String reference, TermsVersion from, TermsVersion to) {
        List<String> original = from.getText().lines().toList();
        List<String> revised = to.getText().lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(reference + " version " + from.getNumber(),
                reference + " version " + to.getNumber(), original, patch, 3);
        return unified.isEmpty() ? "" : String.join("\n", unified) + "\n";
    }
}
