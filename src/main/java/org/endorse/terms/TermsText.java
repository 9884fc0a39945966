package org.endorse.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A ToR's text for reading: its Markdown rendered as HTML, and two versions side by side. What the drafter
 * typed is never markup of the page: raw HTML in the text is escaped, links are sanitised, and the difference
 * escapes every line before marking what changed.
 */
@Component("termsText")
public class TermsText {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])>");
    private static final int WORD_BY_WORD_LIMIT = 1_000;
    // Splits before and after each line break, keeping it as a part of its own, as the word splitter does.
    private static final Pattern LINE_BREAK = Pattern.compile("(?<=\n)|(?=\n)");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final DiffRowGenerator sideBySide = DiffRowGenerator.create().showInlineDiffs(true)
            .inlineDiffBySplitter(TermsText::wordsOrLines).mergeOriginalRevised(false)
            .lineNormalizer(line -> HtmlUtils.htmlEscape(line.replace("\t", "    ")))
            .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>").build();

    /**
     * The text as HTML, safe to put in a page as it is. Its headings are set three levels down, below the
     * headings of the page that shows it (a ToR's # Title is a fourth-level heading there).
     */
    public String html(String markdown) {
        return markdown == null ? "" : HEADING.matcher(renderer.render(parser.parse(markdown)))
                .replaceAll(tag -> "<" + tag.group(1) + "h" + Math.min(Integer.parseInt(tag.group(2)) + 3, 6) + ">");
    }

    /** One row of two versions side by side: what changed, the old line and the new line, both escaped HTML. */
    public record Row(String change, String oldLine, String newLine) {
    }

    /**
     * What a changed passage is compared by: its words, or its lines when it is longer than a paragraph,
     * since comparing word by word takes time that grows with the square of the words.
     */
    private static List<String> wordsOrLines(String passage) {
        return passage.length() <= WORD_BY_WORD_LIMIT ? DiffRowGenerator.SPLITTER_BY_WORD.apply(passage)
                : new ArrayList<>(Arrays.asList(LINE_BREAK.split(passage))); // the generator adds its tags to it
    }

    List<Row> sideBySide(String from, String to) {
        return sideBySide.generateDiffRows(from.lines().toList(), to.lines().toList()).stream()
                .map(row -> new Row(row.getTag() == DiffRow.Tag.EQUAL ? "equal" : row.getTag().name().toLowerCase(),
                        row.getOldLine(), row.getNewLine())).toList();
    }
}
