package basis.server.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.grader.GradeResult;
import basis.grader.GradeResult.TestOutcome;
import basis.server.TestApp;
import basis.server.TestSupport;
import basis.server.TestSupport.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionApiTest {
    static final String EX = "add-vectors";
    static final String CODE = "def add(a, b):\n    return [x + y for x, y in zip(a, b)]\n";

    /** A grader with a known answer, so the server's own bookkeeping can be checked exactly. */
    static final GradingService.GradeFunction FAKE = (ex, code) -> new GradeResult(ex.id(), 1, 2, List.of(
            new TestOutcome("test_add_small", true, 1, 1, "", false),
            new TestOutcome("test_add_empty_hidden", false, 0, 1, "add([], []) should be []", true)),
            "fake-build", 7, null);

    @TempDir
    Path tmp;
    TestApp t;

    @AfterEach
    void stop() {
        if (t != null) t.close();
    }

    private Response submit(String name, String exercise, String code) {
        return t.http.postJson("/api/submissions", Map.of("name", name, "exercise", exercise, "code", code));
    }

    private SubmissionRepository repo() {
        return new SubmissionRepository(t.db);
    }

    @Test
    void aSubmissionIsGradedStoredAndReturned() throws Exception {
        t = new TestApp(tmp, 2, 8, FAKE);
        Response r = submit("  Ada Lovelace ", EX, CODE);
        assertEquals(201, r.status(), r.body());
        JsonNode body = r.json();
        long id = body.get("id").asLong();
        assertTrue(id > 0);
        assertTrue(body.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                body.get("created_at").asText());
        assertEquals("graded", body.get("status").asText());
        assertEquals("Ada Lovelace", body.get("name").asText());
        assertEquals(EX, body.get("exercise").asText());
        assertEquals(1.0, body.get("score").asDouble());
        assertEquals(2.0, body.get("max_score").asDouble());
        assertEquals("fake-build", body.get("engine_build").asText());
        JsonNode result = body.get("result");
        assertEquals(EX, result.get("exercise").asText());
        assertEquals(2, result.get("tests").size());
        assertEquals("test_add_empty_hidden", result.get("tests").get(1).get("name").asText());
        assertEquals(false, result.get("tests").get(1).get("passed").asBoolean());

        Submission row = repo().find(id).orElseThrow();
        assertEquals(Submission.GRADED, row.status());
        assertEquals(CODE, row.code());
        assertEquals("Ada Lovelace", row.name());
        assertEquals(body.get("created_at").asText(), row.createdAt());
        assertEquals(1.0, row.score());
        assertEquals(2.0, row.maxScore());
        assertEquals(result, TestSupport.JSON.readTree(row.resultJson()), "stored result = returned result");
    }

    @Test
    void theJvmGraderResultHasTheGradeResultShape() throws Exception {
        t = new TestApp(tmp); // the real Grader (Scope.ALL)
        Response r = submit("Ada", EX, CODE);
        assertEquals(201, r.status(), r.body());
        JsonNode result = r.json().get("result");
        for (String key : List.of("exercise", "score", "max_score", "tests", "engine_build", "seed", "error")) {
            assertTrue(result.has(key), key + " missing in " + result);
        }
        assertEquals(EX, result.get("exercise").asText());
        assertTrue(result.get("tests").isArray());
        for (JsonNode test : result.get("tests")) {
            for (String key : List.of("name", "passed", "points", "max_points", "message", "hidden")) {
                assertTrue(test.has(key), key + " missing in " + test);
            }
        }
        Submission row = repo().find(r.json().get("id").asLong()).orElseThrow();
        assertEquals(result, TestSupport.JSON.readTree(row.resultJson()));
        assertEquals(result.get("score").asDouble(), row.score());
        assertEquals(result.get("engine_build").asText(), row.engineBuild());
    }

    @Test
    void listingIsNewestFirstAndFiltered() {
        t = new TestApp(tmp, 2, 8, FAKE);
        long first = submit("Ada", EX, "# 1").json().get("id").asLong();
        submit("Bob", EX, "# 2");
        long third = submit("Ada", EX, "# 3").json().get("id").asLong();

        Response r = t.http.get("/api/submissions?name=Ada&exercise=" + EX);
        assertEquals(200, r.status());
        JsonNode list = r.json();
        assertEquals(2, list.size());
        assertEquals(third, list.get(0).get("id").asLong());
        assertEquals(first, list.get(1).get("id").asLong());
        for (JsonNode s : list) {
            assertEquals("Ada", s.get("name").asText());
            for (String key : List.of("id", "exercise", "name", "created_at", "score", "max_score", "status", "result")) {
                assertTrue(s.has(key), key + " missing in " + s);
            }
            assertEquals("graded", s.get("status").asText());
            assertEquals(2, s.get("result").get("tests").size());
        }

        assertEquals(3, t.http.get("/api/submissions").json().size());
        assertEquals(1, t.http.get("/api/submissions?name=Bob").json().size());
        assertEquals(0, t.http.get("/api/submissions?name=Nobody").json().size());
        assertEquals(1, t.http.get("/api/submissions?limit=1").json().size());
        Response bad = t.http.get("/api/submissions?limit=0");
        assertEquals(400, bad.status());
        assertEquals("limit", bad.json().get("field").asText());
    }

    @Test
    void invalidSubmissionsAre400WithTheFieldAndNothingIsStored() {
        t = new TestApp(tmp, 2, 8, FAKE);
        assertInvalid("{\"exercise\": \"add-vectors\", \"code\": \"x\"}", "name");
        assertInvalid("{\"name\": \"   \", \"exercise\": \"add-vectors\", \"code\": \"x\"}", "name");
        assertInvalid("{\"name\": 5, \"exercise\": \"add-vectors\", \"code\": \"x\"}", "name");
        assertInvalid("{\"name\": \"" + "n".repeat(101) + "\", \"exercise\": \"add-vectors\", \"code\": \"x\"}", "name");
        assertInvalid("{\"name\": \"Ada\", \"code\": \"x\"}", "exercise");
        assertInvalid("{\"name\": \"Ada\", \"exercise\": \"no-such-exercise\", \"code\": \"x\"}", "exercise");
        assertInvalid("{\"name\": \"Ada\", \"exercise\": \"add-vectors\"}", "code");
        assertInvalid("{\"name\": \"Ada\", \"exercise\": \"add-vectors\", \"code\": 42}", "code");
        assertInvalid("this is not json", null);
        assertInvalid("[\"a\"]", null);
        assertEquals(0, repo().list(null, null, 100).size());

        assertEquals(201, submit("n".repeat(100), EX, "x").status(), "100 characters is allowed");
    }

    @Test
    void codeOver100KbIs413() {
        t = new TestApp(tmp, 2, 8, FAKE);
        Response tooBig = submit("Ada", EX, "#".repeat(100 * 1024 + 1));
        assertEquals(413, tooBig.status(), tooBig.body());
        assertEquals("code", tooBig.json().get("field").asText());
        // Bytes count, not characters: 51,201 two-byte characters are 102,402 bytes.
        assertEquals(413, submit("Ada", EX, "é".repeat(51_201)).status());
        Response huge = submit("Ada", EX, "#".repeat(2_000_000)); // past Javalin's own request-size limit
        assertEquals(413, huge.status(), huge.body());
        assertTrue(huge.json().get("error").asText().length() > 0);
        assertEquals(0, repo().list(null, null, 100).size());
        assertEquals(201, submit("Ada", EX, "#".repeat(100 * 1024)).status());
    }

    @Test
    void aFullPoolAnswers429AndTheWaitingSubmissionIsAlreadyStored() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        t = new TestApp(tmp, 1, 0, (ex, code) -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FAKE.grade(ex, code);
        });
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> submit("Ada", EX, "# first"));
        try {
            assertTrue(entered.await(10, TimeUnit.SECONDS), "the first submission reaches the grader");
            List<Submission> rows = repo().list(null, null, 10);
            assertEquals(1, rows.size());
            assertEquals(Submission.PENDING, rows.get(0).status(), "stored before it is graded");
            assertEquals("# first", rows.get(0).code());

            Response busy = submit("Bob", EX, "# second");
            assertEquals(429, busy.status(), busy.body());
            assertEquals("5", busy.header("Retry-After"));
            assertTrue(busy.json().get("error").asText().contains("busy"));
            assertEquals(1, repo().list(null, null, 10).size(), "a refused submission is not stored");
        } finally {
            release.countDown();
        }
        Response done = first.get(30, TimeUnit.SECONDS);
        assertEquals(201, done.status(), done.body());
        assertEquals("graded", done.json().get("status").asText());
        assertEquals(201, submit("Bob", EX, "# again").status(), "the slot is free again");
    }

    @Test
    void aGraderCrashKeepsTheSubmissionWithStatusError() {
        List<Throwable> crashes = new ArrayList<>(List.of(new IllegalStateException("boom"), new StackOverflowError()));
        t = new TestApp(tmp, 2, 8, (ex, code) -> {
            Throwable next = crashes.remove(0);
            if (next instanceof Error e) throw e;
            throw (RuntimeException) next;
        });
        for (String expected : List.of("boom", "StackOverflowError")) {
            Response r = submit("Ada", EX, CODE);
            assertEquals(201, r.status(), r.body());
            JsonNode body = r.json();
            assertEquals("error", body.get("status").asText());
            assertTrue(body.get("result").isNull());
            assertTrue(body.get("error").asText().contains(expected), body.toString());
            assertTrue(!r.body().contains("\tat "), "no stack trace for the client");

            Submission row = repo().find(body.get("id").asLong()).orElseThrow();
            assertEquals(Submission.ERROR, row.status());
            assertEquals(CODE, row.code());
            assertTrue(row.error().contains(expected));
        }
    }

    private void assertInvalid(String body, String field) {
        Response r = t.http.postJson("/api/submissions", body);
        assertEquals(400, r.status(), body + " -> " + r.body());
        JsonNode json = r.json();
        assertTrue(json.get("error").asText().length() > 0);
        if (field == null) assertTrue(!json.has("field"), r.body());
        else assertEquals(field, json.get("field").asText(), body);
    }
}
