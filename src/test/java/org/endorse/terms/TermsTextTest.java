package org.endorse.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a drafter types into a ToR is read as text, never as markup of the page that shows it. */
class TermsTextTest {

    private final TermsText text = new TermsText();

    @Test
    void markdownIsRenderedAndRawHtmlIsShownAsTyped() {
        String html = text.html("# Mandate\n\n- meets <b>once</b> a year\n\n<script>alert('x')</script>\n\n"
                + "[minutes](javascript:alert(1))");
        assertThat(html).contains("<h4>Mandate</h4>", "<li>meets &lt;b&gt;once&lt;/b&gt; a year</li>",
                "&lt;script&gt;").doesNotContain("<script>", "<b>", "javascript:", "<h1>");
    }

    @Test
    void twoVersionsSideBySideMarkWhatChangedAndEscapeEveryLine() {
        List<TermsText.Row> rows = text.sideBySide("1. The Group meets once a year.\n2. R&D <b>matters</b>.\n",
                "1. The Group meets twice a year.\n2. R&D <b>matters</b>.\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).change()).isEqualTo("change");
        assertThat(rows.get(0).oldLine()).contains("<del>once</del>");
        assertThat(rows.get(0).newLine()).contains("<ins>twice</ins>");
        assertThat(rows.get(1).change()).isEqualTo("equal");
        assertThat(rows.get(1).newLine()).isEqualTo("2. R&amp;D &lt;b&gt;matters&lt;/b&gt;.");
    }
}
