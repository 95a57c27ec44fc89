package basis.server.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.ApiClient;
import basis.server.TestApp;
import basis.server.TestSupport;
import basis.server.TestSupport.Response;
import basis.server.accounts.AccountRepository;
import basis.server.accounts.Passwords;
import basis.server.submissions.SubmissionRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseApiTest {
    static final String EX = "add-vectors", PASSWORD = "correct horse battery";

    @TempDir
    Path tmp;
    TestApp t;
    ApiClient prof, ada, bob, otherProf, anon;
    long courseId, otherCourseId;
    String joinCode;

    @BeforeEach
    void start() {
        t = new TestApp(tmp, 2, 8, TestSupport.SCORE_FROM_CODE);
        prof = instructor("prof@example.org", "Prof");
        otherProf = instructor("other@example.org", "Other");
        Response c = prof.post("/api/courses", Map.of("title", "Linear Algebra for ML, spring"));
        assertEquals(201, c.status(), c.body());
        courseId = c.json().get("id").asLong();
        joinCode = c.json().get("join_code").asText();
        otherCourseId = otherProf.post("/api/courses", Map.of("title", "Other course")).json().get("id").asLong();
        ada = new ApiClient(t.app.port()).signup("ada@example.org", "Ada", PASSWORD);
        bob = new ApiClient(t.app.port()).signup("bob@example.org", "Bob", PASSWORD);
        assertEquals(200, ada.post("/api/courses/join", Map.of("join_code", joinCode.toLowerCase())).status());
        assertEquals(200, bob.post("/api/courses/join", Map.of("join_code", joinCode)).status());
        anon = new ApiClient(t.app.port());
        anon.get("/api/session");
    }

    @AfterEach
    void stop() {
        t.close();
    }

    /** What `basis admin create-instructor` does, then a sign-in. */
    ApiClient instructor(String email, String name) {
        new AccountRepository(t.db).create(email, name, new Passwords(4).hash(PASSWORD), true, "2026-01-01T00:00:00.000Z");
        ApiClient c = new ApiClient(t.app.port());
        c.get("/api/session");
        assertEquals(200, c.post("/api/signin", Map.of("email", email, "password", PASSWORD)).status());
        return c;
    }

    String path(String rest) {
        return "/api/courses/" + courseId + rest;
    }

    Response submit(ApiClient who, String code) {
        return who.post(path("/submissions"), Map.of("exercise", EX, "code", code));
    }

    @Test
    void studentsJoinWithTheCodeAndSeeTheirRoleButNotTheCode() {
        JsonNode mine = ada.get("/api/courses").json();
        assertEquals(1, mine.size());
        assertEquals("student", mine.get(0).get("role").asText());
        assertFalse(mine.get(0).has("join_code"));
        JsonNode course = ada.get(path("")).json();
        assertEquals(EX, course.get("exercises").get(0).get("id").asText());
        assertEquals("instructor", prof.get("/api/courses").json().get(0).get("role").asText());
        assertEquals(404, ada.post("/api/courses/join", Map.of("join_code", "NOPE2345")).status());
        assertEquals(403, ada.post("/api/courses", Map.of("title", "mine")).status(), "students may not create courses");
        JsonNode members = prof.get(path("/members")).json();
        assertEquals(3, members.size());
    }

    @Test
    void aStudentSeesOnlyTheirOwnSubmissions() {
        long adaId = submit(ada, "# score 2").json().get("id").asLong();
        long bobId = submit(bob, "# score 1").json().get("id").asLong();
        JsonNode adaList = ada.get(path("/submissions")).json();
        assertEquals(1, adaList.size());
        assertEquals(adaId, adaList.get(0).get("id").asLong());
        assertEquals(1, ada.get(path("/submissions?user=" + bobId)).json().size(), "a student's user filter is ignored");
        assertEquals(404, ada.get(path("/submissions/" + bobId)).status());
        assertEquals(200, ada.get(path("/submissions/" + adaId)).status());
        assertEquals(2, prof.get(path("/submissions")).json().size());
        assertEquals(403, otherProf.get(path("/submissions")).status());
        assertEquals(403, otherProf.get(path("/submissions/" + adaId)).status());
        assertEquals(401, anon.get(path("/submissions/" + adaId)).status());
        assertEquals(0, anon.get("/api/submissions?name=Ada").json().size(), "course work is not in the anonymous list");
        assertEquals(404, prof.get("/api/courses/" + otherCourseId + "999/submissions").status());
    }

    @Test
    void lateSubmissionsAreFlagged() {
        assertEquals(200, prof.put(path("/exercises/" + EX), Map.of("due_at", "2020-01-01T00:00:00Z")).status());
        JsonNode late = submit(ada, "# score 2").json();
        assertTrue(late.get("late").asBoolean());
        assertEquals(200, prof.put(path("/exercises/" + EX), Map.of("due_at", "2999-01-01T00:00:00Z")).status());
        assertFalse(submit(ada, "# score 2").json().get("late").asBoolean());
        Response bad = prof.put(path("/exercises/" + EX), Map.of("due_at", "next tuesday"));
        assertEquals(400, bad.status());
        assertEquals("due_at", bad.json().get("field").asText());
        assertEquals(404, prof.put(path("/exercises/no-such"), Map.of()).status());
        assertEquals(403, ada.put(path("/exercises/" + EX), Map.of("due_at", "2999-01-01T00:00:00Z")).status());
    }

    @Test
    void officialAttemptsAreRateLimitedPerExercise() {
        prof.put(path("/exercises/" + EX), Map.of("max_attempts", 2, "attempt_window_s", 3600));
        assertEquals(201, submit(ada, "# score 0").status());
        assertEquals(201, submit(ada, "# score 1").status());
        Response third = submit(ada, "# score 2");
        assertEquals(429, third.status());
        long retry = Long.parseLong(third.header("Retry-After"));
        assertTrue(retry > 3500 && retry <= 3600, "Retry-After " + retry);
        assertTrue(third.json().get("error").asText().contains("2 official attempts"), third.body());
        assertEquals(201, submit(bob, "# score 2").status(), "the limit is per student");
        assertEquals(2, new SubmissionRepository(t.db).listForCourse(courseId, null, null, 10).stream()
                .filter(s -> s.name().equals("Ada")).count(), "the refused attempt was not stored");
    }

    @Test
    void theGradebookFollowsTheScorePolicyAndOverrides() {
        submit(ada, "# score 2");
        long adaLatest = submit(ada, "# score 1").json().get("id").asLong();
        JsonNode book = prof.get(path("/gradebook")).json();
        assertEquals("best", book.get("score_policy").asText());
        Map<String, JsonNode> rows = new HashMap<>();
        book.get("students").forEach(r -> rows.put(r.get("display_name").asText(), r));
        assertEquals(2.0, rows.get("Ada").get("exercises").get(EX).get("score").asDouble());
        assertEquals(2, rows.get("Ada").get("exercises").get(EX).get("attempts").asInt());
        assertTrue(rows.get("Bob").get("exercises").get(EX).isNull());

        assertEquals(200, prof.patch(path(""), Map.of("score_policy", "latest")).status());
        book = prof.get(path("/gradebook")).json();
        assertEquals(1.0, book.get("students").get(0).get("exercises").get(EX).get("score").asDouble());

        Response o = prof.post(path("/submissions/" + adaLatest + "/override"),
                Map.of("score", 1.5, "comment", "Nice idea; see the hint on <b>shapes</b>"));
        assertEquals(200, o.status(), o.body());
        assertEquals(1.5, ada.get(path("/submissions/" + adaLatest)).json().get("effective_score").asDouble());
        assertEquals("Nice idea; see the hint on <b>shapes</b>",
                ada.get(path("/submissions/" + adaLatest)).json().get("override_comment").asText());
        assertEquals(403, ada.post(path("/submissions/" + adaLatest + "/override"), Map.of("score", 2)).status());
        assertEquals(400, prof.post(path("/submissions/" + adaLatest + "/override"), Map.of("score", 3)).status());

        Response csv = prof.get(path("/gradebook.csv"));
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals("email,name," + EX + ",total,late\r\nada@example.org,Ada,1.5,1.5,\r\nbob@example.org,Bob,,0,\r\n",
                csv.body());
        assertEquals(403, ada.get(path("/gradebook.csv")).status());
        assertEquals(403, otherProf.get(path("/gradebook")).status());
    }

    @Test
    void whatIfGradesWithoutRecording() {
        Response r = prof.post(path("/whatif"), Map.of("exercise", EX, "code", "# score 2"));
        assertEquals(200, r.status(), r.body());
        assertEquals(2.0, r.json().get("score").asDouble());
        assertEquals(0, prof.get(path("/submissions")).json().size());
        assertEquals(403, ada.post(path("/whatif"), Map.of("exercise", EX, "code", "# score 2")).status());
    }

    @Test
    void hostileTextIsStoredAsText() {
        String sql = "'); DROP TABLE submissions; --\n# score 1";
        long id = submit(ada, sql).json().get("id").asLong();
        assertEquals(sql, prof.get(path("/submissions/" + id)).json().get("code").asText());
        String xss = "<script>alert(1)</script>";
        Response named = new ApiClient(t.app.port()).signup("x@example.org", xss, PASSWORD).get("/api/session");
        assertEquals(xss, named.json().get("user").get("display_name").asText(), "stored verbatim; pages escape it");
        assertNull(null);
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("\"a,b\"", GradebookController.csvCell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", GradebookController.csvCell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", GradebookController.csvCell("=HYPERLINK(1)"));
        assertEquals("-1.5", GradebookController.csvCell("-1.5"));
    }
}
