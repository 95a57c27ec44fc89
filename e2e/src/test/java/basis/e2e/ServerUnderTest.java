package basis.e2e;

import basis.server.App;
import basis.server.content.Course;
import basis.server.db.Database;
import basis.server.submissions.GradingService;
import java.nio.file.Path;
import javax.sql.DataSource;

/** The real server, as {@code ./basis serve} wires it, on a free port with a fresh SQLite database. */
final class ServerUnderTest implements AutoCloseable {
    private final GradingService grading;
    private final App app;

    private ServerUnderTest(GradingService grading, App app) {
        this.grading = grading;
        this.app = app;
    }

    static ServerUnderTest start(Path dataDir) {
        DataSource db = Database.sqliteIn(dataDir);
        Database.migrate(db);
        Course course = Course.fromClasspath(ServerUnderTest.class.getClassLoader());
        GradingService grading = new GradingService(2, 8, GradingService.JVM_GRADER);
        App app = new App(db, course, grading).start(0);
        return new ServerUnderTest(grading, app);
    }

    String baseUrl() {
        return "http://localhost:" + app.port();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            grading.close();
        }
    }
}
