package basis.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.Session;
import basis.engine.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise: same code, same engine build, same output, in the browser (Wasm, in the worker) and
 * on the server (JVM). Every golden program of the engine's test suite runs on both sides; so does
 * a notebook whose cells share a namespace.
 */
class ParityTest extends BrowserTest {
    /** A program that has not answered in this long is stopped (the step budget should end it sooner). */
    static final int PROGRAM_TIMEOUT_MS = 20_000;

    static final Path GOLDEN = Paths.get(System.getProperty("basis.golden.dir", "../engine/src/test/resources/golden"));
    static final Path PROBES = Paths.get(System.getProperty("basis.parity.dir", "src/test/resources/parity"));

    @Test
    void everyGoldenProgramPrintsTheSameInTheBrowserAsOnTheJvm() throws IOException {
        List<Path> programs = programsUnder(GOLDEN);
        Assumptions.assumeFalse(programs.isEmpty(), "no golden programs under " + GOLDEN.toAbsolutePath() + " yet");
        assertSameOnBothSides(GOLDEN, programs, "golden programs");
    }

    /** Programs aimed at the known differences between Wasm and the JVM (see parity/README.md), one test each. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void wasmRiskProbePrintsTheSameInTheBrowserAsOnTheJvm(String name) throws IOException {
        assertSameOnBothSides(PROBES, List.of(PROBES.resolve(name)), "parity probes");
    }

    static List<String> probes() throws IOException {
        List<String> names = programsUnder(PROBES).stream().map(p -> PROBES.relativize(p).toString()).toList();
        assertTrue(names.size() >= 5, "parity probes missing under " + PROBES.toAbsolutePath());
        return names;
    }

    private void assertSameOnBothSides(Path root, List<Path> programs, String what) throws IOException {
        open("playground.html");
        awaitEngineReady();
        List<String> differences = new ArrayList<>();
        for (Path program : programs) {
            String code = Files.readString(program, StandardCharsets.UTF_8);
            String jvm = Jvm.onEngineThread(() -> new Session().runFile(code, "main.py").toJson());
            String browser = runInBrowser("runProgram", code);
            String diff = difference(jvm, browser);
            if (diff != null) differences.add(root.relativize(program) + ": " + diff);
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + programs.size() + " " + what
                + " differ between the browser and the JVM:\n" + String.join("\n", differences));
    }

    /**
     * The browser computes large products in its WebAssembly SIMD kernel (basis.web.SimdGemm), so the
     * probes above (matmul_kernel.py, linalg_large.py) compare that kernel with the JVM's loops.
     */
    @Test
    void largeProductsRunInTheBrowsersSimdKernel() {
        open("playground.html");
        awaitEngineReady();
        String before = engineCall("simdKernels", "");
        assertTrue(before.startsWith("on, "), "the SIMD kernel is not installed: " + before);
        String r = runInBrowser("runProgram", "import numpy as np\na = np.ones((300, 300))\nprint((a @ a)[0, 0])");
        assertTrue(r.contains("300.0"), r);
        String after = engineCall("simdKernels", "");
        assertTrue(!after.equals(before), "the product did not go to the SIMD kernel: " + before + " -> " + after);
    }

    /**
     * The SVD's rotation sweeps and bidiagonalization run in the browser's SIMD kernels
     * (basis.web.SimdRotations, SimdReflectors), so the probe svd_kernels.py compares those kernels
     * with the JVM's loops.
     */
    @Test
    void svdRunsInTheBrowsersSimdKernels() {
        open("playground.html");
        awaitEngineReady();
        String before = engineCall("simdKernels", "");
        assertTrue(before.matches("on, \\d+ products, \\d+ rotation sweeps, \\d+ reflectors"),
                "the SIMD kernels are not all installed: " + before);
        String r = runInBrowser("runProgram", "import numpy as np\na = np.sin(np.arange(40000.0)).reshape(200, 200)\n"
                + "print(np.linalg.svd(a)[1].shape)");
        assertTrue(r.contains("(200,)"), r);
        String after = engineCall("simdKernels", "");
        java.util.function.Function<String, List<Integer>> counts = s -> java.util.Arrays.stream(s.split("\\D+"))
                .filter(x -> !x.isEmpty()).map(Integer::valueOf).toList();
        List<Integer> b = counts.apply(before);
        List<Integer> a = counts.apply(after);
        assertTrue(a.get(1) > b.get(1) && a.get(2) > b.get(2),
                "the SVD did not go to the SIMD kernels: " + before + " -> " + after);
    }

