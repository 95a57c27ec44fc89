package basis.server.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the database and brings its schema up to date with the versioned SQL migrations in
 * {@code db/migration} (Flyway). SQLite connections run in WAL mode with {@code synchronous=FULL}
 * (a stored submission survives a power cut) and a busy timeout (writers wait rather than fail).
 */
public final class Database {
    static final int BUSY_TIMEOUT_MS = 10_000;

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

    /** A DataSource for a JDBC URL. Only SQLite ({@code jdbc:sqlite:FILE}) is bundled for now. */
    public static DataSource open(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("unsupported database URL " + jdbcUrl
                    + " (this build bundles SQLite only: jdbc:sqlite:FILE)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(jdbcUrl);
        return ds;
    }

    /** Applies pending migrations; a no-op on an up-to-date database. Returns how many ran. */
    public static int migrate(DataSource ds) {
        MigrateResult result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
