package basis.grader;

import basis.engine.Budget;
import basis.engine.Build;
import basis.engine.PyErrorInfo;
import basis.engine.RunResult;
import basis.engine.Session;
import basis.engine.lang.Access;
import basis.engine.lang.Globals;
import basis.engine.lang.Interp;
import basis.engine.lang.Modules;
import basis.engine.lang.Ops;
import basis.engine.lang.PyBuiltin;
import basis.engine.lang.PyClass;
import basis.engine.lang.PyDict;
import basis.engine.lang.PyException;
import basis.engine.lang.PyFunction;
import basis.engine.lang.PyInstance;
import basis.engine.lang.PyList;
import basis.engine.lang.PyModule;
import basis.engine.lang.PyNone;
import basis.engine.lang.PyTuple;
import basis.engine.lang.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a submission: runs it in a fresh engine Session under the exercise's budget and
 * restrictions, then runs the exercise's tests (public only, or public and hidden) against it, each
 * test with a fresh step budget and the exercise's seed. A broken or hostile submission gives a
 * failing result, never an exception.
 */
public final class Grader {
    private Grader() {}

    /** Which tests to run: the browser has only the public ones; the server runs both. */
    public enum Scope { PUBLIC, ALL }

    public static final String SUBMISSION = "submission.py";

    /** The check helpers, parsed once for every grade. */
    private static final Session.Parsed PRELUDE = Session.parse(Checks.SOURCE);

    /** One registered test: its name, points, function, and whether it came from hidden_tests.py. */
    private record TestCase(String name, double points, Object function, boolean hidden) {}

    public static GradeResult grade(Exercise exercise, String code, Scope scope) {
        ExerciseInfo info = exercise.info();
        if (scope == Scope.ALL && exercise.isPublicView()) {
            throw new IllegalArgumentException("the hidden tests of " + exercise.id() + " are not available here");
        }
        Session session = new Session(Budget.defaults().withMaxSteps(info.maxSteps()));
        Interp in = session.interp();
        in.forbiddenModules.addAll(info.forbiddenModules());
        in.forbiddenFunctions.addAll(info.forbiddenFunctions());
        seed(in, info.seed());
        RunResult submission = session.run(code, SUBMISSION, false, in.globals, true);

        // the tests' own namespace: the student's names, then the helpers
        Globals ns = new Globals();
        for (Globals.Cell c : in.globals.cells()) if (c.value != null) ns.put(c.name, c.value);
        List<TestCase> tests = new ArrayList<>();
        LastCall lastCall = new LastCall();
        installHelpers(in, ns, tests, lastCall);
        RunResult prelude = session.run(PRELUDE, Checks.FILENAME, ns);
        if (prelude.error() != null) throw new IllegalStateException("checks.py failed: " + prelude.error().traceback());
        String authoringError = load(session, ns, exercise.tests(), "tests.py", tests, false);
        if (authoringError == null && scope == Scope.ALL) {
            authoringError = load(session, ns, exercise.hiddenTests(), "hidden_tests.py", tests, true);
        }
        if (authoringError == null && tests.isEmpty()) {
            authoringError = "tests.py defines no test (use @test(\"name\") or functions named test_...)";
        }
        if (authoringError != null) {
            return new GradeResult(exercise.id(), 0, 0, List.of(), Build.ID, info.seed(),
                    "the exercise's tests could not be loaded (please tell your instructor): " + authoringError);
        }

        String fatal = null;
        if (submission.error() != null) {
            fatal = describeSubmissionError(submission.error());
        } else {
            List<String> missing = new ArrayList<>();
            for (String fn : info.functions()) {
                Object v = in.globals.get(fn);
                if (!(v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyClass)) missing.add(fn);
            }
            if (!missing.isEmpty()) {
                fatal = "Your code does not define " + String.join(" and ", missing) + ": write a function named "
                        + missing.get(0) + " (check the spelling).";
            }
        }
        List<GradeResult.TestOutcome> outcomes = new ArrayList<>();
        double score = 0, max = 0;
        for (TestCase t : tests) {
            max += t.points();
            if (fatal != null) {
                outcomes.add(new GradeResult.TestOutcome(t.name(), false, 0, t.points(), fatal, t.hidden()));
                continue;
            }
            String failure = runTest(session, in, t, lastCall, info.seed());
            boolean passed = failure == null;
            if (passed) score += t.points();
            outcomes.add(new GradeResult.TestOutcome(t.name(), passed, passed ? t.points() : 0, t.points(),
                    passed ? "passed" : failure, t.hidden()));
        }
        return new GradeResult(exercise.id(), score, max, outcomes, Build.ID, info.seed(), fatal);
    }

