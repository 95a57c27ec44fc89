package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runaway code never freezes the page: Stop ends it, the step budget ends it on its own, and
 * runaway recursion ends in a RecursionError.
 */
class StopTest extends BrowserTest {

    @Test
    void stopEndsARunawayCellAndThePageStaysResponsive() {
        open("playground.html");
        awaitEngineReady();
        Locator loop = page.locator(".cell").first();
        setCode(loop, "while True:\n    pass");
        loop.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run").setExact(true)).click();

        // The page answers while the worker is busy: add a cell and type into it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a cell")).click();
        Locator next = page.locator(".cell").nth(1);
        next.locator(".cm-content").pressSequentially("6 * 7");
        assertEquals("6 * 7", codeOf(next));

        // Stop, unless the step budget has already ended the loop (allowed: then Stop is disabled).
        Locator stop = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop"));
        stop.click(new Locator.ClickOptions().setForce(true));
        assertThat(loop.locator(".output")).containsText(Pattern.compile("Stopped|TimeoutError"));
        screenshot("stopped");
        assertThat(stop).isDisabled();

        // A fresh engine takes over and runs the next cell.
        awaitEngineReady();
        assertEquals("42", runCell(next).locator("pre.display").textContent());
        assertNoConsoleErrors();
    }

    @Test
    void theStepBudgetEndsARunawayCellOnItsOwn() {
        open("playground.html");
        awaitEngineReady();
        Locator loop = page.locator(".cell").first();
        setCode(loop, "n = 0\nwhile True:\n    n += 1");
        Locator output = runCell(loop);
        assertThat(output.locator(".error .error-head")).containsText("TimeoutError");
        assertThat(output.locator(".error .error-head")).containsText(Pattern.compile("line [23]\\b"));
        assertThat(page.locator("#engine-bar")).hasAttribute("data-state", "ready");
    }

    @Test
    void runawayRecursionEndsInARecursionErrorAndTheEngineRecovers() {
        open("playground.html");
        awaitEngineReady();
        Locator cell = page.locator(".cell").first();
        setCode(cell, "def down(n):\n    return down(n + 1)\n\ndown(0)");
        assertThat(runCell(cell).locator(".error .error-head")).containsText("RecursionError");
        awaitEngineReady();
        setCode(cell, "6 * 7");
        assertEquals("42", runCell(cell).locator("pre.display").textContent());
        assertNoConsoleErrors();
    }
}
