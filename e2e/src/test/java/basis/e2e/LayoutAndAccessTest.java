package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phone layout, the dark theme, names for every control, and a keyboard-only run of a cell. */
class LayoutAndAccessTest extends BrowserTest {

    @Test
    void everyControlHasANameAndACellRunsByKeyboardAlone() {
        open("lesson.html?id=linear-algebra");
        awaitLessonLoaded();
        awaitEngineReady();
        assertThat(page.locator("section.exercise").first()).isVisible();
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) page.evaluate("() => [...document.querySelectorAll('button, input, [role=textbox], a[href]')]"
                + ".filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || e.labels?.length || e.getAttribute('title')))"
                + ".map(e => e.outerHTML.slice(0, 80))");
        assertEquals(List.of(), unnamed, "controls without an accessible name");

        // Skip link, then Tab to the first cell's editor, type nothing, Shift+Enter runs it.
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip")).isFocused();
        Locator firstEditor = page.locator("article .cell .cm-content").first();
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(firstEditor.evaluate("e => e === document.activeElement")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(firstEditor).isFocused();
        page.keyboard().press("Shift+Enter");
        assertThat(page.locator("article .cell").first().locator(".output pre.display")).hasText("array([1., 2., 3.])");
        assertNoConsoleErrors();
    }

    @Test
    void phoneLayoutAndDarkThemeScreens() {
        Browser browser = HARNESS.harness.browser;
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page p = phone.newPage();
            p.navigate(baseUrl() + "/lesson.html?id=linear-algebra");
            p.waitForSelector("#engine-bar[data-state=ready]");
            p.locator("section.exercise").first().waitFor();
            int overflow = ((Number) p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
            Object wide = p.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                    + "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className)");
            assertTrue(overflow <= 0, "the page scrolls sideways on a phone by " + overflow + " px: " + wide);
            p.screenshot(new Page.ScreenshotOptions().setPath(shot("phone-lesson")));
        }
        try (BrowserContext dark = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK)
                .setViewportSize(1100, 900))) {
            Page p = dark.newPage();
            p.navigate(baseUrl() + "/lesson.html?id=linear-algebra");
            p.waitForSelector("#engine-bar[data-state=ready]");
            String bg = (String) p.evaluate("() => getComputedStyle(document.body).backgroundColor");
            assertEquals("rgb(21, 23, 27)", bg, "the dark theme follows the system");
            Locator cell = p.locator("article .cell").filter(new Locator.FilterOptions().setHasText("theta = np.degrees")).first();
            cell.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Run").setExact(true)).click();
            cell.locator("figure.plot svg.plot").waitFor();
            cell.screenshot(new Locator.ScreenshotOptions().setPath(shot("dark-plot-cell")).setStyle("header.site { visibility: hidden; }"));
            p.screenshot(new Page.ScreenshotOptions().setPath(shot("dark-lesson")));
        }
    }

    private static java.nio.file.Path shot(String name) {
        return Paths.get(System.getProperty("basis.screenshots.dir", "target/screenshots")).resolve("LayoutAndAccessTest-" + name + ".png");
    }
}
