package basis.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.submissions.Submission;
import basis.server.submissions.SubmissionRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void migratesAnEmptyDatabaseThenDoesNothingOnRestart() throws SQLException {
        Path dir = tmp.resolve("nested/data");
        DataSource first = Database.sqliteIn(dir);
        assertTrue(Files.isDirectory(dir), "the data folder is created with its parents");
        assertEquals(3, Database.migrate(first)); // V1 submissions, V2 accounts and courses, V3 sign-in failures
        long id = new SubmissionRepository(first).insertPending("Ada", "add-vectors", "x = 1", "2026-01-01T00:00:00.000Z").id();

        DataSource again = Database.sqliteIn(dir); // a restart: same file, new DataSource
        assertEquals(0, Database.migrate(again));
        Submission kept = new SubmissionRepository(again).find(id).orElseThrow();
        assertEquals("x = 1", kept.code());
        assertEquals(Submission.PENDING, kept.status());
        assertEquals(1, scalar(again, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'"));
    }

    @Test
    void connectionsUseWalFullSyncAndABusyTimeout() throws SQLException {
        DataSource ds = Database.sqliteIn(tmp);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertEquals("wal", string(st, "PRAGMA journal_mode"));
            assertEquals("2", string(st, "PRAGMA synchronous")); // 2 = FULL
            assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MS), string(st, "PRAGMA busy_timeout"));
            assertEquals("1", string(st, "PRAGMA foreign_keys"));
        }
    }

    @Test
    void theSchemaRejectsAnUnknownStatus() throws SQLException {
        DataSource ds = Database.sqliteIn(tmp);
        Database.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO submissions "
                    + "(name, exercise, code, created_at, status) VALUES ('a', 'b', 'c', 'd', 'lost')"));
        }
    }

    @Test
    void onlySqliteAndPostgresqlUrlsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://localhost/basis"));
        assertTrue(e.getMessage().contains("jdbc:mysql://localhost/basis"), e.getMessage());
    }

    private static long scalar(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
