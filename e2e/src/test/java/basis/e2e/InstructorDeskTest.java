package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.Main;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The instructor's desk in Chromium: an instructor made with `basis admin create-instructor` signs in
 * on the account page and creates a course; a student signs up, joins with the code and submits (code
 * with an HTML payload, after the deadline); the gradebook shows the late flag and links to the
 * submission page, whose code is shown escaped; a what-if run records nothing; a manual score with a
 * comment reaches the student; the CSV export lists the student.
 */
class InstructorDeskTest extends BrowserTest {
    static final String PASSWORD = "a long enough password";
    static final String EXERCISE = "dot-projection";
    static final String CODE = """
            # <script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2">
            import math

            def dot(a, b):
                return sum(x * y for x, y in zip(a, b))

            def geometric_dot(a, b):
                return 0.0
            """;

    /** An instructor account, made as `basis admin create-instructor` makes one. */
    static void createInstructor(String email) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute("admin", "create-instructor", email, "--name", "Prof", "--data",
                        HARNESS.harness.dataDir.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }

    /** The page's own fetch wrapper (CSRF header included); returns {status, ok, body}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> call(Page p, String method, String path, Object body) {
        return (Map<String, Object>) p.evaluate("async ([m, path, body]) => { const api = await import('/account/api.js');"
                + " return api.api(m, path, body === null ? undefined : body); }", java.util.Arrays.asList(method, path, body));
    }

    @Test
    void gradebookSubmissionWhatIfOverrideAndCsv() {
        String profEmail = "prof-" + System.nanoTime() + "@example.org";
        createInstructor(profEmail);

        open("account/");
        page.fill("#signin-form input[name=email]", profEmail);
        page.fill("#signin-form input[name=password]", PASSWORD);
        page.click("#signin-form button");
        assertThat(page.locator("#who")).containsText(profEmail);
        page.fill("#create-form input[name=title]", "Spring cohort");
        page.click("#create-form button");
        assertThat(page.locator("#courses .join-code")).hasCount(1);
        String joinCode = page.locator("#courses .join-code").textContent();
        String courseId = page.locator("#courses li").first().getAttribute("data-course");
        Map<String, Object> due = call(page, "PUT", "/api/courses/" + courseId + "/exercises/" + EXERCISE,
                Map.of("due_at", "2020-01-01T00:00:00Z"));
        assertEquals(200, ((Number) due.get("status")).intValue(), String.valueOf(due));

        BrowserContext studentContext = HARNESS.harness.browser.newContext();
        Page student = studentContext.newPage();
        signUpAndJoin(student, baseUrl() + "/account/", "Ada <b>Lovelace</b>", "ada-" + System.nanoTime() + "@example.org",
                "Ada <b>Lovelace</b>", joinCode, "Spring cohort — student");
        Map<String, Object> sub = call(student, "POST", "/api/courses/" + courseId + "/submissions",
                Map.of("exercise", EXERCISE, "code", CODE));
        assertEquals(201, ((Number) sub.get("status")).intValue(), String.valueOf(sub));
        @SuppressWarnings("unchecked")
        long submissionId = ((Number) ((Map<String, Object>) sub.get("body")).get("id")).longValue();

        open("instructor/gradebook.html?course=" + courseId);
        var row = page.locator("#gradebook tbody tr").first();
        assertThat(row.locator("th")).hasText("Ada <b>Lovelace</b>");
        assertThat(row.locator(".late")).hasText("late");
        assertThat(page.locator(".chart[data-exercise=" + EXERCISE + "] rect.bar")).hasCount(5);
        assertThat(page.locator(".chart[data-exercise=" + EXERCISE + "] .most-failed li").first()).containsText("failed in 1 of 1");
        screenshot("gradebook");

        row.locator("a").first().click();
        page.waitForURL("**/submission.html?course=" + courseId + "&id=" + submissionId);
        assertThat(page.locator("#code")).containsText("<script>window.pwned = 1</script>");
        assertEquals(0, page.locator("#code script, #code img").count(), "the code is text, not markup");
        assertThat(page.locator("#code .kw").first()).hasText("import");
        assertTrue(page.locator("#tests li.fail").count() >= 1);
        assertEquals(null, page.evaluate("window.pwned ?? null"));

        String solution = CODE.replace("return 0.0", "return math.hypot(*a) * math.hypot(*b) * math.cos("
                + "math.atan2(b[1], b[0]) - math.atan2(a[1], a[0]))");
        page.fill("#whatif-code", solution);
        page.click("#whatif-run");
        assertThat(page.locator("#whatif-score")).containsText("(not recorded)");
        assertEquals(0, page.locator("#whatif-tests li.fail").count(), "the fixed code passes every test");
        Map<String, Object> list = call(page, "GET", "/api/courses/" + courseId + "/submissions", null);
        assertEquals(1, ((List<?>) list.get("body")).size(), "what-if stored nothing");

        page.fill("#override input[name=score]", "0.5");
        page.fill("#override textarea[name=comment]", "Close: see <the> hint on atan2");
        page.click("#override button");
        assertThat(page.locator("#meta")).containsText("manual score 0.5");
        screenshot("submission");

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) call(student, "GET",
                "/api/courses/" + courseId + "/submissions/" + submissionId, null).get("body");
        assertEquals("Close: see <the> hint on atan2", seen.get("override_comment"));
        assertEquals(0.5, ((Number) seen.get("effective_score")).doubleValue());

        open("instructor/gradebook.html?course=" + courseId);
        assertThat(page.locator("#gradebook tbody tr").first().locator("td").first()).containsText("0.5/");
        page.selectOption("#regrade-exercise", EXERCISE);
        page.click("#regrade button[type=submit]");
        assertThat(page.locator("#regrade-summary")).hasText("1 graded submission(s) of " + EXERCISE
                + " checked: no score would change.");
        assertTrue(page.locator("#regrade-apply").isDisabled());
        String csv = page.request().get(page.locator("#csv").getAttribute("href")).text(); // absolute: the site root + api/...
        assertTrue(csv.startsWith("email,name,"), csv);
        assertTrue(csv.contains("Ada <b>Lovelace</b>,0.5,"), csv);
        studentContext.close();
        assertEquals(List.of(), consoleErrors);
        assertEquals(List.of(), foreignRequests);
    }
}
