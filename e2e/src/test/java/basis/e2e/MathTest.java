package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson's math is typeset by the bundled KaTeX, with underscores and backslashes intact. */
class MathTest extends BrowserTest {

    @Test
    void lessonMathIsTypesetWithItsSubscriptsIntact() {
        open("lesson.html?id=linear-algebra");
        Locator article = page.locator("article#lesson");
        assertThat(article).not().hasAttribute("aria-busy", "true");
        assertThat(article.locator(".katex").first()).isVisible();
        assertThat(article.locator(".katex-display").first()).isVisible();

        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) article.locator("annotation[encoding='application/x-tex']")
                .evaluateAll("as => as.map(a => a.textContent)");
        assertTrue(sources.contains("(AB)_{ij} = \\sum_k A_{ik} B_{kj}"), "inline math keeps its underscores: " + sources);
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("a \\cdot b = \\sum_{i=1}^{n} a_i b_i")), "display math: " + sources);
        assertEquals(0, article.locator(".math em, .math code").count(), "Markdown emphasis or code inside math");
        assertEquals(0, article.locator(".katex-error").count(), "formulas KaTeX could not parse");
        // KaTeX's fonts came from the server, not a CDN.
        page.evaluate("document.fonts.ready");
        screenshot("lesson-math", article.locator("p:has(.katex)").first());
        assertNoConsoleErrors();
        assertNoForeignRequests();
    }
}
