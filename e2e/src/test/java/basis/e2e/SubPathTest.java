package basis.e2e;

import static basis.e2e.InstructorDeskTest.PASSWORD;
import static basis.e2e.InstructorDeskTest.createInstructor;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The real server behind a reverse proxy that serves it under a sub-path ({@link PrefixProxy}, which
 * answers 404 to anything outside it and passes Location headers through untouched): sign-up and
 * sign-in on the account page (reached as {@code /basis/account}, without its slash), a course, a
 * student's official submission from the lesson page, the gradebook, the submission page with a
 * what-if run and a manual score, the CSV export, sign-out, and signing in again from the lesson page
 * after the session ended. No page may ask for anything outside the sub-path.
 */
class SubPathTest extends BrowserTest {
    static final String PREFIX = "/basis/";
    static final String EXERCISE = WholePathTest.EXERCISE;

    @Test
    void theWholeAppWorksBehindAProxyUnderASubPath() throws Exception {
        try (PrefixProxy proxy = new PrefixProxy(PREFIX, baseUrl())) {
            String base = proxy.base();
            String profEmail = "prof-sub-" + System.nanoTime() + "@example.org";
            createInstructor(profEmail);

            // The folder named without its slash: the server's redirect is relative, so it stays under the prefix.
            page.navigate(base + "account");
            assertEquals(base + "account/", page.url());
            page.fill("#signin-form input[name=email]", profEmail);
            page.fill("#signin-form input[name=password]", PASSWORD);
            page.click("#signin-form button");
            assertThat(page.locator("#who")).containsText(profEmail);
            page.fill("#create-form input[name=title]", "Sub-path cohort");
            page.click("#create-form button");
            assertThat(page.locator("#courses .join-code")).hasCount(1);
            String joinCode = page.locator("#courses .join-code").textContent();
            String courseId = page.locator("#courses li").first().getAttribute("data-course");

            BrowserContext studentContext = HARNESS.harness.browser.newContext();
            try {
                Page student = studentContext.newPage();
                student.onConsoleMessage(msg -> {
                    // the submission refused after signing out is logged by Chromium as a failed load
                    if ("error".equals(msg.type()) && !msg.text().contains("status of 40")) consoleErrors.add(msg.text());
                });
                student.onPageError(error -> consoleErrors.add("uncaught: " + error));
                String studentEmail = "ada-sub-" + System.nanoTime() + "@example.org";
                signUpAndJoin(student, base + "account/", "Ada Sub", studentEmail, studentEmail, joinCode,
                        "Sub-path cohort — student");

                // Account page -> course page -> lesson, all under the prefix; an official submission.
                student.locator("#courses li a.lessons-link").first().click();
                student.waitForURL(base + "?course=" + courseId);
                student.locator("ol.lessons h2 a").first().click();
                student.waitForURL(base + "lesson.html?id=" + WholePathTest.LESSON + "&course=" + courseId);
                student.waitForSelector("#engine-bar[data-state=ready]", new Page.WaitForSelectorOptions().setTimeout(ENGINE_TIMEOUT_MS));
                assertThat(student.locator(".submit-target")).containsText("Submitting to course Sub-path cohort as " + studentEmail);
                Locator panel = student.locator("section.exercise[data-exercise$='" + EXERCISE + "']");
                setCode(panel, WholePathTest.RIGHT_MATMUL);
                Locator submit = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true));
                submit.click();
                assertThat(panel.locator(".server-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
                assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
                student.waitForFunction("() => navigator.serviceWorker.controller !== null");
                assertEquals(PREFIX, student.evaluate("async () => new URL((await navigator.serviceWorker.ready).scope).pathname"));

                // The instructor: account page -> gradebook -> submission page, what-if, manual score, CSV.
                page.reload();
                page.locator("#courses li a", new Page.LocatorOptions().setHasText("Gradebook")).click();
                page.waitForURL(base + "instructor/gradebook.html?course=" + courseId);
                Locator row = page.locator("#gradebook tbody tr").first();
                assertThat(row.locator("th")).hasText("Ada Sub");
                String csvHref = page.locator("#csv").getAttribute("href");
                assertTrue(csvHref.startsWith(base + "api/"), csvHref);
                String csv = page.request().get(csvHref).text();
                assertTrue(csv.startsWith("email,name,") && csv.contains(studentEmail), csv);
                row.locator("a").first().click();
                page.waitForURL(Pattern.compile(Pattern.quote(base + "instructor/submission.html?course=" + courseId + "&id=") + "\\d+"));
                assertThat(page.locator("#code")).containsText("def matmul(A, B):");
                page.click("#whatif-run");
                assertThat(page.locator("#whatif-score")).containsText("(not recorded)");
                page.fill("#override input[name=score]", "0.5");
                page.fill("#override textarea[name=comment]", "Seen through the proxy");
                page.click("#override button");
                assertThat(page.locator("#meta")).containsText("manual score 0.5");
                page.locator("#back").click();
                page.waitForURL(base + "instructor/gradebook.html?course=" + courseId);
                page.locator("header.site a", new Page.LocatorOptions().setHasText("Your account")).click();
                page.waitForURL(base + "account/");
                page.click("#signout");
                assertThat(page.locator("#signin-form")).isVisible();

                // The student's session ends; Submit offers to sign in again, which comes back to the lesson.
                @SuppressWarnings("unchecked")
                Map<String, Object> out = (Map<String, Object>) student.evaluate("async (root) => { const api = await import(root + 'account/api.js');"
                        + " return api.api('POST', 'api/signout', {}); }", base);
                assertEquals(200, ((Number) out.get("status")).intValue(), String.valueOf(out));
                submit.click();
                assertThat(panel.locator(".server-result .failure")).containsText("Your session has expired");
                panel.locator(".server-result").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in again")).click();
                student.waitForURL(Pattern.compile(Pattern.quote(base + "account/?next=") + ".*"));
                student.fill("#signin-form input[name=email]", studentEmail);
                student.fill("#signin-form input[name=password]", PASSWORD);
                student.click("#signin-form button");
                student.waitForURL(Pattern.compile(Pattern.quote(base + "lesson.html?id=" + WholePathTest.LESSON + "&course=" + courseId) + ".*"));
                assertThat(panel.locator(".attempts tbody tr .comment")).hasText("Instructor: Seen through the proxy");
            } finally {
                studentContext.close();
            }
            assertEquals(List.of(), proxy.outside(), "requests outside " + PREFIX);
        }
        assertEquals(List.of(), List.copyOf(consoleErrors));
        assertNoForeignRequests();
    }
}
