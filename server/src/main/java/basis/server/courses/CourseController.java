package basis.server.courses;

import basis.server.Access;
import basis.server.ApiError;
import basis.server.Bodies;
import basis.server.Times;
import basis.server.accounts.AccountRepository;
import basis.server.accounts.User;
import basis.server.content.Course;
import basis.server.courses.CourseRepository.CourseRow;
import basis.server.courses.CourseRepository.ExerciseSettings;
import basis.server.db.Jdbc;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Courses: create, list mine, join with a code, members and roles, per-exercise deadlines and attempt limits. */
public final class CourseController {
    static final int MAX_TITLE_CHARS = 200;
    /** Join codes: 8 characters without look-alikes (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CourseRepository courses;
    private final AccountRepository accounts;
    private final Course content;
    private final Clock clock;

    public CourseController(CourseRepository courses, AccountRepository accounts, Course content, Clock clock) {
        this.courses = courses;
        this.accounts = accounts;
        this.content = content;
        this.clock = clock;
    }

    /** {@code POST /api/courses} {@code {title, score_policy?}}: 201; the creator is its instructor. */
    public void create(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"title\", \"score_policy\"}");
        String title = Bodies.text(body, "title", true, MAX_TITLE_CHARS);
        String policy = policy(body, CourseRepository.BEST);
        String now = Times.format(clock.instant());
        CourseRow row = null;
        for (int attempt = 0; row == null; attempt++) {
            try {
                row = courses.create(title, newJoinCode(), policy, now);
            } catch (RuntimeException e) {
                if (!Jdbc.isUniqueViolation(e) || attempt >= 5) throw e;
            }
        }
        courses.putMember(row.id(), Access.user(ctx).id(), CourseRepository.INSTRUCTOR, now);
        ctx.status(201).json(view(row, CourseRepository.INSTRUCTOR));
    }

    /** {@code GET /api/courses}: the caller's courses with their role in each. */
    public void mine(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : courses.coursesOf(Access.user(ctx).id())) out.add(view((CourseRow) r[0], (String) r[1]));
        ctx.json(out);
    }

    /** {@code GET /api/courses/{courseId}}: the course, the caller's role and each exercise's settings. */
    public void get(Context ctx) {
        CourseRow row = courses.find(Access.course(ctx)).orElseThrow();
        Map<String, Object> m = view(row, Access.role(ctx));
        Map<String, ExerciseSettings> settings = new LinkedHashMap<>();
        for (ExerciseSettings s : courses.exerciseSettings(row.id())) settings.put(s.exercise(), s);
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (String id : content.exerciseIds()) {
            ExerciseSettings s = settings.getOrDefault(id, new ExerciseSettings(id, null, null, null));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", id);
            e.put("title", content.exercise(id).map(x -> x.info().title()).orElse(id));
            e.put("due_at", s.dueAt());
            e.put("max_attempts", s.maxAttempts());
            e.put("attempt_window_s", s.attemptWindowSeconds());
            exercises.add(e);
        }
        m.put("exercises", exercises);
        ctx.json(m);
    }

    /** {@code PATCH /api/courses/{courseId}} {@code {title?, score_policy?}} (instructors). */
    public void update(Context ctx) {
        CourseRow row = courses.find(Access.course(ctx)).orElseThrow();
        JsonNode body = Bodies.object(ctx, "{\"title\", \"score_policy\"}");
        String title = Bodies.text(body, "title", false, MAX_TITLE_CHARS);
        if (title != null && title.isEmpty()) throw ApiError.badRequest("title must not be empty", "title");
        courses.update(row.id(), title != null ? title : row.title(), policy(body, row.scorePolicy()));
        ctx.json(view(courses.find(row.id()).orElseThrow(), Access.role(ctx)));
    }

    /** {@code POST /api/courses/join} {@code {join_code}}: joins as a student. */
    public void join(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"join_code\"}");
        String code = Bodies.text(body, "join_code", true, 32).toUpperCase(Locale.ROOT);
        CourseRow row = courses.byJoinCode(code)
                .orElseThrow(() -> new ApiError(404, "no course has the join code " + code, "join_code"));
        User u = Access.user(ctx);
        courses.joinAsStudent(row.id(), u.id(), Times.format(clock.instant()));
        ctx.json(view(row, courses.role(row.id(), u.id()).orElseThrow()));
    }

    /** {@code GET /api/courses/{courseId}/members} (instructors). */
    public void members(Context ctx) {
        ctx.json(courses.members(Access.course(ctx)).stream().map(m -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("user_id", m.userId());
            v.put("email", m.email());
            v.put("display_name", m.displayName());
            v.put("role", m.role());
            return v;
        }).toList());
    }

    /** {@code POST /api/courses/{courseId}/members} {@code {email, role}}: adds a signed-up user or changes their role. */
    public void putMember(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"email\", \"role\"}");
        String email = Bodies.text(body, "email", true, 254).toLowerCase(Locale.ROOT);
        String role = Bodies.text(body, "role", true, 20);
        if (!role.equals(CourseRepository.STUDENT) && !role.equals(CourseRepository.INSTRUCTOR)) {
            throw ApiError.badRequest("role must be \"student\" or \"instructor\"", "role");
        }
        User u = accounts.credentials(email).map(AccountRepository.Credentials::user)
                .orElseThrow(() -> new ApiError(404, "no account with the e-mail " + email, "email"));
        courses.putMember(Access.course(ctx), u.id(), role, Times.format(clock.instant()));
        members(ctx);
    }

    /** {@code PUT /api/courses/{courseId}/exercises/{exercise}} {@code {due_at?, max_attempts?, attempt_window_s?}}. */
    public void putExercise(Context ctx) {
        String exercise = ctx.pathParam("exercise");
        if (content.exercise(exercise).isEmpty()) throw ApiError.notFound("no exercise " + exercise);
        JsonNode body = Bodies.object(ctx, "{\"due_at\", \"max_attempts\", \"attempt_window_s\"}");
        String due = Bodies.text(body, "due_at", false, 40);
        if (due != null && due.isEmpty()) due = null;
        if (due != null) {
            Instant t = Times.parse(due);
            if (t == null) throw ApiError.badRequest("due_at must be an ISO-8601 UTC time such as 2026-12-01T23:59:00Z", "due_at");
            due = Times.format(t);
        }
        Integer max = Bodies.integer(body, "max_attempts", 1, 10_000);
        Integer window = Bodies.integer(body, "attempt_window_s", 1, 7 * 24 * 3600);
        if ((max == null) != (window == null)) {
            throw ApiError.badRequest("give max_attempts and attempt_window_s together (or neither)",
                    max == null ? "max_attempts" : "attempt_window_s");
        }
        courses.putExerciseSettings(Access.course(ctx), new ExerciseSettings(exercise, due, max, window));
        get(ctx);
    }

    private static String policy(JsonNode body, String dflt) {
        String p = Bodies.text(body, "score_policy", false, 10);
        if (p == null || p.isEmpty()) return dflt;
        if (!p.equals(CourseRepository.BEST) && !p.equals(CourseRepository.LATEST)) {
            throw ApiError.badRequest("score_policy must be \"best\" or \"latest\"", "score_policy");
        }
        return p;
    }

    static String newJoinCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        return b.toString();
    }

    static Map<String, Object> view(CourseRow c, String role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("role", role);
        m.put("score_policy", c.scorePolicy());
        if (CourseRepository.INSTRUCTOR.equals(role)) m.put("join_code", c.joinCode());
        m.put("created_at", c.createdAt());
        return m;
    }
}
