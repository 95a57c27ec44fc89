package basis.server;

import basis.server.content.ContentController;
import basis.server.content.Course;
import basis.server.submissions.GradingService;
import basis.server.submissions.SubmissionController;
import basis.server.submissions.SubmissionRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app. It takes its dependencies in the constructor (a migrated database, the loaded
 * course, the grading pool), so tests start it on port 0 with a fresh database. Every route is
 * declared in {@link #routes}.
 */
public final class App {
    /** Where the web-client jar puts the static front end (index.html, wasm/engine.wasm, ...). */
    public static final String STATIC_ROOT = "/public";
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final ObjectMapper json = new ObjectMapper();
    private final ContentController content;
    private final SubmissionController submissions;
    private final String staticRoot;
    private final Javalin javalin;

    public App(DataSource db, Course course, GradingService grading) {
        this(db, course, grading, STATIC_ROOT);
    }

    /** @param staticRoot classpath folder served at {@code /} (tests pass their own) */
    public App(DataSource db, Course course, GradingService grading, String staticRoot) {
        this.content = new ContentController(course, json);
        this.submissions = new SubmissionController(course, new SubmissionRepository(db), grading, json,
                Clock.systemUTC());
        this.staticRoot = staticRoot;
        this.javalin = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        if (classpathHas(staticRoot)) {
            config.staticFiles.add(staticRoot, Location.CLASSPATH);
        } else {
            log.warn("no static front end at classpath:{} (is basis-web-client built?); serving the API only",
                    staticRoot);
        }
        routes(config);
    }

    private void routes(JavalinConfig config) {
        var r = config.routes;
        r.get("/api/course", content::course);
        r.get("/api/lessons/{lessonId}", content::lesson);
        r.get("/api/exercises/{id}", content::exercise);
        r.post("/api/submissions", submissions::create);
        r.get("/api/submissions", submissions::list);

        r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.field()));
        r.exception(GradingService.BusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            error(ctx, 429, e.getMessage(), null);
        });
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        r.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal server error", null);
        });
    }

    public App start(int port) {
        javalin.start(port);
        return this;
    }

    /** The port actually listened on (useful after {@code start(0)}). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static void error(Context ctx, int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) body.put("field", field);
        ctx.status(status).json(body);
    }

    private static boolean classpathHas(String folder) {
        String name = folder.startsWith("/") ? folder.substring(1) : folder;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = App.class.getClassLoader();
        return loader.getResource(name) != null || loader.getResource(name + "/") != null;
    }
}
