package basis.e2e;

import static basis.e2e.InstructorDeskTest.PASSWORD;
import static basis.e2e.InstructorDeskTest.call;
import static basis.e2e.InstructorDeskTest.createInstructor;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Official submissions from the lesson page (issue 7): a student who signed up and joined a course
 * follows the account page's link to the lessons, sees "Submitting to course X as …", submits (after
 * the deadline: flagged late), and the instructor finds the attempt under that student. The
 * attempt limit answers 429 (the page says when to try again), a write without the CSRF header is
 * refused, an expired session says so and keeps the code, and the instructor's comment reaches the
 * student's attempt list.
 */
class CourseSubmissionTest extends BrowserTest {
    static final String EXERCISE = WholePathTest.EXERCISE;

    @Test
    void aSignedInStudentSubmitsToTheirCourseFromTheLessonPage() {
        String profEmail = "prof-cs-" + System.nanoTime() + "@example.org";
        createInstructor(profEmail);
        open("account/");
        page.fill("#signin-form input[name=email]", profEmail);
        page.fill("#signin-form input[name=password]", PASSWORD);
        page.click("#signin-form button");
        assertThat(page.locator("#who")).containsText(profEmail);
        page.fill("#create-form input[name=title]", "Autumn <i>cohort</i>");
        page.click("#create-form button");
        assertThat(page.locator("#courses .join-code")).hasCount(1);
        String joinCode = page.locator("#courses .join-code").textContent();
        String courseId = page.locator("#courses li").first().getAttribute("data-course");
        Map<String, Object> settings = call(page, "PUT", "/api/courses/" + courseId + "/exercises/" + EXERCISE,
                Map.of("due_at", "2020-01-01T00:00:00Z", "max_attempts", 1, "attempt_window_s", 3600));
        assertEquals(200, status(settings), String.valueOf(settings));

        BrowserContext studentContext = HARNESS.harness.browser.newContext();
        try {
            Page student = studentContext.newPage();
            student.onConsoleMessage(msg -> {
                // The refused requests below are logged by Chromium as failed loads; anything else is a bug.
                if ("error".equals(msg.type()) && !msg.text().contains("status of 40") && !msg.text().contains("status of 429")) {
                    consoleErrors.add(msg.text());
                }
            });
            student.onPageError(error -> consoleErrors.add("uncaught: " + error));
            String studentEmail = "ada-cs-" + System.nanoTime() + "@example.org";
            signUpAndJoin(student, baseUrl() + "/account/", "Ada Course", studentEmail, studentEmail, joinCode,
                    "Autumn <i>cohort</i> — student");

            // The account page's link carries the course to the course page, and on to the lesson.
            student.locator("#courses li a.lessons-link").first().click();
            student.waitForURL(Pattern.compile(".*/\\?course=" + courseId + "$"));
            student.locator("ol.lessons h2 a").first().click();
            student.waitForURL(Pattern.compile(".*lesson\\.html\\?id=" + WholePathTest.LESSON + "&course=" + courseId + "$"));
            student.waitForSelector("#engine-bar[data-state=ready]", new Page.WaitForSelectorOptions().setTimeout(ENGINE_TIMEOUT_MS));
            assertThat(student.locator(".submit-target")).containsText("Submitting to course Autumn <i>cohort</i> as " + studentEmail);
            assertThat(student.locator(".submit-target select")).hasValue(courseId);
            Locator panel = student.locator("section.exercise[data-exercise$='" + EXERCISE + "']");
            assertThat(panel.getByLabel("Display name")).isHidden();
            assertThat(panel.locator(".deadline")).containsText("has passed: new attempts are marked late");
            assertThat(panel.locator(".deadline")).containsText("At most 1 official attempt per 1 h; Check is unlimited.");
            assertThat(panel.locator(".attempts")).containsText("No attempts by you in Autumn <i>cohort</i> yet.");

            setCode(panel, WholePathTest.RIGHT_MATMUL);
            Locator submit = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true));
            submit.click();
            assertThat(panel.locator(".server-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
            assertThat(panel.locator(".server-result .meta")).containsText("late (after the deadline)");
            assertThat(panel.locator(".agreement")).hasClass(Pattern.compile("\\bagree\\b"));
            assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
            assertThat(panel.locator(".attempts tbody tr .late-flag")).hasText("late");
            screenshot("course-submission", panel);

            // The instructor sees it under that student: the API and the gradebook.
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> subs = (List<Map<String, Object>>) call(page, "GET",
                    "/api/courses/" + courseId + "/submissions?exercise=" + EXERCISE, null).get("body");
            assertEquals(1, subs.size(), String.valueOf(subs));
            Map<String, Object> sub = subs.get(0);
            assertEquals("Ada Course", sub.get("name"));
            assertEquals(Boolean.TRUE, sub.get("late"));
            assertEquals(WholePathTest.RIGHT_MATMUL, sub.get("code"));
            @SuppressWarnings("unchecked")
            Map<String, Object> me = (Map<String, Object>) ((Map<String, Object>) call(student, "GET", "/api/session", null)
                    .get("body")).get("user");
            assertEquals(((Number) me.get("id")).longValue(), ((Number) sub.get("user_id")).longValue());
            open("instructor/gradebook.html?course=" + courseId);
            assertThat(page.locator("#gradebook tbody tr").first().locator("th")).hasText("Ada Course");

            // The attempt limit: 429 with Retry-After; the page says when to try again.
            submit.click();
            // 3600 s reads "1 h", 3599 s "60 min": which one depends on the second the request lands in
            assertThat(panel.locator(".server-result .failure")).containsText(Pattern.compile("You can try again in (60 min|1 h) "));
            assertEquals(1, ((List<?>) call(page, "GET", "/api/courses/" + courseId + "/submissions", null).get("body")).size());

            // Without the CSRF header the course route refuses the write.
            Object refused = student.evaluate("async (id) => (await fetch('api/courses/' + id + '/submissions', { method: 'POST',"
                    + " headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ exercise: 'matmul', code: 'x = 1' }) })).status",
                    courseId);
            assertEquals(403, ((Number) refused).intValue());

            // The instructor's manual score and comment reach the student's attempt list.
            Map<String, Object> over = call(page, "POST", "/api/courses/" + courseId + "/submissions/" + sub.get("id") + "/override",
                    Map.of("score", 1, "comment", "Good, but <late>"));
            assertEquals(200, status(over), String.valueOf(over));
            student.reload();
            assertThat(panel.locator(".attempts tbody tr .comment")).hasText("Instructor: Good, but <late>");
            assertThat(panel.locator(".attempts tbody tr td.num")).containsText("(graded ");

            // The session ends (signed out in another tab): Submit says so, offers sign-in, keeps the code.
            assertEquals(200, status(call(student, "POST", "/api/signout", Map.of())));
            setCode(panel, WholePathTest.RIGHT_MATMUL + "\n# edited\n");
            submit.click();
            assertThat(panel.locator(".server-result .failure")).containsText("Your session has expired");
            Locator signIn = panel.locator(".server-result").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in again"));
            assertThat(signIn).hasAttribute("href", Pattern.compile("account/\\?next=.*lesson\\.html"));
            assertEquals(WholePathTest.RIGHT_MATMUL + "\n# edited\n", codeOf(panel));
            screenshot("session-expired", panel);

            // Signing in again comes back to the lesson, still submitting to the course.
            signIn.click();
            student.fill("#signin-form input[name=email]", studentEmail);
            student.fill("#signin-form input[name=password]", PASSWORD);
            student.click("#signin-form button");
            student.waitForURL(Pattern.compile(".*lesson\\.html\\?id=" + WholePathTest.LESSON + "&course=" + courseId + ".*"));
            assertThat(student.locator(".submit-target")).containsText("Submitting to course Autumn <i>cohort</i> as " + studentEmail);
        } finally {
            studentContext.close();
        }
        assertEquals(List.of(), List.copyOf(consoleErrors));
        assertNoForeignRequests();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCourseSubmissionMadeOfflineIsQueuedAndSentToTheCourseWhenBackOnline() {
        String profEmail = "prof-q-" + System.nanoTime() + "@example.org";
        createInstructor(profEmail);
        open("account/");
        assertEquals(200, status(call(page, "POST", "/api/signin", Map.of("email", profEmail, "password", PASSWORD))));
        Map<String, Object> created = (Map<String, Object>) call(page, "POST", "/api/courses", Map.of("title", "Queue cohort")).get("body");
        String courseId = String.valueOf(created.get("id"));

        BrowserContext studentContext = HARNESS.harness.browser.newContext();
        try {
            Page student = studentContext.newPage();
            student.onPageError(error -> consoleErrors.add("uncaught: " + error));
            student.navigate(baseUrl() + "/account/");
            String studentEmail = "bea-q-" + System.nanoTime() + "@example.org";
            assertEquals(201, status(call(student, "POST", "/api/signup",
                    Map.of("email", studentEmail, "password", PASSWORD, "display_name", "Bea Queue"))));
            assertEquals(200, status(call(student, "POST", "/api/courses/join", Map.of("join_code", created.get("join_code")))));

            student.navigate(baseUrl() + "/lesson.html?id=" + WholePathTest.LESSON + "&course=" + courseId);
            student.waitForSelector("#engine-bar[data-state=ready]", new Page.WaitForSelectorOptions().setTimeout(ENGINE_TIMEOUT_MS));
            assertThat(student.locator(".submit-target")).containsText("Submitting to course Queue cohort as " + studentEmail);
            Locator panel = student.locator("section.exercise[data-exercise$='" + EXERCISE + "']");
            assertThat(panel.locator(".attempts")).containsText("No attempts by you in Queue cohort yet.");
            setCode(panel, WholePathTest.RIGHT_MATMUL);

            studentContext.setOffline(true);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)).click();
            assertThat(panel.locator(".server-result")).containsText("Queued");
            assertThat(panel.locator(".attempts tr.queued")).containsText("queued — will be sent when the server is reachable");
            List<Map<String, Object>> queued = (List<Map<String, Object>>) student.evaluate("JSON.parse(localStorage.getItem('basis:outbox'))");
            assertEquals(courseId, String.valueOf(queued.get(0).get("course")), String.valueOf(queued));

            // Back online: sent to the course (CSRF token fetched then), graded, listed as the server has it.
            studentContext.setOffline(false);
            assertThat(panel.locator(".server-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
            assertThat(panel.locator(".attempts tr.queued")).hasCount(0);
            assertThat(panel.locator(".attempts tbody tr")).hasCount(1);
            List<Map<String, Object>> subs = (List<Map<String, Object>>) call(page, "GET",
                    "/api/courses/" + courseId + "/submissions", null).get("body");
            assertEquals(1, subs.size(), String.valueOf(subs));
            assertEquals("Bea Queue", subs.get(0).get("name"));
            assertEquals("graded", subs.get(0).get("status"));
        } finally {
            studentContext.close();
        }
        assertEquals(List.of(), List.copyOf(consoleErrors));
    }

    @Test
    void aVisitorWhoIsNotSignedInStillSubmitsAsSelfStudy() {
        open("lesson.html?id=" + WholePathTest.LESSON + "&course=1");
        awaitLessonLoaded();
        assertThat(page.locator(".submit-target")).containsText("Self-study");
        assertThat(page.locator(".submit-target a")).hasText("Sign in");
        Locator panel = page.locator("section.exercise[data-exercise$='" + EXERCISE + "']");
        assertThat(panel.getByLabel("Display name")).isVisible();
        assertNoConsoleErrors();
    }

    private static int status(Map<String, Object> response) {
        return ((Number) response.get("status")).intValue();
    }
}
