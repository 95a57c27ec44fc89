package basis.server.submissions;

import basis.grader.Exercise;
import basis.grader.GradeResult;
import basis.server.Access;
import basis.server.ApiError;
import basis.server.Bodies;
import basis.server.Times;
import basis.server.accounts.User;
import basis.server.courses.CourseRepository;
import basis.server.courses.CourseRepository.ExerciseSettings;
import basis.server.content.Course;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
    private static final Logger log = LoggerFactory.getLogger(SubmissionController.class);

    private final Course course;
    private final SubmissionRepository repo;
    private final CourseRepository courses;
    private final GradingService grading;
    private final ObjectMapper json;
    private final Clock clock;

    public SubmissionController(Course course, SubmissionRepository repo, CourseRepository courses,
                                GradingService grading, ObjectMapper json, Clock clock) {
        this.course = course;
        this.repo = repo;
        this.courses = courses;
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
            stored = repo.insertPending(name, exercise.id(), code, Times.format(clock.instant()));
        } catch (RuntimeException e) {
            ticket.cancel();
            throw e;
        }
        ctx.status(201).json(view(gradeAndRecord(ticket, stored, exercise)));
    }

    /** {@code GET /api/submissions?name=X&exercise=Y[&limit=N]}: newest first. */
    public void list(Context ctx) {
        String name = blankToNull(ctx.queryParam("name"));
        String exercise = blankToNull(ctx.queryParam("exercise"));
        int limit = limit(ctx);
        ctx.json(repo.list(name, exercise, limit).stream().map(this::view).toList());
    }

    // ---- submissions to a course, by signed-in members ----

    /**
     * {@code POST /api/courses/{courseId}/submissions} {@code {exercise, code}}: an official attempt.
     * 429 with Retry-After when the exercise's attempt limit is used up; flagged late after its deadline.
     */
    public void createInCourse(Context ctx) {
        long courseId = Access.course(ctx);
        User user = Access.user(ctx);
        JsonNode body = Bodies.object(ctx, "{\"exercise\", \"code\"}");
        Exercise exercise = exercise(body);
        String code = code(body);
        Instant now = clock.instant();
        ExerciseSettings settings = courses.exerciseSettings(courseId, exercise.id()).orElse(null);
        if (settings != null && settings.maxAttempts() != null) {
            Instant since = now.minusSeconds(settings.attemptWindowSeconds());
            var times = repo.attemptTimesSince(courseId, user.id(), exercise.id(), Times.format(since));
            if (times.size() >= settings.maxAttempts()) {
                Instant oldest = Times.parse(times.get(times.size() - settings.maxAttempts()));
                long wait = Math.max(1, oldest.plusSeconds(settings.attemptWindowSeconds()).getEpochSecond() - now.getEpochSecond());
                ctx.header("Retry-After", String.valueOf(wait));
                throw new ApiError(429, "you have used your " + settings.maxAttempts() + " official attempts at "
                        + exercise.id() + " for now; the next is possible in " + wait
                        + " seconds (Check in the browser stays unlimited)", null);
            }
        }
        boolean late = settings != null && settings.dueAt() != null && Times.format(now).compareTo(settings.dueAt()) > 0;
        GradingService.Ticket ticket = grading.admit();
        Submission stored;
        try {
            stored = repo.insertPending(user.displayName(), exercise.id(), code, Times.format(now), user.id(), courseId, late);
        } catch (RuntimeException e) {
            ticket.cancel();
            throw e;
        }
        ctx.status(201).json(view(gradeAndRecord(ticket, stored, exercise)));
    }

    /**
     * {@code GET /api/courses/{courseId}/submissions?exercise=&user=&limit=}: newest first. A student
     * sees only their own; an instructor everyone's (or one student's with {@code user}).
     */
    public void listInCourse(Context ctx) {
        long courseId = Access.course(ctx);
        Long userId = Access.user(ctx).id();
        if (CourseRepository.INSTRUCTOR.equals(Access.role(ctx))) {
            String u = blankToNull(ctx.queryParam("user"));
            userId = u == null ? null : parseId(u, "user");
        }
        ctx.json(repo.listForCourse(courseId, userId, blankToNull(ctx.queryParam("exercise")), limit(ctx))
                .stream().map(this::view).toList());
    }

    /** {@code GET /api/courses/{courseId}/submissions/{id}}: 404 unless it is in the course and the caller may see it. */
    public void getInCourse(Context ctx) {
        ctx.json(view(visible(ctx)));
    }

    /** {@code POST /api/courses/{courseId}/submissions/{id}/override} {@code {score|null, comment}} (instructors). */
    public void override(Context ctx) {
        Submission s = visible(ctx);
        JsonNode body = Bodies.object(ctx, "{\"score\", \"comment\"}");
        Double score = Bodies.number(body, "score");
        if (score != null && (score < 0 || (s.maxScore() != null && score > s.maxScore()))) {
            throw ApiError.badRequest("score must be from 0 to " + (s.maxScore() == null ? "the maximum" : s.maxScore()), "score");
        }
        String comment = Bodies.text(body, "comment", false, 5000);
        repo.setOverride(s.id(), score, score == null && (comment == null || comment.isEmpty()) ? null : comment);
        ctx.json(view(repo.find(s.id()).orElseThrow()));
    }

    /** {@code POST /api/courses/{courseId}/whatif} {@code {exercise, code}}: grades edited code, records nothing (instructors). */
    public void whatIf(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"exercise\", \"code\"}");
        Exercise exercise = exercise(body);
        String code = code(body);
        GradingService.Ticket ticket = grading.admit();
        GradeResult r = ticket.run(() -> grading.gradeFunction().grade(exercise, code)).join();
        ctx.json(r.toMap());
    }

    /**
     * {@code GET /api/courses/{courseId}/regrade?exercise=X} (preview) and {@code POST} with
     * {@code {exercise}} (apply): every graded submission of the exercise in the course graded again
     * with the tests the server has now; the answer lists those whose score would change / changed.
     * Runs in one place of the grading pool, one submission after another.
     */
    public void regradePreview(Context ctx) {
        String exerciseId = blankToNull(ctx.queryParam("exercise"));
        if (exerciseId == null) throw ApiError.badRequest("exercise is required", "exercise");
        ctx.json(regrade(Access.course(ctx), exerciseId, false));
    }

    public void regradeApply(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"exercise\"}");
        ctx.json(regrade(Access.course(ctx), Bodies.text(body, "exercise", true, 200), true));
    }

    private Map<String, Object> regrade(long courseId, String exerciseId, boolean apply) {
        Exercise exercise = course.exercise(exerciseId)
                .orElseThrow(() -> ApiError.badRequest("unknown exercise \"" + exerciseId + "\"", "exercise"));
        java.util.List<Submission> subs = repo.listForCourse(courseId, null, exercise.id(), Integer.MAX_VALUE).stream()
                .filter(s -> Submission.GRADED.equals(s.status())).toList();
        GradingService.Ticket ticket = grading.admit();
        java.util.List<Map<String, Object>> changes = ticket.run(() -> {
            java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
            for (Submission s : subs) {
                GradeResult r = grading.gradeFunction().grade(exercise, s.code());
                if (r.score() == s.score() && r.maxScore() == s.maxScore()) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("submission_id", s.id());
                m.put("user_id", s.userId());
                m.put("name", s.name());
                m.put("old_score", s.score());
                m.put("new_score", r.score());
                m.put("max_score", r.maxScore());
                m.put("delta", r.score() - s.score());
                out.add(m);
                if (apply) {
                    try {
                        repo.markGraded(s.id(), r.score(), r.maxScore(), r.engineBuild(), json.writeValueAsString(r.toMap()));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return out;
        }).join();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exercise", exercise.id());
        m.put("applied", apply);
        m.put("checked", subs.size());
        m.put("changes", changes);
        return m;
    }

    private Submission visible(Context ctx) {
        long id = parseId(ctx.pathParam("id"), "id");
        Submission s = repo.find(id).orElse(null);
        boolean ok = s != null && s.courseId() != null && s.courseId() == Access.course(ctx)
                && (CourseRepository.INSTRUCTOR.equals(Access.role(ctx)) || Access.user(ctx).id() == s.userId());
        if (!ok) throw ApiError.notFound("no submission " + id);
        return s;
    }

    private Exercise exercise(JsonNode body) {
        String exerciseId = Bodies.text(body, "exercise", true, 200);
        return course.exercise(exerciseId)
                .orElseThrow(() -> ApiError.badRequest("unknown exercise \"" + exerciseId + "\"", "exercise"));
    }

    private static String code(JsonNode body) {
        JsonNode v = body.get("code");
        if (v == null || !v.isTextual()) throw ApiError.badRequest("code is required (a string)", "code");
        String code = v.asText();
        if (code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw new ApiError(413, "the code is larger than " + (MAX_CODE_BYTES / 1024) + " KB", "code");
        }
        return code;
    }

    private static long parseId(String raw, String field) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            if (field.equals("id")) throw ApiError.notFound("no submission " + raw);
            throw ApiError.badRequest(field + " must be a whole number", field);
        }
    }

    private static int limit(Context ctx) {
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
        return limit;
    }

    /**
     * Grades a stored submission in its reserved place of the grading pool, then records the result
     * (on the request's thread, so the pool's threads only grade while the database flushes).
     */
    private Submission gradeAndRecord(GradingService.Ticket ticket, Submission s, Exercise exercise) {
        GradeResult result;
        String resultJson;
        try {
            result = ticket.run(() -> grading.gradeFunction().grade(exercise, s.code())).join();
            resultJson = json.writeValueAsString(result.toMap());
        } catch (Throwable t) { // StackOverflowError too: the stored submission must say what happened
            Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
            log.error("grading submission {} ({}) failed", s.id(), s.exercise(), cause);
            repo.markError(s.id(), "the grader failed: " + cause);
            return repo.find(s.id()).orElseThrow();
        }
        repo.markGraded(s.id(), result.score(), result.maxScore(), result.engineBuild(), resultJson);
        log.info("submission {} ({}) graded {}/{}", s.id(), s.exercise(), result.score(), result.maxScore());
        return new Submission(s.id(), s.name(), s.exercise(), s.code(), s.createdAt(), Submission.GRADED,
                result.score(), result.maxScore(), result.engineBuild(), resultJson, null, s.userId(), s.courseId(),
                s.late(), null, null);
    }

    Map<String, Object> view(Submission s) {
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
        if (s.courseId() != null) {
            m.put("course_id", s.courseId());
            m.put("user_id", s.userId());
            m.put("late", s.late());
            m.put("override_score", s.overrideScore());
            m.put("override_comment", s.overrideComment());
            m.put("effective_score", s.effectiveScore());
            m.put("code", s.code());
        }
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
