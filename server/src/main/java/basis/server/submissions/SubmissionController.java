package basis.server.submissions;

import basis.grader.Exercise;
import basis.grader.GradeResult;
import basis.server.ApiError;
import basis.server.content.Course;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submissions: stored first ({@code pending}), then graded on the JVM with every test, then updated
 * ({@code graded}, or {@code error} if the grader failed). The stored row is the truth; the answer
 * is read back from it.
 */
public final class SubmissionController {
    static final int MAX_NAME_CHARS = 100;
    static final int MAX_CODE_BYTES = 100 * 1024;
    static final int DEFAULT_LIST_LIMIT = 100, MAX_LIST_LIMIT = 500;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(SubmissionController.class);

    private final Course course;
    private final SubmissionRepository repo;
    private final GradingService grading;
    private final ObjectMapper json;
    private final Clock clock;

    public SubmissionController(Course course, SubmissionRepository repo, GradingService grading, ObjectMapper json,
                                Clock clock) {
        this.course = course;
        this.repo = repo;
        this.grading = grading;
        this.json = json;
        this.clock = clock;
    }

    /** {@code POST /api/submissions} with {@code {"exercise", "name", "code"}}: 201 with the graded submission. */
    public void create(Context ctx) {
        JsonNode body = parseObject(ctx.body());
        String name = text(body, "name");
        if (name == null || name.isBlank()) throw ApiError.badRequest("a name is required", "name");
        name = name.strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS) {
            throw ApiError.badRequest("the name is longer than " + MAX_NAME_CHARS + " characters", "name");
        }
        String exerciseId = text(body, "exercise");
        if (exerciseId == null || exerciseId.isBlank()) throw ApiError.badRequest("an exercise id is required", "exercise");
        Exercise exercise = course.exercise(exerciseId)
                .orElseThrow(() -> ApiError.badRequest("unknown exercise \"" + exerciseId + "\"", "exercise"));
        String code = text(body, "code");
        if (code == null) throw ApiError.badRequest("code is required (a string)", "code");
        if (code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw new ApiError(413, "the code is larger than " + (MAX_CODE_BYTES / 1024) + " KB", "code");
        }

        GradingService.Ticket ticket = grading.admit(); // 429 before anything is stored
        Submission stored;
        try {
            stored = repo.insertPending(name, exercise.id(), code, TIMESTAMP.format(clock.instant()));
        } catch (RuntimeException e) {
            ticket.cancel();
            throw e;
        }
        Submission done = ticket.run(() -> gradeAndRecord(stored, exercise)).join();
        ctx.status(201).json(view(done));
    }

    /** {@code GET /api/submissions?name=X&exercise=Y[&limit=N]}: newest first. */
    public void list(Context ctx) {
        String name = blankToNull(ctx.queryParam("name"));
        String exercise = blankToNull(ctx.queryParam("exercise"));
        int limit = DEFAULT_LIST_LIMIT;
        String limitParam = ctx.queryParam("limit");
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIST_LIMIT) {
                throw ApiError.badRequest("limit must be a whole number from 1 to " + MAX_LIST_LIMIT, "limit");
            }
        }
        ctx.json(repo.list(name, exercise, limit).stream().map(this::view).toList());
    }

    private Submission gradeAndRecord(Submission s, Exercise exercise) {
        GradeResult result;
        String resultJson;
        try {
            result = grading.gradeFunction().grade(exercise, s.code());
            resultJson = json.writeValueAsString(result.toMap());
        } catch (Throwable t) { // StackOverflowError too: the stored submission must say what happened
            log.error("grading submission {} ({}) failed", s.id(), s.exercise(), t);
            repo.markError(s.id(), "the grader failed: " + t);
            return repo.find(s.id()).orElseThrow();
        }
        repo.markGraded(s.id(), result.score(), result.maxScore(), result.engineBuild(), resultJson);
        log.info("submission {} ({}) graded {}/{}", s.id(), s.exercise(), result.score(), result.maxScore());
        return repo.find(s.id()).orElseThrow();
    }

    private Map<String, Object> view(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("exercise", s.exercise());
        m.put("name", s.name());
        m.put("created_at", s.createdAt());
        m.put("status", s.status());
        m.put("score", s.score());
        m.put("max_score", s.maxScore());
        m.put("engine_build", s.engineBuild());
        m.put("result", s.resultJson() == null ? null : readStored(s));
        m.put("error", s.error());
        return m;
    }

    private JsonNode readStored(Submission s) {
        try {
            return json.readTree(s.resultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("submission " + s.id() + " holds an unreadable result", e);
        }
    }

    private JsonNode parseObject(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object {\"exercise\", \"name\", \"code\"}", null);
        }
        return node;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
