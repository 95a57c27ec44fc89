package basis.server;

import basis.server.Access.Rule;
import basis.server.accounts.AccountController;
import basis.server.accounts.AccountRepository;
import basis.server.accounts.LoginLimiter;
import basis.server.accounts.Passwords;
import basis.server.content.ContentController;
import basis.server.content.Course;
import basis.server.courses.CourseController;
import basis.server.courses.CourseRepository;
import basis.server.courses.GradebookController;
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
import java.time.Duration;
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
    /** Larger request bodies are refused with 413 before a handler reads them. */
    static final long MAX_REQUEST_BYTES = 512 * 1024;
    static final int LOGIN_FAILURES_PER_EMAIL = 5, LOGIN_FAILURES_PER_IP = 50;
    static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

    /**
     * How the app runs. {@code secureCookies}: mark cookies Secure even when the request does not say
     * it came over HTTPS (set it behind a TLS proxy that sends no X-Forwarded-Proto).
     */
    public record Settings(String staticRoot, boolean secureCookies, int bcryptCost, Clock clock) {
        public static Settings production() {
            return new Settings(STATIC_ROOT, false, Passwords.PRODUCTION_COST, Clock.systemUTC());
        }

        public Settings withSecureCookies(boolean secure) {
            return new Settings(staticRoot, secure, bcryptCost, clock);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private final ObjectMapper json = new ObjectMapper();
    private final ContentController content;
    private final SubmissionController submissions;
    private final Access access;
    private final AccountController accounts;
    private final CourseController courses;
    private final GradebookController gradebook;
    private final String staticRoot;
    private final Javalin javalin;
    private final LoginLimiter byEmail, byIp;
    private final AccountRepository accountRepo;
    private final SubmissionRepository submissionRepo;
    private final Clock clock;
    /** Runs {@link #sweep} every {@link #SWEEP_EVERY} while the app is started. */
    private java.util.concurrent.ScheduledExecutorService sweeper;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);
    private ApiRoutes api;

    public App(DataSource db, Course course, GradingService grading) {
        this(db, course, grading, STATIC_ROOT);
    }

    /** @param staticRoot classpath folder served at {@code /} (tests pass their own) */
    public App(DataSource db, Course course, GradingService grading, String staticRoot) {
        this(db, course, grading, new Settings(staticRoot, false, Passwords.PRODUCTION_COST, Clock.systemUTC()));
    }

    public App(DataSource db, Course course, GradingService grading, Settings settings) {
        Clock clock = settings.clock();
        AccountRepository accountRepo = new AccountRepository(db);
        CourseRepository courseRepo = new CourseRepository(db);
        SubmissionRepository submissionRepo = new SubmissionRepository(db);
        this.submissionRepo = submissionRepo;
        this.byEmail = new LoginLimiter(db, "email", LOGIN_FAILURES_PER_EMAIL, LOGIN_WINDOW, clock);
        this.byIp = new LoginLimiter(db, "ip", LOGIN_FAILURES_PER_IP, LOGIN_WINDOW, clock);
        this.accountRepo = accountRepo;
        this.clock = clock;
        this.content = new ContentController(course, json);
        this.submissions = new SubmissionController(course, submissionRepo, courseRepo, grading, json, clock);
        this.access = new Access(accountRepo, courseRepo, clock, settings.secureCookies());
        this.accounts = new AccountController(accountRepo, new Passwords(settings.bcryptCost()),
                byEmail, byIp, access, clock);
        this.courses = new CourseController(courseRepo, accountRepo, course, clock);
        this.gradebook = new GradebookController(courseRepo, submissionRepo, course);
        this.staticRoot = settings.staticRoot();
        this.javalin = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(json, false));
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
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
        r.before(this::slashFolders);
        r.beforeMatched(access::check); // every access rule and the CSRF check: see Access
        api = new ApiRoutes(r);
        api.get("/api/course", content::course, Rule.ANYONE, "The course: lessons and their exercises")
            .get("/api/lessons/{lessonId}", content::lesson, Rule.ANYONE, "A lesson with its HTML")
            .get("/api/exercises/{id}", content::exercise, Rule.ANYONE, "The public part of an exercise")
            // Anonymous self-study (no account, no course): the lesson pages' Submit.
            .post("/api/submissions", submissions::create, Rule.ANONYMOUS_WRITE,
                    "Create an anonymous self-study submission, graded on the server (413 too large, 429 busy)",
                    "exercise", "name", "code")
            .get("/api/submissions", submissions::list, Rule.ANYONE, "Anonymous submissions by ?name=&exercise=&limit=")
            .get("/api/session", accounts::session, Rule.ANYONE, "Who is signed in, and the CSRF token")
            .post("/api/signup", accounts::signup, Rule.ANYONE, "Create an account and sign in (409 e-mail taken)",
                    "email", "password", "display_name")
            .post("/api/signin", accounts::signin, Rule.ANYONE, "Sign in (401 wrong; 429 after repeated failures)",
                    "email", "password")
            .post("/api/signout", accounts::signout, Rule.ANYONE, "Sign out")
            .get("/api/courses", courses::mine, Rule.SIGNED_IN, "My courses and my role in each")
            .post("/api/courses", courses::create, Rule.COURSE_CREATOR, "Create a course (you become its instructor)",
                    "title", "score_policy")
            .post("/api/courses/join", courses::join, Rule.SIGNED_IN, "Join a course as a student with its code", "join_code")
            .get("/api/courses/{courseId}", courses::get, Rule.COURSE_MEMBER, "A course, my role, its exercises' settings")
            .patch("/api/courses/{courseId}", courses::update, Rule.COURSE_INSTRUCTOR, "Rename or change the score policy",
                    "title", "score_policy")
            .get("/api/courses/{courseId}/members", courses::members, Rule.COURSE_INSTRUCTOR, "The roster")
            .post("/api/courses/{courseId}/members", courses::putMember, Rule.COURSE_INSTRUCTOR,
                    "Add a signed-up user or change their role", "email", "role")
            .put("/api/courses/{courseId}/exercises/{exercise}", courses::putExercise, Rule.COURSE_INSTRUCTOR,
                    "Set an exercise's deadline and attempt limit", "due_at", "max_attempts", "attempt_window_s")
            .post("/api/courses/{courseId}/submissions", submissions::createInCourse, Rule.COURSE_MEMBER,
                    "Create an official submission, graded and stored (429 attempt limit or busy)", "exercise", "code")
            .get("/api/courses/{courseId}/submissions", submissions::listInCourse, Rule.COURSE_MEMBER,
                    "Submissions: a student's own, or all for instructors (?exercise=&user=&limit=)")
            .get("/api/courses/{courseId}/submissions/{id}", submissions::getInCourse, Rule.COURSE_MEMBER,
                    "One submission with its code and result")
            .post("/api/courses/{courseId}/submissions/{id}/override", submissions::override, Rule.COURSE_INSTRUCTOR,
                    "Set or clear a manual score with a comment", "score", "comment")
            .post("/api/courses/{courseId}/whatif", submissions::whatIf, Rule.COURSE_INSTRUCTOR,
                    "Grade edited code without recording anything", "exercise", "code")
            .get("/api/courses/{courseId}/regrade", submissions::regradePreview, Rule.COURSE_INSTRUCTOR,
                    "Preview a regrade of ?exercise= with the current tests: whose score would change")
            .post("/api/courses/{courseId}/regrade", submissions::regradeApply, Rule.COURSE_INSTRUCTOR,
                    "Regrade an exercise with the current tests and store the new results", "exercise")
            .get("/api/courses/{courseId}/gradebook", gradebook::json, Rule.COURSE_INSTRUCTOR,
                    "Students by exercises under the score policy")
            .get("/api/courses/{courseId}/gradebook.csv", gradebook::csv, Rule.COURSE_INSTRUCTOR,
                    "The gradebook as CSV for an LMS");
        Map<String, Object> openApi = api.openApi();
        r.get("/api/openapi.json", ctx -> ctx.json(openApi), Rule.ANYONE);

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

    /**
     * {@code GET /account} (a folder of the static site named without its slash) redirects to
     * {@code account/}: served as it is, the page's relative URLs (its script, styles, the API) would
     * resolve one level too high. The Location is relative (its last segment and a slash), so behind a
     * reverse proxy that serves the app under a sub-path the browser stays under that sub-path.
     */
    private void slashFolders(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) return;
        String path = ctx.path();
        if (path.endsWith("/") || path.startsWith("/api/") || path.contains("..")) return;
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.contains(".") || !classpathHas(staticRoot + path + "/index.html")) return;
        String query = ctx.queryString();
        ctx.header("Location", last + "/" + (query == null ? "" : "?" + query));
        ctx.status(301);
        ctx.skipRemainingHandlers();
    }

    public App start(int port) {
        javalin.start(port);
        sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "basis-sweep");
            t.setDaemon(true);
            return t;
        });
        // The first sweep runs here, before start returns, so none runs at an unpredictable moment
        // soon after (a test that expires sessions and sweeps them raced with it on a busy machine).
        Runnable housekeeping = () -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("housekeeping sweep failed (will retry): {}", e.toString());
            }
        };
        housekeeping.run();
        sweeper.scheduleWithFixedDelay(housekeeping, SWEEP_EVERY.toSeconds(), SWEEP_EVERY.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS);
        return this;
    }

    /**
     * Housekeeping: deletes expired sessions and sign-in failures that no longer count. Runs on every
     * node (deleting the same rows twice is harmless). Returns the number of rows deleted.
     */
    public int sweep() {
        return accountRepo.deleteExpiredSessions(Times.format(clock.instant())) + byEmail.sweep() + byIp.sweep();
    }

    /** Every API route (method, path, access rule), as documented at /api/openapi.json. */
    public java.util.List<ApiRoutes.Route> apiRoutes() {
        return api.all();
    }

    /** The port actually listened on (useful after {@code start(0)}). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        if (sweeper != null) sweeper.shutdownNow();
        javalin.stop();
        submissionRepo.close();
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
