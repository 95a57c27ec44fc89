package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.util.Json;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A student's whole path through the first lesson: run its first printing cell and see exactly what
 * CPython + NumPy print, check a wrong and a right matmul in the browser, submit, see the server
 * agree, reload and find the submission. Along the way the page must log no console error and
 * fetch nothing from any host but the server.
 */
class WholePathTest extends BrowserTest {
    static final String LESSON = "linear-algebra";
    static final String EXERCISE = "matmul";
    static final String NAME = "Ada (e2e)";

    /** Element-wise, not matrix, product: right shape for square inputs, wrong values. */
    static final String WRONG_MATMUL = """
            def matmul(A, B):
                return [[a * b for a, b in zip(row_a, row_b)] for row_a, row_b in zip(A, B)]
            """;

    static final String RIGHT_MATMUL = """
            def matmul(A, B):
                n = len(B)
                for row in A:
                    if len(row) != n:
                        raise ValueError("inner dimensions differ: " + str(len(row)) + " != " + str(n))
                m = len(B[0]) if n > 0 else 0
                C = []
                for row in A:
                    out = []
                    for j in range(m):
                        total = 0
                        for k in range(n):
                            total += row[k] * B[k][j]
                        out.append(total)
                    C.append(out)
                return C
            """;

    @Test
    void readRunCheckSubmitAndFindTheSubmissionAfterAReload() throws Exception {
        open("lesson.html?id=" + LESSON);
        awaitLessonLoaded();
        awaitEngineReady();
        screenshot("1-lesson");

        Locator printingCell = runTheLessonUpToItsFirstPrintingCell();
        screenshot("2-first-output", printingCell);

        Locator panel = page.locator("section.exercise[data-exercise$='" + EXERCISE + "']");
        Locator browserResult = panel.locator(".browser-result");
        Locator check = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true));

        setCode(panel, WRONG_MATMUL);
        check.click();
        assertThat(browserResult.locator(".score")).isVisible();
        assertThat(browserResult.locator("ul.tests li.fail").first()).isVisible();
        assertThat(browserResult.locator(".score")).not().hasClass(Pattern.compile("\\bfull\\b"));
        screenshot("3-wrong-checked", panel);

        setCode(panel, RIGHT_MATMUL);
        check.click();
        assertThat(browserResult.locator(".score")).hasClass(Pattern.compile("\\bfull\\b"));
        assertEquals(0, browserResult.locator("ul.tests li.fail").count(), "failed public tests");
        assertTrue(browserResult.locator("ul.tests li.pass").count() > 0, "no public test ran");
        String browserScore = browserResult.locator(".score-value").textContent();
        screenshot("4-right-checked", panel);

        panel.getByLabel("Display name").fill(NAME);
        Response posted = page.waitForResponse(r -> r.url().endsWith("/api/submissions") && "POST".equals(r.request().method()),
                () -> panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click());
        assertEquals(201, posted.status(), posted.text());
        String submissionId = String.valueOf(((Map<?, ?>) Json.parse(posted.text())).get("id"));
        Locator serverResult = panel.locator(".server-result");
        assertThat(serverResult.locator(".score")).hasClass(Pattern.compile("\\bfull\\b"));
        assertThat(panel.locator(".agreement")).hasClass(Pattern.compile("\\bagree\\b"));
        if (serverResult.locator("ul.tests li", new Locator.LocatorOptions().setHasText("(hidden test)")).count() == 0) {
            assertEquals(browserScore, serverResult.locator(".score-value").textContent(), "server score vs browser score");
        }
        screenshot("5-submitted", panel);

        page.reload();
        awaitEngineReady();
        Locator row = panel.locator(".attempts tr[data-submission='" + submissionId + "']");
        assertThat(row).isVisible();
        assertThat(row).containsText(browserScore.split(" / ")[1]);
        assertEquals(RIGHT_MATMUL, codeOf(panel), "the editor restores the code typed before the reload");
        screenshot("6-reloaded", panel);
        screenshot("7-whole-page");

        assertNoConsoleErrors();
        assertNoForeignRequests();
    }

    /**
     * Runs the lesson's cells in order until one prints something, and requires each cell's output to
     * be exactly what CPython + NumPy print for the same cells (run in one namespace by python3).
     */
    private Locator runTheLessonUpToItsFirstPrintingCell() throws Exception {
        Locator cells = page.locator("article .cell");
        assertTrue(cells.count() > 0, "the lesson has no runnable cells");
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < cells.count(); i++) sources.add(codeOf(cells.nth(i)));
        List<PythonReference.CellOutput> expected = PythonReference.runCells(sources);

        int first = -1;
        for (int i = 0; i < expected.size() && first < 0; i++) {
            PythonReference.CellOutput out = expected.get(i);
            assertEquals(null, out.error(), "python3 fails on cell " + (i + 1) + ":\n" + sources.get(i));
            if (!out.stdout().isEmpty() || out.display() != null) first = i;
        }
        assertTrue(first >= 0, "no cell of the lesson prints anything");
        for (int i = 0; i <= first; i++) {
            Locator output = runCell(cells.nth(i));
            String where = "cell " + (i + 1) + ":\n" + sources.get(i);
            assertEquals(0, output.locator(".error").count(), () -> where + "\n-> " + output.innerText());
            assertEquals(expected.get(i).stdout(), textOf(output.locator("pre.stdout")), "stdout of " + where);
            assertEquals(expected.get(i).display(), textOrNull(output.locator("pre.display")), "value of " + where);
        }
        assertNotNull(textOrNull(cells.nth(first).locator(".output pre")));
        return cells.nth(first);
    }

    private static String textOf(Locator pre) {
        return pre.count() == 0 ? "" : pre.textContent();
    }

    private static String textOrNull(Locator pre) {
        return pre.count() == 0 ? null : pre.first().textContent();
    }
}
