package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.Build;
import basis.engine.RunResult;
import basis.engine.Session;
import basis.grader.ExerciseLoader;
import basis.grader.Grader;
import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plumbing between the page, the worker and the Wasm engine, independent of what the engine
 * computes: whatever the JVM engine answers, the browser must answer the same, and the page must
 * show it.
 */
class EngineMechanicsTest extends BrowserTest {

    @Test
    void serverServesTheWasmEngineAsApplicationWasm() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> wasm = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/wasm/engine.wasm")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wasm.statusCode());
        assertEquals("application/wasm", wasm.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(wasm.body(), 4), "Wasm magic number");

        HttpResponse<String> runtime = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/wasm/engine.wasm-runtime.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, runtime.statusCode());
        assertTrue(runtime.body().contains("wasmGC"), "the TeaVM runtime defines TeaVM.wasmGC");
    }

    @Test
    void workerLoadsTheEngineAndReportsItsBuild() {
        open("playground.html");
        awaitEngineReady();
        assertThat(page.locator("#engine-state")).containsText(Build.ID);
        assertEquals(Build.ID, engineCall("engineBuild", ""));
        assertNoConsoleErrors();
        assertNoForeignRequests();
    }

    @Test
    void aCellsRunResultReachesThePageAsTheJvmComputesIt() {
        String code = "x = 6 * 7\nprint('x is', x)\nx";
        RunResult jvm = new Session().runCell(code);

        open("playground.html");
        awaitEngineReady();
        engineCall("resetSession", "");
        assertEquals(jvm.toJson(), engineCall("runCell", code), "RunResult JSON from the worker");

        engineCall("resetSession", "");
        Locator cell = page.locator(".cell").first();
        setCode(cell, code);
        Locator output = runCell(cell);
        if (!jvm.stdout().isEmpty()) assertEquals(jvm.stdout(), output.locator("pre.stdout").textContent());
        if (jvm.display() != null) assertEquals(jvm.display(), output.locator("pre.display").textContent());
        if (jvm.error() != null) {
            assertThat(output.locator(".error .error-head")).containsText(jvm.error().type());
            assertEquals(jvm.error().traceback(), output.locator(".error pre.traceback").textContent());
        }
        screenshot("cell");
        assertNoConsoleErrors();
    }

    @Test
    void checkInTheWorkerGradesAsTheJvmDoes() {
        String exercise = """
                {"id":"probe","info":{"title":"Probe","functions":["double"]},"prompt":"Double it.",\
                "starter":"def double(x):\\n    pass\\n","tests":"assert double(2) == 4\\n"}""";
        String code = "def double(x):\n    return 2 * x\n";
        String jvm = Grader.grade(ExerciseLoader.fromPublicJson(exercise), code, Grader.Scope.PUBLIC).toJson();

        open("playground.html");
        awaitEngineReady();
        Object browser = page.evaluate("([exercise, code]) => window.basisEngine.call('check', { exercise, code })",
                List.of(exercise, code));
        assertEquals(jvm, browser, "GradeResult JSON from the worker");
    }
}
