package basis.server.submissions;

import basis.server.db.GroupCommit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code submissions} table. Reads are one short statement on their own connection; the writes
 * on the submission path (a new submission, its result) go through a {@link GroupCommit}, so that
 * many concurrent submissions share one commit.
 */
public final class SubmissionRepository {
    private static final String COLUMNS =
            "id, name, exercise, code, created_at, status, score, max_score, engine_build, result, error,"
            + " user_id, course_id, late, override_score, override_comment";

    private final DataSource ds;
    private final GroupCommit writes;

    public SubmissionRepository(DataSource ds) {
        this.ds = ds;
        this.writes = new GroupCommit(ds, "basis-db-writer");
    }

    /** Stops the writer thread after the writes already queued. */
    public void close() {
        writes.close();
    }

    /** Stores a new anonymous (self-study) submission with status {@code pending} and returns it with its id. */
    public Submission insertPending(String name, String exercise, String code, String createdAt) {
        return insertPending(name, exercise, code, createdAt, null, null, false);
    }

    /** Stores a new submission with status {@code pending} and returns it with its id. */
    public Submission insertPending(String name, String exercise, String code, String createdAt, Long userId,
                                    Long courseId, boolean late) {
        String sql = "INSERT INTO submissions (name, exercise, code, created_at, status, user_id, course_id, late)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        long id = writes.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql, new String[] {"id"})) {
                bind(st, new Object[] {name, exercise, code, createdAt, Submission.PENDING, userId, courseId, late ? 1 : 0});
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    if (!keys.next()) throw new SQLException("no id returned for the new submission");
                    return keys.getLong(1);
                }
            }
        });
        return new Submission(id, name, exercise, code, createdAt, Submission.PENDING,
                null, null, null, null, null, userId, courseId, late, null, null);
    }

    public void markGraded(long id, double score, double maxScore, String engineBuild, String resultJson) {
        batchedUpdate("UPDATE submissions SET status = ?, score = ?, max_score = ?, engine_build = ?, result = ?, error = NULL"
                + " WHERE id = ?", Submission.GRADED, score, maxScore, engineBuild, resultJson, id);
    }

    public void markError(long id, String message) {
        batchedUpdate("UPDATE submissions SET status = ?, error = ? WHERE id = ?", Submission.ERROR, message, id);
    }

    public Optional<Submission> find(long id) {
        List<Submission> found = query("SELECT " + COLUMNS + " FROM submissions WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /**
     * Anonymous self-study submissions, newest first; {@code name} and {@code exercise} are optional
     * filters (null = any). Submissions to a course never appear here.
     */
    public List<Submission> list(String name, String exercise, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM submissions WHERE course_id IS NULL");
        List<Object> args = new ArrayList<>();
        if (name != null) {
            sql.append(" AND name = ?");
            args.add(name);
        }
        if (exercise != null) {
            sql.append(" AND exercise = ?");
            args.add(exercise);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return query(sql.toString(), args.toArray());
    }

    /** A course's submissions, newest first; {@code userId} and {@code exercise} filter when not null. */
    public List<Submission> listForCourse(long courseId, Long userId, String exercise, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM submissions WHERE course_id = ?");
        List<Object> args = new ArrayList<>(List.of(courseId));
        if (userId != null) {
            sql.append(" AND user_id = ?");
            args.add(userId);
        }
        if (exercise != null) {
            sql.append(" AND exercise = ?");
            args.add(exercise);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return query(sql.toString(), args.toArray());
    }

    /** Every graded submission of a course, oldest first (the gradebook's input). */
    public List<Submission> gradedForCourse(long courseId) {
        return query("SELECT " + COLUMNS + " FROM submissions WHERE course_id = ? AND status = ? ORDER BY id",
                courseId, Submission.GRADED);
    }

    /** Creation times of a student's official attempts at an exercise since {@code sinceIso}, oldest first. */
    public List<String> attemptTimesSince(long courseId, long userId, String exercise, String sinceIso) {
        return query("SELECT " + COLUMNS + " FROM submissions WHERE course_id = ? AND user_id = ? AND exercise = ?"
                + " AND created_at > ? ORDER BY id", courseId, userId, exercise, sinceIso)
                .stream().map(Submission::createdAt).toList();
    }

    /** Sets (or with a null score clears) the instructor's manual score and comment. */
    public void setOverride(long id, Double score, String comment) {
        update("UPDATE submissions SET override_score = ?, override_comment = ? WHERE id = ?", score, comment, id);
    }

    private void batchedUpdate(String sql, Object... args) {
        writes.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, args);
                if (st.executeUpdate() != 1) throw new SQLException("expected to update exactly one row: " + sql);
                return null;
            }
        });
    }

    private void update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            if (st.executeUpdate() != 1) throw new SQLException("expected to update exactly one row: " + sql);
        } catch (SQLException e) {
            throw new DataAccessException("could not update the submission", e);
        }
    }

    private List<Submission> query(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<Submission> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("could not read submissions", e);
        }
    }

    private static void bind(PreparedStatement st, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) st.setNull(i + 1, Types.NULL);
            else st.setObject(i + 1, a);
        }
    }

    private static Submission row(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getString("name"), rs.getString("exercise"), rs.getString("code"),
                rs.getString("created_at"), rs.getString("status"), nullableDouble(rs, "score"),
                nullableDouble(rs, "max_score"), rs.getString("engine_build"), rs.getString("result"),
                rs.getString("error"), nullableLong(rs, "user_id"), nullableLong(rs, "course_id"),
                rs.getInt("late") != 0, nullableDouble(rs, "override_score"), rs.getString("override_comment"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A database failure; the server answers 500 without details. */
    public static final class DataAccessException extends RuntimeException {
        public DataAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
