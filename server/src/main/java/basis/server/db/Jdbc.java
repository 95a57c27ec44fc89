package basis.server.db;

import basis.server.submissions.SubmissionRepository.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** One short statement on its own pooled connection; the same SQL runs on SQLite and PostgreSQL. */
public final class Jdbc {
    /** Reads one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource ds;

    public Jdbc(DataSource ds) {
        this.ds = ds;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("could not read from the database", e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        return query(sql, row, args).stream().findFirst();
    }

    /** Runs an INSERT/UPDATE/DELETE; returns the number of rows changed. */
    public int update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not write to the database", e);
        }
    }

    /** Runs an INSERT into a table with an {@code id} key; returns the new id. */
    public long insert(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql, new String[] {"id"})) {
            bind(st, args);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id returned");
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not write to the database", e);
        }
    }

    /** True when the failure is a UNIQUE / PRIMARY KEY violation (SQLite or PostgreSQL). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("23505".equals(s.getSQLState())
                    || String.valueOf(s.getMessage()).contains("UNIQUE constraint failed")
                    || String.valueOf(s.getMessage()).contains("PRIMARY KEY constraint failed"))) {
                return true;
            }
        }
        return false;
    }

    static void bind(PreparedStatement st, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) st.setNull(i + 1, Types.NULL);
            else if (a instanceof Boolean b) st.setInt(i + 1, b ? 1 : 0);
            else st.setObject(i + 1, a);
        }
    }
}
