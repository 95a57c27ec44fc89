package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A lesson's cells behave as a notebook: running a cell first runs the cells above it that this
 * session has not run; Restart forgets the namespace; an error marks its line in the editor.
 */
class NotebookTest extends BrowserTest {

    @Test
    void aLaterCellRunsTheCellsAboveItFirstAndDrawsItsPlot() {
        open("lesson.html?id=linear-algebra");
        awaitLessonLoaded();
        awaitEngineReady();
        Locator cells = page.locator("article .cell");
        Locator angle = cells.filter(new Locator.FilterOptions().setHasText("theta = np.degrees")).first();
        angle.scrollIntoViewIfNeeded();
        angle.locator(".cm-content").click();
        page.keyboard().press("Shift+Enter"); // Shift+Enter runs, as the Run button does
        assertThat(angle.locator(".output figure.plot svg.plot")).isVisible();
        assertThat(angle.locator(".output svg.plot title")).hasText(Pattern.compile("p and q are 45\\.0 degrees apart"));
        // The cells above ran for it, in order, and show their own output.
        assertThat(cells.first().locator(".output pre.display")).hasText("array([1., 2., 3.])");
        screenshot("angle-plot", angle);

        // Restart: the namespace is gone, earlier outputs are marked as such.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restart")).click();
        assertThat(cells.first()).hasClass(Pattern.compile("\\bstale\\b"));
        Locator norm = cells.filter(new Locator.FilterOptions().setHasText("np.linalg.norm(v)")).first();
        Locator output = runCell(norm);
        assertThat(output.locator("pre.stdout")).hasText("5.0\n5.0\n");
        assertThat(cells.first()).not().hasClass(Pattern.compile("\\bstale\\b"));

        // "Run all above" reruns the cells above without running the cell itself.
        Locator last = cells.last();
        last.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run all above")).click();
        assertThat(cells.nth((int) cells.count() - 2).locator(".output")).isVisible();
        assertThat(last.locator(".output")).isHidden();
        assertNoConsoleErrors();
        assertNoForeignRequests();
    }

    @Test
    void anErrorMarksItsLineInTheEditorUntilTheCodeChanges() {
        open("playground.html");
        awaitEngineReady();
        Locator cell = page.locator(".cell").first();
        setCode(cell, "x = 1\ny = x + undefined_name\nprint(y)");
        Locator output = runCell(cell);
        assertThat(output.locator(".error .error-head")).containsText("NameError");
        assertThat(output.locator(".error .error-head")).containsText("line 2");
        Locator marked = cell.locator(".cm-line.cm-error-line");
        assertThat(marked).hasCount(1);
        assertThat(marked).hasText("y = x + undefined_name");
        assertThat(cell.locator(".cm-gutterElement.cm-error-line")).hasText("2");
        screenshot("error-line", cell);
        cell.locator(".cm-content").click();
        page.keyboard().press("End");
        page.keyboard().type(" ");
        assertThat(marked).hasCount(0);
    }
}
