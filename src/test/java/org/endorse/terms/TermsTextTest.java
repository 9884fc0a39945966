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

    /** Every reader's browser would fetch an image from elsewhere, telling that host who reads the text and when. */
    @Test
    void imagesComeOnlyFromEndorseAndLinksLeadOnlyToPagesAndMailAddresses() {
        String html = text.html("""
                ![tracker](http://evil.example/pixel.png) ![chart](//evil.example/c.png) ![seal](/img/seal.png)
                [data](data:text/html;base64,PHNjcmlwdD4=) [vb](VBScript:msgbox) [file](file:///etc/passwd)
                [tab](<java	script:alert(1)>) [other host](/\\evil.example) [WCO](https://www.wcoomd.org)
                [mail](mailto:rilo@example.org) [register](/register/terms) [section](#mandate)""");

        assertThat(html).doesNotContain("evil.example", "<img src=\"http", "data:", "VBScript", "file:", "script:")
                .contains("<p>tracker chart <img src=\"/img/seal.png\" alt=\"seal\" />", "data vb file",
                        "tab other host <a rel=\"nofollow\" href=\"https://www.wcoomd.org\">WCO</a>",
                        "<a rel=\"nofollow\" href=\"mailto:rilo@example.org\">mail</a>",
                        "<a rel=\"nofollow\" href=\"/register/terms\">register</a>",
                        "<a rel=\"nofollow\" href=\"#mandate\">section</a>");
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
