package basis.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import basis.server.TestDatabases;
import basis.server.submissions.Submission;
import basis.server.submissions.SubmissionRepository;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs when ./basis test provides a PostgreSQL (BASIS_TEST_PG); proves the other tests really used it. */
class PostgresTest {
    @TempDir
    Path tmp;

    @Test
    void freshTestDatabasesAreOnPostgresqlWhenOneIsGiven() {
        assumeTrue(TestDatabases.postgresAdminUrl() != null, "no BASIS_TEST_PG: the tests run on SQLite only");
        DataSource ds = TestDatabases.fresh(tmp);
        try {
            assertEquals("postgresql", Database.vendor(ds));
            assertEquals(0, Database.migrate(ds), "fresh() migrated it already");
            SubmissionRepository repo = new SubmissionRepository(ds);
            long id = repo.insertPending("Ada", "add-vectors", "x = 'é'", "2026-01-01T00:00:00.000Z").id();
            Submission s = repo.find(id).orElseThrow();
            assertEquals("x = 'é'", s.code());
            assertEquals(false, s.late());
        } finally {
            TestDatabases.drop(ds);
        }
    }
}
