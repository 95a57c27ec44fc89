package basis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.Access.Rule;
import basis.server.TestSupport.Response;
import basis.server.accounts.AccountRepository;
import basis.server.accounts.Passwords;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every API route tried by the wrong people, without CSRF, with bad ids and oversized bodies. */
class ApiSecurityTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path tmp;
    TestApp t;
    ApiClient prof, student, otherStudent, otherProf, anon;
    long courseId, submissionId;

    @BeforeEach
    void start() {
        t = new TestApp(tmp, 2, 8, TestSupport.SCORE_FROM_CODE);
        prof = instructor("prof@example.org");
        otherProf = instructor("other@example.org");
        Response c = prof.post("/api/courses", Map.of("title", "Course"));
        courseId = c.json().get("id").asLong();
        String otherCode = otherProf.post("/api/courses", Map.of("title", "Other")).json().get("join_code").asText();
        student = new ApiClient(t.app.port()).signup("s@example.org", "S", PASSWORD);
        student.post("/api/courses/join", Map.of("join_code", c.json().get("join_code").asText()));
        otherStudent = new ApiClient(t.app.port()).signup("o@example.org", "O", PASSWORD);
        otherStudent.post("/api/courses/join", Map.of("join_code", otherCode));
        submissionId = student.post("/api/courses/" + courseId + "/submissions",
                Map.of("exercise", "add-vectors", "code", "# score 1")).json().get("id").asLong();
        anon = new ApiClient(t.app.port());
        anon.get("/api/session");
    }

    @AfterEach
    void stop() {
        t.close();
    }

    ApiClient instructor(String email) {
        new AccountRepository(t.db).create(email, email, new Passwords(4).hash(PASSWORD), true, "2026-01-01T00:00:00.000Z");
        ApiClient c = new ApiClient(t.app.port());
        c.get("/api/session");
        c.post("/api/signin", Map.of("email", email, "password", PASSWORD));
        return c;
    }

    String concrete(String path) {
        return path.replace("{courseId}", String.valueOf(courseId)).replace("{id}", String.valueOf(submissionId))
                .replace("{exercise}", "add-vectors").replace("{lessonId}", "vectors");
    }

    Map<String, Object> body(ApiRoutes.Route r) {
        return Map.of("exercise", "add-vectors", "code", "# score 2", "title", "T", "email", "s@example.org",
                "role", "student", "score", 1, "comment", "c", "join_code", "XXXXXXXX");
    }

    @Test
    void everyRouteRefusesTheWrongPeople() {
        List<String> checked = new ArrayList<>();
        for (ApiRoutes.Route r : t.app.apiRoutes()) {
            String path = concrete(r.path());
            List<Object[]> expectations = new ArrayList<>(); // who, expected status
            switch (r.rule()) {
                case ANYONE, ANONYMOUS_WRITE -> { }
                case SIGNED_IN -> expectations.add(new Object[] {anon, 401});
                case COURSE_CREATOR -> {
                    expectations.add(new Object[] {anon, 401});
                    expectations.add(new Object[] {student, 403});
                }
                case COURSE_MEMBER -> {
                    expectations.add(new Object[] {anon, 401});
                    expectations.add(new Object[] {otherStudent, 403});
                    expectations.add(new Object[] {otherProf, 403});
                }
                case COURSE_INSTRUCTOR -> {
                    expectations.add(new Object[] {anon, 401});
                    expectations.add(new Object[] {otherStudent, 403});
                    expectations.add(new Object[] {otherProf, 403});
                    expectations.add(new Object[] {student, 403});
                }
            }
            for (Object[] e : expectations) {
                Response resp = ((ApiClient) e[0]).send(r.method(), path, r.method().equals("GET") ? null : body(r));
                assertEquals(e[1], resp.status(), r.method() + " " + path + ": " + resp.body());
                assertTrue(resp.json().has("error"), resp.body());
            }
            checked.add(r.method() + " " + r.path());
        }
        assertTrue(checked.size() >= 20, "routes checked: " + checked);
        // And a student asking for another student's submission in the same course gets 404.
        ApiClient classmate = new ApiClient(t.app.port()).signup("c@example.org", "C", PASSWORD);
        classmate.post("/api/courses/join", Map.of("join_code",
                prof.get("/api/courses/" + courseId).json().get("join_code").asText()));
        assertEquals(404, classmate.get("/api/courses/" + courseId + "/submissions/" + submissionId).status());
    }

    @Test
    void everyWriteWithoutTheCsrfTokenIsRefused() {
        for (ApiRoutes.Route r : t.app.apiRoutes()) {
            if (r.method().equals("GET") || r.rule() == Rule.ANONYMOUS_WRITE) continue;
            Response resp = prof.csrf(false).send(r.method(), concrete(r.path()), body(r));
            assertEquals(403, resp.status(), r.method() + " " + r.path() + ": " + resp.body());
            assertTrue(resp.json().get("error").asText().contains("CSRF"), resp.body());
        }
        prof.csrf(true);
        assertEquals(1, prof.get("/api/courses/" + courseId + "/submissions").json().size(), "nothing was written");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode doc = anon.get("/api/openapi.json").json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        Set<String> registered = new TreeSet<>();
        t.app.apiRoutes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertEquals(registered, documented);
        assertTrue(doc.get("paths").get("/api/courses/{courseId}/submissions").get("post").get("responses").has("429"));
    }

    @Test
    void unknownIdsAndRoutesAre404AndBadInputIs400WithoutInternals() {
        assertEquals(404, prof.get("/api/courses/999999").status());
        assertEquals(404, prof.get("/api/courses/abc").status());
        assertEquals(404, prof.get("/api/courses/" + courseId + "/submissions/999999").status());
        Response unknown = prof.get("/api/no-such-route");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().get("error").asText().contains("not found"), unknown.body());
        Response malformed = prof.send("POST", "/api/courses", "{not json");
        assertEquals(400, malformed.status());
        assertFalse(malformed.body().contains("Exception") || malformed.body().contains("at basis."), malformed.body());
        Response badLimit = prof.get("/api/courses/" + courseId + "/submissions?limit=zero");
        assertEquals(400, badLimit.status());
        assertEquals("limit", badLimit.json().get("field").asText());
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String big = "#".repeat(600 * 1024);
        Response r = student.post("/api/courses/" + courseId + "/submissions", Map.of("exercise", "add-vectors", "code", big));
        assertEquals(413, r.status(), r.body());
        Response code = student.post("/api/courses/" + courseId + "/submissions",
                Map.of("exercise", "add-vectors", "code", "#".repeat(150 * 1024)));
        assertEquals(413, code.status(), code.body());
        assertEquals("code", code.json().get("field").asText());
    }
}