    @Test
    void notebookCellsShareANamespaceAlikeInTheBrowserAndOnTheJvm() {
        List<String> cells = List.of(
                "import numpy as np\na = np.array([1.0, 2.0, 3.0])\nb = a * 2",
                "print(a + b)\nb.sum()",
                "def f(x):\n    return x ** 2 + 1\n[f(i) for i in range(4)]",
                "M = np.array([[1, 2], [3, 4]])\nM @ M",
                "np.linalg.norm(b)",
                "total = 0\nfor v in b:\n    total += v\nprint(f'{total:.3f}')\ntotal",
                "undefined_name + 1",
                "a / 0",
                "x = 1 // 0",
                "f(3)");
        Session jvm = new Session();
        open("playground.html");
        awaitEngineReady();
        engineCall("resetSession", "");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String diff = difference(Jvm.onEngineThread(() -> jvm.runCell(cell).toJson()), runInBrowser("runCell", cell));
            if (diff != null) differences.add("cell " + (i + 1) + ": " + diff);
        }
        assertTrue(differences.isEmpty(), "cells differ between the browser and the JVM:\n" + String.join("\n", differences));
    }

    static final Path EXERCISES = Paths.get(System.getProperty("basis.exercises.dir", "../lessons/linear-algebra/exercises"));

    /**
     * Check (the public tests) gives the identical result, to the character of every message, in the
     * browser and on the JVM, for every example submission of every exercise: the reference solution,
     * the starter, and the classic mistakes and accepted alternatives of mistakes/ and accepted/.
     */
    @Test
    void everyExampleSubmissionIsCheckedIdenticallyInTheBrowserAndOnTheJvm() throws IOException {
        List<Path> exercises;
        try (Stream<Path> dirs = Files.list(EXERCISES)) {
            exercises = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(exercises.size() >= 10, "exercises missing under " + EXERCISES.toAbsolutePath());
        open("playground.html");
        awaitEngineReady();
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Path dir : exercises) {
            java.util.Map<String, String> files = new java.util.HashMap<>();
            for (String f : new String[] {"info.json", "prompt.md", "starter.py", "tests.py", "hidden_tests.py", "solution.py"}) {
                files.put(f, Files.readString(dir.resolve(f), StandardCharsets.UTF_8));
            }
            basis.grader.Exercise exercise = basis.grader.ExerciseLoader.fromFiles(dir.getFileName().toString(), files)
                    .publicView();
            String publicJson = basis.grader.ExerciseLoader.toPublicJson(exercise);
            List<Path> submissions = new ArrayList<>(List.of(dir.resolve("solution.py"), dir.resolve("starter.py")));
            submissions.addAll(programsUnder(dir.resolve("mistakes")));
            submissions.addAll(programsUnder(dir.resolve("accepted")));
            for (Path submission : submissions) {
                String code = Files.readString(submission, StandardCharsets.UTF_8);
                String jvm = Jvm.onEngineThread(() -> basis.grader.Grader.grade(
                        basis.grader.ExerciseLoader.fromPublicJson(publicJson), code, basis.grader.Grader.Scope.PUBLIC).toJson());
                Object browser = page.evaluate("([exercise, code]) => window.basisEngine.call('check', { exercise, code })",
                        List.of(publicJson, code));
                checked++;
                if (!jvm.equals(browser)) {
                    differences.add(EXERCISES.relativize(submission) + ":\n      jvm     " + jvm + "\n      browser " + browser);
                }
            }
        }
        assertTrue(checked >= 60, "only " + checked + " example submissions found");
        assertTrue(differences.isEmpty(), differences.size() + " of " + checked
                + " example submissions are graded differently in the browser and on the JVM:\n" + String.join("\n", differences));
    }

    static List<Path> programsUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** Runs one op in the worker; a call that hangs is stopped and reported as such. */
    private String runInBrowser(String op, String code) {
        Object result = page.evaluate("""
                async ([op, code, timeout]) => {
                  const engine = window.basisEngine;
                  let timer;
                  const late = new Promise((resolve) => {
                    timer = setTimeout(() => { engine.stop(); resolve('TIMEOUT after ' + timeout + ' ms'); }, timeout);
                  });
                  try {
                    return await Promise.race([engine.call(op, { code }), late]);
                  } catch (err) {
                    return 'ENGINE FAILURE: ' + err.message;
                  } finally {
                    clearTimeout(timer);
                  }
                }""", List.of(op, code, PROGRAM_TIMEOUT_MS));
        return (String) result;
    }

    /** Null when the two RunResult JSONs agree on stdout, display and the error's type, message and line. */
    static String difference(String jvmJson, String browserJson) {
        if (browserJson == null || !browserJson.startsWith("{")) return "the browser gave no result: " + browserJson;
        Map<String, Object> jvm = essentials(jvmJson), browser = essentials(browserJson);
        if (jvm.equals(browser)) return null;
        StringBuilder sb = new StringBuilder();
        for (String key : jvm.keySet()) {
            Object j = jvm.get(key), b = browser.get(key);
            if (java.util.Objects.equals(j, b)) continue;
            if (j instanceof String js && b instanceof String bs && (js.contains("\n") || bs.contains("\n"))) {
                String[] jl = js.split("\n", -1), bl = bs.split("\n", -1);
                int i = 0;
                while (i < jl.length && i < bl.length && jl[i].equals(bl[i])) i++;
                String jLine = i < jl.length ? jl[i] : null, bLine = i < bl.length ? bl[i] : null;
                int from = 0;
                if (jLine != null && bLine != null) {
                    int same = 0;
                    while (same < jLine.length() && same < bLine.length() && jLine.charAt(same) == bLine.charAt(same)) same++;
                    from = Math.max(0, same - 30);
                }
                sb.append("\n    ").append(key).append(" line ").append(i + 1)
                        .append(from > 0 ? ", column " + (from + 1) : "").append(": jvm ").append(excerpt(jLine, from))
                        .append(" | browser ").append(excerpt(bLine, from));
            } else {
                sb.append("\n    ").append(key).append(": jvm ").append(Json.write(j)).append(" | browser ").append(Json.write(b));
            }
        }
        return sb.toString();
    }

    private static String excerpt(String line, int from) {
        if (line == null) return "(end)";
        String part = line.substring(Math.min(from, line.length()));
        return (from > 0 ? "…" : "") + Json.quote(part.length() > 100 ? part.substring(0, 100) + "…" : part);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> essentials(String json) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(json);
        Map<String, Object> error = (Map<String, Object>) m.get("error");
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("stdout", m.get("stdout"));
        out.put("display", m.get("display"));
        out.put("error.type", error == null ? null : error.get("type"));
        out.put("error.message", error == null ? null : error.get("message"));
        out.put("error.line", error == null ? null : error.get("line"));
        return out;
    }

    @Test
    void differenceNamesTheFieldsThatDiffer() {
        String a = "{\"stdout\":\"1\\n\",\"display\":null,\"error\":null}";
        String b = "{\"stdout\":\"1.0\\n\",\"display\":null,\"error\":null}";
        assertEquals(null, difference(a, a));
        assertTrue(difference(a, b).contains("stdout line 1: jvm \"1\" | browser \"1.0\""), difference(a, b));
        String c = "{\"stdout\":\"\",\"display\":null,\"error\":{\"type\":\"ValueError\",\"message\":\"m\",\"line\":3,\"traceback\":\"t\"}}";
        String d = "{\"stdout\":\"\",\"display\":null,\"error\":{\"type\":\"ValueError\",\"message\":\"m\",\"line\":2,\"traceback\":\"u\"}}";
        assertEquals("\n    error.line: jvm 3 | browser 2", difference(c, d));
    }
}
