package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After one visit the lesson works with the network off (service worker): the page reloads, cells
 * run, Check runs; a submission made offline is queued, shown as queued, and sent once back online.
 */
class OfflineTest extends BrowserTest {
    static final String NAME = "Offline Olga (e2e)";

    @Test
    void theLessonWorksOfflineAndAQueuedSubmissionIsSentWhenBackOnline() {
        open("lesson.html?id=" + WholePathTest.LESSON);
        awaitLessonLoaded();
        awaitEngineReady();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("async () => { const c = await caches.open('basis-v1');"
                + " return !!(await c.match('/wasm/engine.wasm')) && !!(await c.match('/api/lessons/" + WholePathTest.LESSON + "'))"
                + " && !!(await c.match('/vendor/katex.js')); }");

        context.setOffline(true);
        page.reload();
        awaitEngineReady();
        Locator first = page.locator("article .cell").first();
        assertThat(runCell(first).locator("pre.display")).hasText("array([1., 2., 3.])");
        assertThat(page.locator("article .katex").first()).isVisible();

        Locator panel = page.locator("section.exercise[data-exercise$='" + WholePathTest.EXERCISE + "']");
        setCode(panel, WholePathTest.RIGHT_MATMUL);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true)).click();
        assertThat(panel.locator(".browser-result .score")).hasClass(Pattern.compile("\\bfull\\b"));

        panel.getByLabel("Display name").fill(NAME);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(panel.locator(".server-result")).containsText("Queued");
        assertThat(panel.locator(".attempts tr.queued")).hasCount(1);
        screenshot("queued-offline", panel);

        // Back online: the queued submission is sent and graded; the queued row gives way to it.
        context.setOffline(false);
        assertThat(panel.locator(".server-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
        assertThat(panel.locator(".attempts tr.queued")).hasCount(0);
        assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
        screenshot("sent-when-online", panel);
        assertNoForeignRequests();
    }

    @Test
    void theCoursePageAndPlaygroundAlsoLoadOffline() {
        open("playground.html");
        awaitEngineReady();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("async () => !!(await (await caches.open('basis-v1')).match('/wasm/engine.wasm'))");
        context.setOffline(true);
        page.navigate(baseUrl() + "/playground.html");
        awaitEngineReady();
        assertThat(runCell(page.locator(".cell").first()).locator("pre.display")).hasText("array([2, 4, 6])");
        page.navigate(baseUrl() + "/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Linear Algebra", Pattern.CASE_INSENSITIVE))).first()).isVisible();
    }
}