    /** Test files parsed once: an exercise's tests are the same for every submission graded against it. */
    private static final Map<String, Session.Parsed> PARSED_TESTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session.Parsed> eldest) {
            return size() > 256;
        }
    };

    /** The parsed tests, or null if they do not parse (running the source then reports the SyntaxError). */
    private static Session.Parsed parsedTests(String source) {
        synchronized (PARSED_TESTS) {
            Session.Parsed p = PARSED_TESTS.get(source);
            if (p != null) return p;
        }
        Session.Parsed p;
        try {
            p = Session.parse(source);
        } catch (RuntimeException e) {
            return null;
        }
        synchronized (PARSED_TESTS) {
            PARSED_TESTS.put(source, p);
        }
        return p;
    }

    private static String load(Session session, Globals ns, String source, String filename, List<TestCase> tests,
                               boolean hidden) {
        int before = tests.size();
        java.util.Set<Object> known = new java.util.HashSet<>();
        for (Globals.Cell c : ns.cells()) if (c.value != null) known.add(c.value);
        for (TestCase t : tests) known.add(t.function());
        Session.Parsed parsed = parsedTests(source);
        RunResult r = parsed != null ? session.run(parsed, filename, ns) : session.run(source, filename, false, ns, false);
        // pytest style: functions named test_* that no @test registered count 1 point each
        for (Globals.Cell c : ns.cells()) {
            if (c.name.startsWith("test_") && c.value instanceof PyFunction f && !known.contains(f)) {
                tests.add(new TestCase(c.name.substring(5).replace('_', ' '), 1.0, f, hidden));
                known.add(f);
            }
        }
        for (int i = before; i < tests.size(); i++) {
            TestCase t = tests.get(i);
            tests.set(i, new TestCase(t.name(), t.points(), t.function(), hidden));
        }
        return r.error() == null ? null : filename + ": " + r.error().summary() + " (line " + r.error().line() + ")";
    }

    /** The sentence shown on every test when the submission itself could not run. */
    static String describeSubmissionError(PyErrorInfo e) {
        String where = e.line() > 0 ? " on line " + e.line() : "";
        if (e.type().equals("SyntaxError") || e.type().equals("IndentationError")) {
            return "Your code has a " + e.type() + where + ": " + e.message() + ".";
        }
        if (e.type().equals("TimeoutError")) {
            return "Your code ran too long before any test could start" + where + ": is there an endless loop at the top level?";
        }
        return "Your code raised " + e.summary() + where + " before any test could run.";
    }

    private static String runTest(Session session, Interp in, TestCase t, LastCall lastCall, long seed) {
        in.steps = 0;
        in.depth = 0;
        in.resetOutput();
        seed(in, seed);
        lastCall.clear();
        try {
            Access.call(in, t.function(), new Object[0], null);
            return null;
        } catch (PyException e) {
            return failureMessage(session, in, e, lastCall.text(in));
        } catch (StackOverflowError e) {
            return lastCall.text(in) + " recursed too deeply (RecursionError).";
        } catch (RuntimeException e) {
            return lastCall.text(in) + " failed inside Basis (" + e.getClass().getSimpleName() + "): please report this.";
        }
    }

    private static String failureMessage(Session session, Interp in, PyException e, String what) {
        String type = e.exc.cls.name;
        String message;
        try {
            message = Ops.str(in, e.exc);
        } catch (PyException inner) {
            message = e.getMessage();
        }
        if (type.equals("CheckFailed")) return message;
        String line = studentLine(e);
        if (e.uncatchable && e.exc.cls == Types.TIMEOUT_ERROR) {
            return what + " ran too long (over " + in.budget.maxSteps() + " steps)" + line + ": is there an endless loop?";
        }
        if (e.uncatchable) return what + " stopped: " + message + line + ".";
        if (type.equals("AssertionError")) return message.isEmpty() ? "A check failed." : message;
        if (studentLine(e).isEmpty() && !e.frames.isEmpty()) {
            PyException.TraceFrame f = e.frames.get(0);
            return "The test itself failed (please tell your instructor): " + type + (message.isEmpty() ? "" : ": " + message)
                    + " (" + f.filename() + ", line " + f.line() + ").";
        }
        return what + " raised " + type + (message.isEmpty() ? "" : ": " + message) + line + ".";
    }

    /** " (line N of your code)" for the innermost frame in the submission, or "". */
    static String studentLine(PyException e) {
        for (PyException.TraceFrame f : e.frames) {
            if (f.filename().equals(SUBMISSION) && f.line() > 0) return " (line " + f.line() + " of your code)";
        }

        return "";
    }

    private static void seed(Interp in, long seed) {
        try {
            PyModule np = Modules.importModule(in, "numpy");
            PyModule rnd = (PyModule) np.attrs.get("random");
            Access.call(in, rnd.attrs.get("seed"), new Object[] {seed}, null);
            Access.call(in, Modules.importModule(in, "random").attrs.get("seed"), new Object[] {seed}, null);
        } catch (PyException e) {
            // random numbers not available in this engine build: nothing to seed
        }
    }

    private static void installHelpers(Interp in, Globals ns, List<TestCase> tests, LastCall lastCall) {
        ns.put("test", new PyBuiltin("test", (it, a, k) -> {
            Object nameObj = a.length > 0 ? a[0] : (k != null ? k.take("name") : null);
            Object pointsObj = a.length > 1 ? a[1] : (k != null ? k.take("points") : null);
            if (!(nameObj instanceof String name)) throw PyException.typeError("@test needs a name: @test(\"what it checks\")");
            double points = pointsObj == null ? 1.0 : ((Number) (pointsObj instanceof Long l ? (Object) l.doubleValue()
                    : pointsObj)).doubleValue();
            if (!(points >= 0)) throw PyException.valueError("@test points must be >= 0");
            return new PyBuiltin("test_decorator", (it2, fa, fk) -> {
                tests.add(new TestCase(name, points, fa[0], false));
                return fa[0];
            });
        }));
        ns.put("call", new PyBuiltin("call", (it, a, k) -> {
            if (a.length == 0) throw PyException.typeError("call(f, *args) needs the function to call");
            Object[] args = new Object[a.length - 1];
            System.arraycopy(a, 1, args, 0, args.length);
            lastCall.set(a[0], args);
            try {
                return Access.call(it, a[0], args, k);
            } catch (PyException e) {
                if (e.uncatchable) throw e;
                if (e.exc.cls.name.equals("CheckFailed")) throw e;
                String msg = Ops.str(it, e.exc);
                throw checkFailed(ns, lastCall.text(it) + " raised " + e.exc.cls.name + (msg.isEmpty() ? "" : ": " + msg)
                        + studentLine(e) + ".");
            }
        }));
        ns.put("_last_call", new PyBuiltin("_last_call", (it, a, k) -> lastCall.text(it)));
        ns.put("_note_call", new PyBuiltin("_note_call", (it, a, k) -> {
            lastCall.set(a[0], a[1] instanceof PyTuple t ? t.items : new Object[0]);
            return PyNone.NONE;
        }));
        ns.put("_student_line", new PyBuiltin("_student_line", (it, a, k) ->
                a[0] instanceof PyInstance pi && pi.caught != null ? studentLine(pi.caught) : ""));
    }

    private static PyException checkFailed(Globals ns, String message) {
        Object cls = ns.get("CheckFailed");
        PyInstance e = new PyInstance(cls instanceof PyClass c ? c : Types.ASSERTION_ERROR);
        e.attrs.put("args", PyTuple.of(message));
        return new PyException(e);
    }

    /**
     * The call the checks name in their messages ("matmul([[1, 2]], [[3], [4]])"). Formatting the
     * arguments costs more than most tests, and only a failing check needs it, so the call is written
     * out on demand, from a copy of the arguments taken before the call (the student's function may
     * change its inputs in place).
     */
    private static final class LastCall {
        private Object function;
        private Object[] args;
        private String text = "the function";

        void clear() {
            function = null;
            args = null;
            text = "the function";
        }

        void set(Object f, Object[] arguments) {
            Object[] copy = new Object[arguments.length];
            for (int i = 0; i < copy.length; i++) copy[i] = snapshot(arguments[i], 0);
            function = f;
            args = copy;
            text = null;
        }

        String text(Interp in) {
            if (text == null) text = describe(in, function, args);
            return text;
        }

        /** A copy of the mutable containers in v (lists, dicts, arrays), deep enough for a description. */
        private static Object snapshot(Object v, int depth) {
            if (depth > 20) return v;
            if (v instanceof PyList l) {
                PyList c = new PyList(l.items.size());
                for (Object item : l.items) c.items.add(snapshot(item, depth + 1));
                return c;
            }
            if (v instanceof PyTuple t) {
                Object[] items = new Object[t.items.length];
                for (int i = 0; i < items.length; i++) items[i] = snapshot(t.items[i], depth + 1);
                return new PyTuple(items);
            }
            if (v instanceof PyDict d) {
                PyDict c = new PyDict();
                for (var e : d.map.entrySet()) c.map.put(e.getKey(), snapshot(e.getValue(), depth + 1));
                return c;
            }
            if (v instanceof basis.engine.nd.NDArray arr) return arr.copy();
            return v;
        }
    }

    /** "matmul([[1, 2]], [[3], [4]])": the call as the student would write it (long arguments shortened). */
    static String describe(Interp in, Object f, Object[] args) {
        String name = f instanceof PyFunction pf ? pf.code.name : f instanceof PyBuiltin b ? b.name : "function";
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) sb.append(", ");
            String r;
            try {
                r = args[i] instanceof basis.engine.nd.NDArray arr ? "np." + Ops.repr(in, arr).replaceAll("\\s*\n\\s*", " ")
                        : Ops.repr(in, args[i]);
            } catch (PyException e) {
                r = "<" + Ops.typeName(args[i]) + ">";
            }
            if (r.length() > 160) {
                r = args[i] instanceof basis.engine.nd.NDArray arr ? "an array of shape "
                        + Ops.reprNoInterp(Access.getAttr(in, arr, "shape")) : r.substring(0, 150) + "...";
            }
            sb.append(r);
        }
        return sb.append(')').toString();
    }

    static Object none() {
        return PyNone.NONE;
    }
}
