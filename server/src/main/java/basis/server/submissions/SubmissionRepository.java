package basis.server.submissions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code submissions} table. Every method is one short statement on its own connection. */
public final class SubmissionRepository {
    private static final String COLUMNS =
            "id, name, exercise, code, created_at, status, score, max_score, engine_build, result, error";

    private final DataSource ds;

    public SubmissionRepository(DataSource ds) {
        this.ds = ds;
    }

    /** Stores a new submission with status {@code pending} and returns it with its id. */
    public Submission insertPending(String name, String exercise, String code, String createdAt) {
        String sql = "INSERT INTO submissions (name, exercise, code, created_at, status) VALUES (?, ?, ?, ?, ?)";
        try (Connection c = ds.getConnection();
             PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, name);
            st.setString(2, exercise);
            st.setString(3, code);
            st.setString(4, createdAt);
            st.setString(5, Submission.PENDING);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id returned for the new submission");
                return new Submission(keys.getLong(1), name, exercise, code, createdAt, Submission.PENDING,
                        null, null, null, null, null);
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not store the submission", e);
        }
    }

    public void markGraded(long id, double score, double maxScore, String engineBuild, String resultJson) {
        update("UPDATE submissions SET status = ?, score = ?, max_score = ?, engine_build = ?, result = ?, error = NULL"
                + " WHERE id = ?", Submission.GRADED, score, maxScore, engineBuild, resultJson, id);
    }

    public void markError(long id, String message) {
        update("UPDATE submissions SET status = ?, error = ? WHERE id = ?", Submission.ERROR, message, id);
    }

    public Optional<Submission> find(long id) {
        List<Submission> found = query("SELECT " + COLUMNS + " FROM submissions WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Newest first; {@code name} and {@code exercise} are optional filters (null = any). */
    public List<Submission> list(String name, String exercise, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM submissions WHERE 1 = 1");
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
                rs.getString("error"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** A database failure; the server answers 500 without details. */
    public static final class DataAccessException extends RuntimeException {
        public DataAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
