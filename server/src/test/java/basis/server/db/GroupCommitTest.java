package basis.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.submissions.SubmissionRepository.DataAccessException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir
    Path tmp;

    private static void insert(GroupCommit writes, String name) {
        writes.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO t (name) VALUES (?)")) {
                st.setString(1, name);
                return st.executeUpdate();
            }
        });
    }

    @Test
    void concurrentWritesAllCommitAndAFailingOneFailsAlone() throws Exception {
        DataSource ds = Database.sqliteIn(tmp);
        Jdbc db = new Jdbc(ds);
        db.update("CREATE TABLE t (name TEXT NOT NULL UNIQUE)");
        try (GroupCommit writes = new GroupCommit(ds, "test-writer")) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            Set<String> failed = ConcurrentHashMap.newKeySet();
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                // every 50th name repeats an earlier one: a UNIQUE violation in the middle of a batch
                String name = i % 50 == 49 ? "n" + (i - 1) : "n" + i;
                all.add(pool.submit(() -> {
                    try {
                        insert(writes, name);
                    } catch (DataAccessException e) {
                        assertTrue(Jdbc.isUniqueViolation(e), e.toString());
                        failed.add(name);
                    }
                }));
            }
            for (Future<?> f : all) f.get();
            pool.shutdown();
            assertEquals(8, failed.size(), "the eight repeated names fail, nothing else");
            assertEquals(392L, db.one("SELECT COUNT(*) FROM t", rs -> rs.getLong(1)).orElseThrow());
        } finally {
            ((AutoCloseable) ds).close();
        }
    }

    @Test
    void aClosedWriterRefusesWrites() throws Exception {
        DataSource ds = Database.sqliteIn(tmp);
        new Jdbc(ds).update("CREATE TABLE t (name TEXT)");
        GroupCommit writes = new GroupCommit(ds, "test-writer");
        insert(writes, "a");
        writes.close();
        assertThrows(DataAccessException.class, () -> insert(writes, "b"));
        ((AutoCloseable) ds).close();
    }
}
