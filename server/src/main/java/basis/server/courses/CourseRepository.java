package basis.server.courses;

import basis.server.db.Jdbc;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code courses}, {@code memberships} and {@code course_exercises} tables. */
public final class CourseRepository {
    public static final String STUDENT = "student", INSTRUCTOR = "instructor";
    public static final String BEST = "best", LATEST = "latest";

    /** A course offering. */
    public record CourseRow(long id, String title, String joinCode, String scorePolicy, String createdAt) {}

    /** A course's settings for one exercise; null fields mean "none". */
    public record ExerciseSettings(String exercise, String dueAt, Integer maxAttempts, Integer attemptWindowSeconds) {}

    /** A member and their role. */
    public record Member(long userId, String email, String displayName, String role) {}

    private static final String COURSE_COLUMNS = "id, title, join_code, score_policy, created_at";
    private final Jdbc db;

    public CourseRepository(DataSource ds) {
        this.db = new Jdbc(ds);
    }

    public CourseRow create(String title, String joinCode, String scorePolicy, String now) {
        long id = db.insert("INSERT INTO courses (title, join_code, score_policy, created_at) VALUES (?, ?, ?, ?)",
                title, joinCode, scorePolicy, now);
        return new CourseRow(id, title, joinCode, scorePolicy, now);
    }

    public Optional<CourseRow> find(long id) {
        return db.one("SELECT " + COURSE_COLUMNS + " FROM courses WHERE id = ?", CourseRepository::course, id);
    }

    public Optional<CourseRow> byJoinCode(String code) {
        return db.one("SELECT " + COURSE_COLUMNS + " FROM courses WHERE join_code = ?", CourseRepository::course, code);
    }

    public void update(long id, String title, String scorePolicy) {
        db.update("UPDATE courses SET title = ?, score_policy = ? WHERE id = ?", title, scorePolicy, id);
    }

    /** Adds a member, or changes their role when they already are one. */
    public void putMember(long courseId, long userId, String role, String now) {
        if (db.update("UPDATE memberships SET role = ? WHERE course_id = ? AND user_id = ?", role, courseId, userId) == 0) {
            db.update("INSERT INTO memberships (course_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                    courseId, userId, role, now);
        }
    }

    /** Adds a student unless they are already a member (an instructor who joins stays an instructor). */
    public void joinAsStudent(long courseId, long userId, String now) {
        if (role(courseId, userId).isEmpty()) {
            db.update("INSERT INTO memberships (course_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                    courseId, userId, STUDENT, now);
        }
    }

    public Optional<String> role(long courseId, long userId) {
        return db.one("SELECT role FROM memberships WHERE course_id = ? AND user_id = ?", rs -> rs.getString(1),
                courseId, userId);
    }

    /** The courses a user belongs to, with their role in each. */
    public List<Object[]> coursesOf(long userId) {
        return db.query("SELECT c.id, c.title, c.join_code, c.score_policy, c.created_at, m.role FROM courses c"
                        + " JOIN memberships m ON m.course_id = c.id WHERE m.user_id = ? ORDER BY c.id",
                rs -> new Object[] {course(rs), rs.getString("role")}, userId);
    }

    public List<Member> members(long courseId) {
        return db.query("SELECT u.id, u.email, u.display_name, m.role FROM memberships m JOIN users u ON u.id = m.user_id"
                        + " WHERE m.course_id = ? ORDER BY u.display_name, u.id",
                rs -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), courseId);
    }

    public List<ExerciseSettings> exerciseSettings(long courseId) {
        return db.query("SELECT exercise, due_at, max_attempts, attempt_window_s FROM course_exercises WHERE course_id = ?"
                + " ORDER BY exercise", CourseRepository::settings, courseId);
    }

    public Optional<ExerciseSettings> exerciseSettings(long courseId, String exercise) {
        return db.one("SELECT exercise, due_at, max_attempts, attempt_window_s FROM course_exercises"
                + " WHERE course_id = ? AND exercise = ?", CourseRepository::settings, courseId, exercise);
    }

    public void putExerciseSettings(long courseId, ExerciseSettings s) {
        if (db.update("UPDATE course_exercises SET due_at = ?, max_attempts = ?, attempt_window_s = ?"
                + " WHERE course_id = ? AND exercise = ?", s.dueAt(), s.maxAttempts(), s.attemptWindowSeconds(),
                courseId, s.exercise()) == 0) {
            db.update("INSERT INTO course_exercises (course_id, exercise, due_at, max_attempts, attempt_window_s)"
                    + " VALUES (?, ?, ?, ?, ?)", courseId, s.exercise(), s.dueAt(), s.maxAttempts(), s.attemptWindowSeconds());
        }
    }

    private static CourseRow course(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CourseRow(rs.getLong("id"), rs.getString("title"), rs.getString("join_code"),
                rs.getString("score_policy"), rs.getString("created_at"));
    }

    private static ExerciseSettings settings(java.sql.ResultSet rs) throws java.sql.SQLException {
        int max = rs.getInt("max_attempts");
        Integer maxAttempts = rs.wasNull() ? null : max;
        int win = rs.getInt("attempt_window_s");
        Integer window = rs.wasNull() ? null : win;
        return new ExerciseSettings(rs.getString("exercise"), rs.getString("due_at"), maxAttempts, window);
    }
}
