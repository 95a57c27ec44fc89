package basis.server.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.LoadDriver;
import basis.server.TestApp;
import basis.server.TestSupport;
import basis.server.db.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many students submitting at once, graded by the real JVM grader: every acknowledged submission is
 * in the database with its result, and nothing but 429 is refused. Then the same against a server
 * process killed with SIGKILL mid-load and restarted: nothing acknowledged is lost.
 */
class LoadAndCrashTest {
    static final String CODE = "def add(a, b):\n    return [x + y for x, y in zip(a, b)]\n";

    @TempDir
    Path tmp;

    @Test
    void concurrentStudentsLoseNothingAndAreRefusedOnlyWith429() throws Exception {
        try (TestApp t = new TestApp(tmp, 2, 8, GradingService.JVM_GRADER)) {
            LoadDriver.Stats s = LoadDriver.run("http://localhost:" + t.app.port(), 24, Duration.ofSeconds(5),
                    "add-vectors", CODE, new AtomicBoolean());
            report("load", s);
            assertTrue(s.acked().size() > 20, s.summary());
            assertTrue(Set.of(201, 429).containsAll(s.statuses().keySet()), s.summary());
            assertEquals(0, s.connectionErrors(), s.summary());
            assertAllStored(t.db, s.acked());
        }
    }

    @Test
    void aServerKilledMidLoadKeepsEveryAcknowledgedSubmission() throws Exception {
        Path data = tmp.resolve("data");
        Process server = startServer(data);
        int port = portOf(server);
        AtomicBoolean stop = new AtomicBoolean();
        var load = new java.util.concurrent.CompletableFuture<LoadDriver.Stats>();
        new Thread(() -> {
            try {
                load.complete(LoadDriver.run("http://localhost:" + port, 16, Duration.ofSeconds(20), "add-vectors", CODE, stop));
            } catch (Throwable e) {
                load.completeExceptionally(e);
            }
        }, "crash-load").start();
        Thread.sleep(3000);
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));
        Thread.sleep(300);
        stop.set(true);
        LoadDriver.Stats s = load.get(60, TimeUnit.SECONDS);
        report("crash", s);
        assertTrue(s.acked().size() > 5, "some submissions before the kill: " + s.summary());

        Process restarted = startServer(data); // recovers the WAL and migrates (a no-op) on start
        try {
            portOf(restarted);
            DataSource db = Database.sqliteIn(data);
            try {
                assertAllStored(db, s.acked());
            } finally {
                Database.close(db);
            }
        } finally {
            restarted.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Appends the numbers to target/load-report.txt (tests do not print). */
    private static void report(String what, LoadDriver.Stats s) throws java.io.IOException {
        java.nio.file.Files.writeString(Path.of("target", "load-report.txt"), what + ": " + s.summary() + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void assertAllStored(DataSource db, Map<Long, String> acked) {
        SubmissionRepository repo = new SubmissionRepository(db);
        for (var e : acked.entrySet()) {
            Submission stored = repo.find(e.getKey()).orElseThrow(() -> new AssertionError("lost submission " + e.getKey()));
            assertEquals(e.getValue(), stored.code());
            assertEquals(Submission.GRADED, stored.status(), "submission " + e.getKey());
            assertEquals(stored.maxScore(), stored.score(), "the right answer gets full marks: submission " + e.getKey());
            assertTrue(stored.resultJson() != null && stored.engineBuild() != null);
        }
    }

    private static Process startServer(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "basis.server.Main", "serve",
                "--port", "0", "--data", data.toString(), "--course", TestSupport.testCourseDir().toString())
                .redirectErrorStream(true).start();
    }

    /** Reads the server's stdout until it says where it listens. */
    private static int portOf(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
            seen.append(line).append('\n');
            var m = java.util.regex.Pattern.compile("running at http://localhost:(\\d+)/").matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) { /* keep the pipe empty */ }
                    } catch (java.io.IOException ignored) {
                        // the process died
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }
}
