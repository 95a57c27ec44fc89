package basis.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void pythonFencesBecomeLanguageTaggedCodeBlocks() {
        String html = Markdown.toHtml("Text\n\n```python\nprint(1 < 2)\n```\n");
        assertEquals("<p>Text</p>\n<pre><code class=\"language-python\">print(1 &lt; 2)\n</code></pre>\n", html);
    }

    @Test
    void emphasisAndHeadings() {
        assertEquals("<h1>Title</h1>\n<p><em>a</em> <strong>b</strong></p>\n", Markdown.toHtml("# Title\n\n*a* **b**\n"));
    }

    @Test
    void javascriptLinksAreNeutralised() {
        String html = Markdown.toHtml("[x](javascript:alert(1))");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"\">x</a>"), html);
    }
}
