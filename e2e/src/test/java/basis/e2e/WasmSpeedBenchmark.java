package basis.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Wasm speed benchmark (not part of the normal run; run with e2e/bench/wasm-speed.sh or
 * {@code -Dtest=WasmSpeedBenchmark -Dbasis.bench=true}): the same notebook cells timed in the
 * browser's engine worker (Wasm, headless Chromium) and on the JVM engine, in the same run and
 * interleaved, so both see the same machine load. Each case's data is made once by a setup cell;
 * the timed cell repeats the operation a few times, so the browser's message round trip is small
 * against the work. After the timings both sides print a checksum of the result, which must agree
 * to the last digit. Reports the median time per operation and the Wasm speed as a fraction of the
 * JVM's; writes target/wasm-speed.txt.
 */
class WasmSpeedBenchmark extends BrowserTest {
    static final int RUNS = Integer.getInteger("basis.bench.runs", 7);
    /** Untimed runs first on each side: HotSpot's C2 and V8's optimizing tier take a few calls. */
    static final int WARMUP = 3;

    /** One operation: setup cell, the operation (timed, {@code reps} times per cell), a checksum cell. */
    record Case(String name, String setup, String op, int reps, double flops, String checksum) {}

    static final List<Case> CASES = List.of(
            matmul(256, 8),
            matmul(512, 2),
            new Case("np.linalg.svd 200x200",
                    "import numpy as np\nrng = np.random.default_rng(3)\nA = rng.random((200, 200))",
                    "U, s, Vt = np.linalg.svd(A)", 1, 0,
                    "repr(float(s.sum())) + ' ' + repr(float(np.abs(U).sum()))"));

    private static Case matmul(int n, int reps) {
        return new Case("matmul " + n + "x" + n + " @ " + n + "x" + n,
                "import numpy as np\nrng = np.random.default_rng(1)\nA = rng.random((" + n + ", " + n + "))\n"
                        + "B = rng.random((" + n + ", " + n + "))",
                "C = A @ B", reps, 2.0 * n * n * n,
                "repr(float(C.sum())) + ' ' + repr(float(C[" + (n - 1) + ", " + (n / 2) + "]))");
    }

    @Test
    void wasmAgainstTheJvm() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("basis.bench"), "set -Dbasis.bench=true to run the benchmark");
        open("playground.html");
        awaitEngineReady();
        StringBuilder report = new StringBuilder("The same cells in the browser (Wasm, headless Chromium worker) and on"
                + " the JVM, same run, interleaved; median of " + RUNS + " after " + WARMUP + " warm-up runs:\n");
        report.append(String.format("  %-28s %12s %12s %10s %10s %14s%n",
                "operation", "JVM ms/op", "Wasm ms/op", "JVM GF/s", "Wasm GF/s", "Wasm/JVM speed"));
        for (Case c : CASES) {
            Session jvm = new Session();
            engineCall("resetSession", "");
            expectOk(Jvm.onEngineThread(() -> jvm.runCell(c.setup())).toJson(), c.name() + " setup on the JVM");
            expectOk(engineCall("runCell", c.setup()), c.name() + " setup in the browser");
            String timed = c.reps() == 1 ? c.op() : "for _ in range(" + c.reps() + "):\n    " + c.op();
            List<Double> jvmMs = new ArrayList<>();
            List<Double> wasmMs = new ArrayList<>();
            for (int run = 0; run < WARMUP + RUNS; run++) {
                double j = timeOnJvm(jvm, timed) / c.reps();
                double w = timeInBrowser(timed) / c.reps();
                if (run >= WARMUP) {
                    jvmMs.add(j);
                    wasmMs.add(w);
                }
            }
            String jvmSum = Jvm.onEngineThread(() -> jvm.runCell(c.checksum())).display();
            String wasmSum = display(engineCall("runCell", c.checksum()));
            assertEquals(jvmSum, wasmSum, c.name() + ": the browser's result differs from the JVM's");
            double jm = median(jvmMs);
            double wm = median(wasmMs);
            report.append(String.format("  %-28s %12.2f %12.2f %10s %10s %14.2f%n", c.name(), jm, wm,
                    c.flops() > 0 ? String.format("%.2f", c.flops() / jm / 1e6) : "-",
                    c.flops() > 0 ? String.format("%.2f", c.flops() / wm / 1e6) : "-", jm / wm));
            report.append(String.format("  %-28s JVM runs %s%n  %-28s Wasm runs %s%n", "", rounded(jvmMs), "", rounded(wasmMs)));
        }
        Path out = Paths.get("target", "wasm-speed.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.print(report);
    }

    /** Milliseconds for one cell on the JVM engine, on an engine thread as the server runs it. */
    private static double timeOnJvm(Session session, String code) {
        return Jvm.onEngineThread(() -> {
            long t0 = System.nanoTime();
            RunResult r = session.runCell(code);
            double ms = (System.nanoTime() - t0) / 1e6;
            expectOk(r.toJson(), code + " on the JVM");
            return ms;
        });
    }

    /** Milliseconds for one cell in the worker, measured in the page around the call. */
    private double timeInBrowser(String code) {
        @SuppressWarnings("unchecked")
        List<Object> r = (List<Object>) page.evaluate("""
                async (code) => {
                  const t0 = performance.now();
                  const result = await window.basisEngine.call('runCell', { code });
                  return [performance.now() - t0, result];
                }""", code);
        expectOk((String) r.get(1), code + " in the browser");
        return ((Number) r.get(0)).doubleValue();
    }

    private static void expectOk(String json, String what) {
        assertTrue(json.contains("\"error\":null"), what + " failed: " + json);
    }

    /** The display field of a runCell result (a Python repr of a str here, so quoted). */
    private static String display(String json) {
        Object d = ((java.util.Map<?, ?>) basis.engine.util.Json.parse(json)).get("display");
        return (String) d;
    }

    private static List<Double> rounded(List<Double> xs) {
        return xs.stream().map(x -> Math.round(x * 100) / 100.0).toList();
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
