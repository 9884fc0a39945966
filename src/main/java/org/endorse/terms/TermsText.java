package org.endorse.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A ToR's text for reading: its Markdown rendered as HTML, and two versions side by side. What the drafter
 * typed is never markup of the page: raw HTML in the text is escaped, a link leads only to a web page, a mail
 * address or a page of Endorse (any other, such as {@code data:} or {@code javascript:}, is shown as its text), an
 * image is shown only from Endorse itself (one from elsewhere, which every reader's browser would fetch, is shown
 * as its description), and the difference escapes every line before marking what changed.
 */
@Component("termsText")
public class TermsText {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])>");
    private static final int WORD_BY_WORD_LIMIT = 1_000;
    // Splits before and after each line break, keeping it as a part of its own, as the word splitter does.
    private static final Pattern LINE_BREAK = Pattern.compile("(?<=\n)|(?=\n)");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINKED_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().postProcessor(TermsText::onlySafeLinksAndImages).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return isLinkable(url) ? url : "";
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return isOwn(url) ? url : "";
                }
            }).build();
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

    /** Links and images that may not stay are replaced by what they say: their text, their description. */
    private static Node onlySafeLinksAndImages(Node document) {
        List<Node> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!isLinkable(link.getDestination())) {
                    unsafe.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!isOwn(image.getDestination())) {
                    unsafe.add(image);
                }
                visitChildren(image);
            }
        });
        for (Node node : unsafe) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
        return document;
    }

    /** A web page, a mail address, or a page of Endorse. */
    static boolean isLinkable(String url) {
        Matcher scheme = SCHEME.matcher(url);
        return scheme.find() ? LINKED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) && isPlain(url)
                : isOwn(url);
    }

    /**
     * An address on Endorse itself: no scheme, not another host's ({@code //host}, which browsers also read in
     * {@code /\host}), and nothing a browser would drop before reading it (a tab in {@code java\tscript:}).
     */
    static boolean isOwn(String url) {
        return !url.isEmpty() && !SCHEME.matcher(url).find() && isPlain(url) && !url.startsWith("//")
                && !url.startsWith("/\\") && !url.startsWith("\\");
    }

    private static boolean isPlain(String url) {
        return url.codePoints().noneMatch(c -> c <= ' ' || c == 0x7f);
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
