package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The code editor (CodeMirror) works by keyboard: indenting keys, running with Shift+Enter, no Tab trap. */
class EditorKeysTest extends BrowserTest {

    @Test
    void tabEnterAndShiftEnterBehaveLikeACodeEditor() {
        open("playground.html");
        Locator cell = page.locator(".cell").first();
        Locator code = cell.locator(".cm-content");
        setCode(cell, "");
        code.focus();
        page.keyboard().type("def f(x):");
        page.keyboard().press("Enter");
        page.keyboard().type("return x");
        assertEquals("def f(x):\n    return x", codeOf(cell), "Enter indents after a colon");

        page.keyboard().press("Enter");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Shift+Tab");
        page.keyboard().type("f(2)");
        assertEquals("def f(x):\n    return x\nf(2)", codeOf(cell), "Tab indents, Shift+Tab dedents");
        assertThat(cell.locator(".cm-line")).hasCount(3);
        assertThat(cell.locator(".tok-keyword, .cm-content span[class]").first()).isVisible(); // highlighted

        // Shift+Enter runs the cell (whatever the engine answers, the output appears) and adds no line.
        page.keyboard().press("Shift+Enter");
        assertThat(cell.locator(".output")).isVisible();
        assertEquals("def f(x):\n    return x\nf(2)", codeOf(cell));

        // Escape, then Tab, leaves the editor for the Run button.
        code.focus();
        page.keyboard().press("Escape");
        page.keyboard().press("Tab");
        assertThat(cell.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Run").setExact(true))).isFocused();
        assertNoConsoleErrors();
    }
}
