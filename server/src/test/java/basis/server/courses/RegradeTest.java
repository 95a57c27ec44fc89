package basis.server.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import basis.grader.GradeResult;
import basis.server.ApiClient;
import basis.server.TestApp;
import basis.server.TestSupport;
import basis.server.TestSupport.Response;
import basis.server.accounts.AccountRepository;
import basis.server.accounts.Passwords;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exercise's tests change (here: the grader turns strict); the preview shows whose score moves, apply stores it. */
class RegradeTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path tmp;

    @Test
    void previewThenApply() {
        AtomicBoolean strict = new AtomicBoolean();
        try (TestApp t = new TestApp(tmp, 2, 8, (ex, code) -> {
            GradeResult r = TestSupport.SCORE_FROM_CODE.grade(ex, code);
            return strict.get() && r.score() < 2
                    ? new GradeResult(r.exercise(), 0, r.maxScore(), r.tests(), r.engineBuild(), r.seed(), r.error()) : r;
        })) {
            new AccountRepository(t.db).create("p@example.org", "P", new Passwords(4).hash(PASSWORD), true, "2026-01-01T00:00:00.000Z");
            ApiClient prof = new ApiClient(t.app.port());
            prof.get("/api/session");
            prof.post("/api/signin", Map.of("email", "p@example.org", "password", PASSWORD));
            JsonNode course = prof.post("/api/courses", Map.of("title", "C")).json();
            String base = "/api/courses/" + course.get("id").asLong();
            ApiClient ada = new ApiClient(t.app.port()).signup("a@example.org", "Ada", PASSWORD);
            ada.post("/api/courses/join", Map.of("join_code", course.get("join_code").asText()));
            long partial = ada.post(base + "/submissions", Map.of("exercise", "add-vectors", "code", "# score 1")).json().get("id").asLong();
            ada.post(base + "/submissions", Map.of("exercise", "add-vectors", "code", "# score 2"));

            strict.set(true);
            JsonNode preview = prof.get(base + "/regrade?exercise=add-vectors").json();
            assertEquals(2, preview.get("checked").asInt());
            assertEquals(1, preview.get("changes").size());
            JsonNode change = preview.get("changes").get(0);
            assertEquals(partial, change.get("submission_id").asLong());
            assertEquals(-1.0, change.get("delta").asDouble());
            assertEquals(1.0, ada.get(base + "/submissions/" + partial).json().get("score").asDouble(), "preview stores nothing");

            Response applied = prof.post(base + "/regrade", Map.of("exercise", "add-vectors"));
            assertEquals(200, applied.status(), applied.body());
            assertEquals(0.0, ada.get(base + "/submissions/" + partial).json().get("score").asDouble());
            assertEquals(0, prof.get(base + "/regrade?exercise=add-vectors").json().get("changes").size());
            assertEquals(400, prof.get(base + "/regrade").status());
            assertEquals(403, ada.get(base + "/regrade?exercise=add-vectors").status());
        }
    }
}
