package basis.server.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson and prompt Markdown to HTML (CommonMark). A ```python fence becomes
 * {@code <pre><code class="language-python">…</code></pre>}, which the front end turns into a
 * runnable cell. Content is authored by the course's instructors, so raw HTML passes through;
 * link and image URLs are sanitized. Thread-safe.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

    private Markdown() {}

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
