package basis.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark (not part of the normal run; run with e2e/bench/run.sh or
 * {@code -Dtest=LoadBenchmark -Dbasis.bench=true}): cold loads of the first lesson in headless
 * Chromium on localhost, each in a fresh context (empty HTTP cache, no service worker). Measures
 * the time from navigation to the first cell's output (the Run button is pressed as soon as the
 * engine is ready) and the bytes transferred until then, as sent over the wire (compressed when
 * the server compresses), from the DevTools protocol. Writes target/benchmark.txt.
 */
class LoadBenchmark extends BrowserTest {
    static final int RUNS = Integer.getInteger("basis.bench.runs", 7);

    @Test
    void firstLessonColdLoads() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("basis.bench"), "set -Dbasis.bench=true to run the benchmark");
        List<Double> millis = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<String> breakdown = new ArrayList<>();
        for (int run = 0; run < RUNS + 1; run++) { // the first run warms the server's JIT and is dropped
            BrowserContext ctx = HARNESS.harness.browser.newContext();
            Page p = ctx.newPage();
            AtomicLong wire = new AtomicLong();
            List<String> gzipped = Collections.synchronizedList(new ArrayList<>());
            List<String> plain = Collections.synchronizedList(new ArrayList<>());
            // Requests of the page and of its engine worker (the Wasm is fetched by the worker).
            ctx.onRequestFinished(r -> {
                var sizes = r.sizes();
                wire.addAndGet(sizes.responseBodySize + sizes.responseHeadersSize);
                String path = r.url().replaceFirst("^https?://[^/]+", "") + " " + sizes.responseBodySize;
                String enc = r.response() == null ? null : r.response().headers().get("content-encoding");
                (enc != null ? gzipped : plain).add(path);
            });
            long t0 = System.nanoTime();
            p.navigate(baseUrl() + "/lesson.html?id=linear-algebra");
            p.waitForSelector("#engine-bar[data-state=ready]");
            double readyMs = (System.nanoTime() - t0) / 1e6;
            String timings = String.valueOf(p.evaluate("() => { const t = window.basisEngine.loadTimings || {};"
                    + " const w = performance.getEntriesByType('resource').find(e => e.name.endsWith('/worker.js'));"
                    + " return 'worker created ' + Math.round(w ? w.startTime : -1) + ' ms after navigation; in the worker: runtime script '"
                    + " + Math.round(t.runtimeLoaded) + ', Wasm loaded ' + Math.round(t.wasmLoaded) + ', ready ' + Math.round(t.ready); }"));
            Locator first = p.locator("article .cell").first();
            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Run").setExact(true)).click();
            first.locator(".output pre").first().waitFor();
            double ms = (System.nanoTime() - t0) / 1e6;
            p.waitForTimeout(100); // let the last loadingFinished events arrive
            if (run > 0) {
                millis.add(ms);
                ready.add(readyMs);
                breakdown.add(timings);
                bytes.add(wire.get());
                if (run == 1) {
                    System.out.println("compressed: " + gzipped);
                    System.out.println("not compressed: " + plain);
                }
            }
            ctx.close();
        }
        String report = "first lesson, cold loads (headless Chromium, localhost), median of " + RUNS + ":\n"
                + "  navigation -> first cell output: " + Math.round(median(millis)) + " ms  (runs: " + millis + ")\n"
                + "  navigation -> engine ready:      " + Math.round(median(ready)) + " ms\n"
                + "  where the time goes (per run):\n    " + String.join("\n    ", breakdown) + "\n"
                + "  bytes over the wire until then:  " + median(bytes) + "  (" + (median(bytes) / 1024) + " KiB, bodies as sent + headers)\n";
        Path out = Paths.get("target", "benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(!millis.isEmpty());
    }

    private static <T extends Comparable<T>> T median(List<T> xs) {
        List<T> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
