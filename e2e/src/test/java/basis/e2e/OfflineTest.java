package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After one visit the lesson works with the network off (service worker): the page reloads, cells
 * run, Check runs; the attempts fetched while online are still listed (the copy kept in this
 * browser, marked as such) next to a submission made offline, which is queued, shown as queued,
 * and sent once back online, after which the list is the server's again.
 */
class OfflineTest extends BrowserTest {
    static final String NAME = "Offline Olga (e2e)";

    @Test
    void theLessonWorksOfflineAndAQueuedSubmissionIsSentWhenBackOnline() {
        open("lesson.html?id=" + WholePathTest.LESSON);
        awaitLessonLoaded();
        awaitEngineReady();
        Locator panel = page.locator("section.exercise[data-exercise$='" + WholePathTest.EXERCISE + "']");
        Locator submit = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true));

        // Online: one attempt, graded by the server.
        panel.getByLabel("Display name").fill(NAME);
        setCode(panel, WholePathTest.WRONG_MATMUL);
        submit.click();
        assertThat(panel.locator(".server-result .score")).isVisible();
        assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
        String graded = panel.locator(".attempts tbody tr td.num").textContent();

        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("async () => { const c = await caches.open('basis-v2');"
                + " return !!(await c.match('/wasm/engine.wasm')) && !!(await c.match('/api/lessons/" + WholePathTest.LESSON + "'))"
                + " && !!(await c.match('/vendor/katex.js')); }");
        assertEquals(Boolean.FALSE, page.evaluate("async () => { const c = await caches.open('basis-v2');"
                + " return (await c.keys()).some((r) => r.url.includes('/api/submissions') || r.url.includes('/api/session')); }"),
                "per-person answers are not kept by the service worker");

        context.setOffline(true);
        page.reload();
        awaitEngineReady();
        Locator first = page.locator("article .cell").first();
        assertThat(runCell(first).locator("pre.display")).hasText("array([1., 2., 3.])");
        assertThat(page.locator("article .katex").first()).isVisible();

        // Offline: the attempt fetched before is still listed, from the copy kept in this browser.
        assertThat(panel.getByLabel("Display name")).hasValue(NAME);
        assertThat(panel.locator(".attempts .saved-copy")).containsText("The server cannot be reached");
        assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
        assertThat(panel.locator(".attempts tbody tr td.num")).hasText(graded);

        setCode(panel, WholePathTest.RIGHT_MATMUL);
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true)).click();
        assertThat(panel.locator(".browser-result .score")).hasClass(Pattern.compile("\\bfull\\b"));

        submit.click();
        assertThat(panel.locator(".server-result")).containsText("Queued");
        assertThat(panel.locator(".attempts tr.queued")).hasCount(1);
        assertThat(panel.locator(".attempts tr.queued")).containsText("queued — will be sent when the server is reachable");
        assertThat(panel.locator(".attempts tbody tr")).hasCount(2);
        screenshot("queued-offline", panel);

        // Back online: the queued submission is sent and graded; the list is the server's again.
        context.setOffline(false);
        assertThat(panel.locator(".server-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
        assertThat(panel.locator(".attempts tr.queued")).hasCount(0);
        assertThat(panel.locator(".attempts .saved-copy")).hasCount(0);
        assertThat(panel.locator(".attempts tbody tr")).hasCount(2);
        screenshot("sent-when-online", panel);
        assertNoForeignRequests();
    }

    @Test
    void theCoursePageAndPlaygroundAlsoLoadOffline() {
        open("playground.html");
        awaitEngineReady();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");
        page.waitForFunction("async () => !!(await (await caches.open('basis-v2')).match('/wasm/engine.wasm'))");
        context.setOffline(true);
        page.navigate(baseUrl() + "/playground.html");
        awaitEngineReady();
        assertThat(runCell(page.locator(".cell").first()).locator("pre.display")).hasText("array([2, 4, 6])");
        page.navigate(baseUrl() + "/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Linear Algebra", Pattern.CASE_INSENSITIVE))).first()).isVisible();
    }
}
