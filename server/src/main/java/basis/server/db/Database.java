package basis.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the database behind a HikariCP pool and brings its schema up to date with the versioned SQL
 * migrations in {@code db/migration/<vendor>} (Flyway; {@code sqlite/} and {@code postgresql/} hold
 * the same tables in each dialect). SQLite connections run in WAL mode with {@code synchronous=FULL}
 * (a stored submission survives a power cut) and a busy timeout (writers wait rather than fail).
 */
public final class Database {
    static final int BUSY_TIMEOUT_MS = 10_000;
    static final int POOL_SIZE = 10;

    private Database() {}

    /** The SQLite file {@code dir/basis.db}, creating the folder if needed. */
    public static DataSource sqliteIn(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + dir, e);
        }
        return open("jdbc:sqlite:" + dir.resolve("basis.db").toAbsolutePath());
    }

    /** A pooled DataSource for {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..]}. */
    public static DataSource open(String jdbcUrl) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("basis-db");
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setConnectionTimeout(BUSY_TIMEOUT_MS);
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl(jdbcUrl);
            hc.setDataSource(ds);
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            hc.setJdbcUrl(jdbcUrl);
        } else {
            throw new IllegalArgumentException("unsupported database URL " + jdbcUrl
                    + " (use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB)");
        }
        return new HikariDataSource(hc);
    }

    /** "sqlite" or "postgresql": the migration folder and SQL dialect of this database. */
    public static String vendor(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "sqlite";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Applies pending migrations; a no-op on an up-to-date database. Returns how many ran. */
    public static int migrate(DataSource ds) {
        MigrateResult result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/" + vendor(ds))
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** Closes the pool (a no-op for other DataSources). */
    public static void close(DataSource ds) {
        if (ds instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // closing is best effort
            }
        }
    }
}
