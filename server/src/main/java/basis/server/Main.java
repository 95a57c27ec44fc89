package basis.server;

import basis.engine.RunResult;
import basis.engine.Session;
import basis.grader.Exercise;
import basis.grader.GradeResult;
import basis.server.content.Course;
import basis.server.content.CourseFormatException;
import basis.server.db.Database;
import basis.server.submissions.GradingService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/**
 * The command line behind {@code ./basis}: serve, run, grade. Each command is a method that writes
 * to the given streams and returns the exit status, so tests call them in-process.
 */
public final class Main {
    public static final int OK = 0, FAILED = 1, USAGE = 2;
    public static final int DEFAULT_PORT = 7070;
    /** Set by ./basis to the repository root, so the default data folder does not depend on the cwd. */
    static final String HOME_PROPERTY = "basis.home";
    /** Stack for threads that run student code (the engine's own recursion limit stays well inside it). */
    public static final long ENGINE_STACK_BYTES = 256L << 20;

    static final String USAGE_TEXT = """
            Usage: basis <command> [options]

              serve [--port N] [--data DIR] [--db JDBC_URL] [--course DIR] [--secure-cookies]
                  Start the web app on http://localhost:N (default 7070). The SQLite database is
                  DIR/basis.db (default DIR: data/ in the repository); --db jdbc:sqlite:FILE or
                  jdbc:postgresql://HOST:PORT/DB?user=U&password=P instead. --secure-cookies marks
                  cookies Secure (behind an HTTPS proxy that sends no X-Forwarded-Proto).
              admin create-instructor EMAIL [--name NAME] [--data DIR] [--db JDBC_URL]
                  Create an account that may create courses (or grant that to an existing one and
                  reset its password). The password is read from $BASIS_PASSWORD or stdin's first line.
              run FILE.py
                  Run a program on the JVM engine. Its output goes to stdout; an uncaught error
                  prints a Python traceback to stderr and exits with status 1.
              grade --exercise ID [--json | --csv OUT] [--course DIR] FILE.py...
                  Grade each file against exercise ID with every test, hidden ones included.
                  --json prints one JSON object per file, one per line; --csv OUT writes one row per
                  file (score, passed/failed tests, failing test names) for a gradebook or an LMS.
              export-site DIR [--course DIR]
                  Write the public course (web client, lessons, public exercises) as a static site
                  into DIR, for any static file server, at its root or under any sub-path. Cells
                  and Check work there (offline too); Submit, which needs the server, is not offered.
              test
                  (./basis only) Build and run every module's tests, browser tests included.
              help
                  This text.

            --course DIR reads the course from a folder (e.g. lessons/) instead of the built jar.
            Exit status: 0 done, 1 failed (e.g. the program raised), 2 bad arguments or input.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final java.io.InputStream in;
    private final ObjectMapper json = new ObjectMapper();

    public Main(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public Main(java.io.InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    static {
        EngineSetup.install();
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // Student code may recurse up to the engine's depth limit: give the interpreter a deep stack.
        int[] status = {USAGE};
        Thread worker = new Thread(null, () -> status[0] = new Main(out, err).execute(args), "basis-main", ENGINE_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        err.flush();
        System.exit(status[0]);
    }

    /** Runs one command line; returns the exit status. {@code serve} returns only once stopped. */
    public int execute(String... args) {
        if (args.length == 0) return usage("no command given");
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> serve(Options.parse("serve", rest, Set.of("--port", "--data", "--db", "--course"),
                        Set.of("--secure-cookies")));
                case "admin" -> admin(Options.parse("admin", rest, Set.of("--name", "--data", "--db"), Set.of()));
                case "run" -> run(Options.parse("run", rest, Set.of(), Set.of()));
                case "grade" -> grade(Options.parse("grade", rest, Set.of("--exercise", "--course", "--csv"), Set.of("--json")));
                case "export-site" -> exportSite(Options.parse("export-site", rest, Set.of("--course"), Set.of()));
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> usage("unknown command \"" + args[0] + "\"");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (CourseFormatException e) {
            err.println("basis: cannot load the course: " + e.getMessage());
            return FAILED;
        }
    }

    // ---- serve ----

    int serve(Options o) {
        if (!o.positionals.isEmpty()) throw new UsageException("serve takes no file arguments");
        int port = o.intValue("--port", DEFAULT_PORT, 0, 65535);
        Course course = loadCourse(o);
        String where = o.value("--db") != null ? o.value("--db").replaceAll("password=[^&]*", "password=***")
                : dataDir(o).resolve("basis.db").toString();
        DataSource db = openDatabase(o, "serve");
        if (db == null) return FAILED;
        GradingService grading = new GradingService(2, 8, GradingService.JVM_GRADER);
        App app = new App(db, course, grading, App.Settings.production().withSecureCookies(o.flag("--secure-cookies")));
        try {
            app.start(port);
        } catch (RuntimeException e) {
            grading.close();
            err.println("basis serve: cannot listen on port " + port + " (" + e.getMessage() + "); try --port N");
            return FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            grading.close();
            stopped.countDown();
        }, "basis-shutdown"));
        out.println("Basis is running at http://localhost:" + app.port() + "/  (database: " + where
                + "; Ctrl-C to stop)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private static Path dataDir(Options o) {
        return o.value("--data") != null ? Path.of(o.value("--data")) : defaultDataDir();
    }

    /** The migrated database of --db or --data, or null after printing why not. */
    private DataSource openDatabase(Options o, String command) {
        try {
            DataSource db = o.value("--db") != null ? Database.open(o.value("--db")) : Database.sqliteIn(dataDir(o));
            Database.migrate(db);
            return db;
        } catch (RuntimeException e) {
            err.println("basis " + command + ": cannot open the database: " + e.getMessage());
            return null;
        }
    }

    // ---- admin ----

    int admin(Options o) {
        if (o.positionals.size() != 2 || !o.positionals.get(0).equals("create-instructor")) {
            throw new UsageException("usage: admin create-instructor EMAIL [--name NAME]");
        }
        String email = o.positionals.get(1).strip().toLowerCase(java.util.Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+")) throw new UsageException("not an e-mail address: " + email);
        String password = System.getenv("BASIS_PASSWORD");
        if (password == null) {
            try {
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                password = reader.readLine();
            } catch (IOException e) {
                password = null;
            }
        }
        String problem = basis.server.accounts.Passwords.problem(password);
        if (problem != null) {
            err.println("basis admin: " + problem + " (give it in $BASIS_PASSWORD or on stdin)");
            return USAGE;
        }
        DataSource db = openDatabase(o, "admin");
        if (db == null) return FAILED;
        try {
            var accounts = new basis.server.accounts.AccountRepository(db);
            String hash = new basis.server.accounts.Passwords(basis.server.accounts.Passwords.PRODUCTION_COST).hash(password);
            var existing = accounts.credentials(email);
            if (existing.isPresent()) {
                accounts.setPasswordAndCreator(existing.get().user().id(), hash, true);
                out.println("updated " + email + ": may create courses; password reset");
            } else {
                String name = o.value("--name") != null ? o.value("--name").strip() : email.substring(0, email.indexOf('@'));
                accounts.create(email, name, hash, true, Times.format(java.time.Instant.now()));
                out.println("created instructor " + email + " (sign in, then create a course)");
            }
            return OK;
        } finally {
            Database.close(db);
        }
    }

    static Path defaultDataDir() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Path.of("data") : Path.of(home, "data");
    }

    // ---- run ----

    int run(Options o) {
        if (o.positionals.size() != 1) throw new UsageException("run takes exactly one FILE.py");
        String file = o.positionals.get(0);
        String source;
        try {
            source = readSource(file);
        } catch (IOException e) {
            err.println("basis run: " + e.getMessage());
            return USAGE;
        }
        RunResult result;
        try {
            result = new Session().runFile(source, file);
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            err.println("basis run: internal error in the engine (not your program's fault): " + e);
            return FAILED;
        }
        out.print(result.stdout());
        out.flush();
        if (result.error() != null) {
            String tb = result.error().traceback();
            if (tb == null || tb.isEmpty()) tb = result.error().summary();
            err.print(tb.endsWith("\n") ? tb : tb + "\n");
            err.flush();
            return FAILED;
        }
        return OK;
    }

    // ---- grade ----

    int grade(Options o) {
        String id = o.value("--exercise");
        if (id == null) throw new UsageException("grade needs --exercise ID");
        if (o.positionals.isEmpty()) throw new UsageException("grade needs at least one FILE.py");
        Course course = loadCourse(o);
        Exercise exercise = course.exercise(id).orElse(null);
        if (exercise == null) {
            err.println("basis grade: unknown exercise \"" + id + "\"; known exercises: "
                    + (course.exerciseIds().isEmpty() ? "(none)" : String.join(", ", course.exerciseIds())));
            return USAGE;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : o.positionals) {
            try {
                sources.put(file, readSource(file));
            } catch (IOException e) {
                err.println("basis grade: " + e.getMessage());
                return USAGE;
            }
        }
        boolean asJson = o.flag("--json");
        String csvPath = o.value("--csv");
        if (asJson && csvPath != null) throw new UsageException("grade takes --json or --csv OUT, not both");
        StringBuilder csv = new StringBuilder("file,exercise,score,max_score,tests_passed,tests_failed,error,engine_build,seed,"
                + "failing_tests\r\n");
        boolean progress = !asJson && sources.size() > 1 && System.console() != null;
        int done = 0;
        List<String[]> summary = new ArrayList<>();
        double total = 0, totalMax = 0;
        int full = 0, crashed = 0;
        // Each file is graded in its own engine session, on every core; the results come out in file order.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.size()));
        java.util.concurrent.atomic.AtomicInteger threadNo = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, job -> {
            Thread t = new Thread(null, job, "basis-grade-" + threadNo.incrementAndGet(), ENGINE_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        List<java.util.concurrent.Future<GradeResult>> pending = new ArrayList<>();
        for (String code : sources.values()) pending.add(pool.submit(() -> GradingService.JVM_GRADER.grade(exercise, code)));
        pool.shutdown();
        int index = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            GradeResult r;
            if (progress) progressBar(done, sources.size(), e.getKey());
            done++;
            try {
                r = pending.get(index++).get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                err.println("basis grade: interrupted");
                return FAILED;
            } catch (java.util.concurrent.ExecutionException ex) {
                crashed++;
                err.println("basis grade: " + e.getKey() + ": the grader failed: " + ex.getCause());
                continue;
            }
            if (csvPath != null) csvRow(csv, e.getKey(), r);
            total += r.score();
            totalMax += r.maxScore();
            if (r.maxScore() > 0 && r.score() >= r.maxScore()) full++;
            if (asJson) printJsonLine(e.getKey(), r);
            else if (csvPath == null) printTableRow(e.getKey(), r);
        }
        if (progress) progressBar(done, sources.size(), "");
        if (csvPath != null) {
            try {
                Files.writeString(Path.of(csvPath), csv.toString(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                err.println("basis grade: cannot write " + csvPath + ": " + ex.getMessage());
                return FAILED;
            }
        }
        if (!asJson) {
            out.printf("%d file(s) graded against %s: %d with full marks, %s/%s points in all%s%n",
                    sources.size() - crashed, id, full, number(total), number(totalMax),
                    crashed > 0 ? ", " + crashed + " failed to grade" : "");
        }
        out.flush();
        return crashed > 0 ? FAILED : OK;
    }

    /** A progress bar on stderr (terminals only): [#####-----] 5/10 file.py */
    private void progressBar(int done, int total, String file) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String name = file.length() > 40 ? "..." + file.substring(file.length() - 37) : file;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " " + name
                + " ".repeat(Math.max(0, 40 - name.length())));
        if (done == total) err.print("\r" + " ".repeat(width + 60) + "\r");
        err.flush();
    }

    private static void csvRow(StringBuilder csv, String file, GradeResult r) {
        long passed = r.tests().stream().filter(GradeResult.TestOutcome::passed).count();
        List<String> failing = new ArrayList<>();
        for (GradeResult.TestOutcome t : r.tests()) if (!t.passed()) failing.add(t.name());
        String[] cells = {file, r.exercise(), number(r.score()), number(r.maxScore()), Long.toString(passed),
            Long.toString(r.tests().size() - passed), r.error() == null ? "" : r.error(), r.engineBuild(),
            Long.toString(r.seed()), String.join("; ", failing)};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) csv.append(',');
            csv.append(csvCell(cells[i]));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break; a leading =+-@ is neutralised against spreadsheet formulas. */
    static String csvCell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private void printJsonLine(String file, GradeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exercise", r.exercise());
        m.put("file", file);
        m.putAll(r.toMap());
        try {
            out.println(json.writeValueAsString(m));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the grade of " + file + " as JSON", ex);
        }
    }

    private void printTableRow(String file, GradeResult r) {
        out.printf("%-40s %s/%s%n", file, number(r.score()), number(r.maxScore()));
        if (r.error() != null) out.println("    error: " + r.error());
        for (GradeResult.TestOutcome t : r.tests()) {
            if (!t.passed()) out.println("    x " + t.name() + ": " + t.message());
        }
    }

    /** 3.0 as "3", 2.5 as "2.5". */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---- export-site ----

    int exportSite(Options o) {
        if (o.positionals.size() != 1) throw new UsageException("export-site takes one folder: export-site DIR");
        Path dir = Path.of(o.positionals.get(0));
        try {
            basis.server.site.ExportSite.Summary s = basis.server.site.ExportSite.export(loadCourse(o), json, dir);
            out.println("exported the course to " + dir.toAbsolutePath() + ": " + s.files() + " files, " + s.bytes() + " bytes");
            return OK;
        } catch (IOException e) {
            err.println("basis: export-site: " + e.getMessage());
            return FAILED;
        }
    }

    // ---- shared ----

    private static Course loadCourse(Options o) {
        String dir = o.value("--course");
        return dir != null ? Course.fromDirectory(Path.of(dir)) : Course.fromClasspath(Main.class.getClassLoader());
    }

    private static String readSource(String file) throws IOException {
        Path p = Path.of(file);
        if (Files.isDirectory(p)) throw new IOException(file + ": is a folder, not a file");
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text");
        }
    }

    private int usage(String problem) {
        err.println("basis: " + problem);
        err.println();
        err.print(USAGE_TEXT);
        return USAGE;
    }

    /** Bad command-line arguments. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Parsed arguments of one command: {@code --name value}, {@code --name=value}, flags, and the rest. */
    static final class Options {
        final List<String> positionals = new ArrayList<>();
        private final Map<String, String> values = new HashMap<>();
        private final Set<String> flags = new java.util.HashSet<>();

        static Options parse(String command, List<String> args, Set<String> valued, Set<String> flagNames) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--")) {
                    o.positionals.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                if (!a.startsWith("--") || a.length() == 2) {
                    o.positionals.add(a);
                    continue;
                }
                int eq = a.indexOf('=');
                String name = eq < 0 ? a : a.substring(0, eq);
                if (valued.contains(name)) {
                    String v;
                    if (eq >= 0) v = a.substring(eq + 1);
                    else if (i + 1 < args.size()) v = args.get(++i);
                    else throw new UsageException(name + " needs a value");
                    if (o.values.put(name, v) != null) throw new UsageException(name + " is given twice");
                } else if (flagNames.contains(name) && eq < 0) {
                    o.flags.add(name);
                } else {
                    throw new UsageException("unknown option " + a + " for " + command);
                }
            }
            return o;
        }

        String value(String name) {
            return values.get(name);
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        int intValue(String name, int dflt, int min, int max) {
            String v = values.get(name);
            if (v == null) return dflt;
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) return n;
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", not \"" + v + "\"");
        }
    }
}
