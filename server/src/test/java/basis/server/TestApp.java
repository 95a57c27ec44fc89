package basis.server;

import basis.server.submissions.GradingService;
import java.nio.file.Path;
import javax.sql.DataSource;

/** The app on a free port with a fresh database (SQLite, or PostgreSQL: see {@link TestDatabases}), the test course and the test front end. */
public final class TestApp implements AutoCloseable {
    public final DataSource db;
    public final GradingService grading;
    public final App app;
    public final TestSupport.Http http;

    public TestApp(Path dataDir, int threads, int queue, GradingService.GradeFunction grade) {
        db = TestDatabases.fresh(dataDir);
        grading = new GradingService(threads, queue, grade);
        app = new App(db, TestSupport.testCourse(), grading,
                new App.Settings("/testpublic", false, 4, java.time.Clock.systemUTC())).start(0);
        http = new TestSupport.Http(app.port());
    }

    public TestApp(Path dataDir) {
        this(dataDir, 2, 8, GradingService.JVM_GRADER);
    }

    @Override
    public void close() {
        app.stop();
        grading.close();
        TestDatabases.drop(db);
    }
}
