package basis.server;

import basis.server.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one test: SQLite in the test's folder, or, when the environment
 * variable {@code BASIS_TEST_PG} holds an admin JDBC URL of a PostgreSQL server
 * ({@code jdbc:postgresql://HOST:PORT/postgres?user=postgres}, as ./basis test sets it), a new
 * database created on that server and dropped afterwards. So the same tests run against both.
 */
public final class TestDatabases {
    public static final String PG_ENV = "BASIS_TEST_PG";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    public static String postgresAdminUrl() {
        String url = System.getenv(PG_ENV);
        return url == null || url.isBlank() ? null : url;
    }

    /** A fresh database; {@link #drop} it after the test. */
    public static DataSource fresh(Path sqliteDir) {
        String admin = postgresAdminUrl();
        DataSource ds;
        if (admin == null) {
            ds = Database.sqliteIn(sqliteDir);
        } else {
            String name = "basis_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            exec(admin, "CREATE DATABASE " + name);
            ds = Database.open(urlFor(admin, name));
        }
        Database.migrate(ds);
        return ds;
    }

    /** The JDBC URL of a database that {@link #fresh} made on PostgreSQL, e.g. for a second "node". */
    public static String urlFor(String adminUrl, String database) {
        return adminUrl.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
    }

    public static void drop(DataSource ds) {
        String admin = postgresAdminUrl();
        String name = null;
        if (admin != null) {
            try (Connection c = ds.getConnection()) {
                name = c.getCatalog();
            } catch (SQLException e) {
                // already closed: nothing to drop
            }
        }
        Database.close(ds);
        if (name != null && name.startsWith("basis_test_")) exec(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void exec(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
