package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.content.Course;
import basis.server.site.ExportSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis export-site DIR}: the exported folder, served by a plain static file server (no
 * Basis server), is a working course: lessons render, cells run, Check runs. Nothing private is in it.
 */
class ExportSiteTest extends BrowserTest {
    static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript",
            "css", "text/css", "wasm", "application/wasm", "woff2", "font/woff2", "json", "application/json");

    @TempDir
    Path site;

    @Test
    void theExportedSiteRunsOnAPlainStaticServer() throws Exception {
        ExportSite.Summary summary = ExportSite.export(Course.fromClasspath(getClass().getClassLoader()), new ObjectMapper(), site);
        assertTrue(summary.files() > 10, "files: " + summary.files());
        assertTrue(Files.exists(site.resolve("wasm/engine.wasm")));
        assertTrue(Files.exists(site.resolve("api/course")));
        assertFalse(Files.exists(site.resolve("instructor")), "server-only pages left out");
        String exercise = Files.readString(site.resolve("api/exercises/" + WholePathTest.EXERCISE));
        assertFalse(exercise.contains("hidden_tests") || exercise.contains("\"solution\""), "no hidden test or solution: " + exercise);

        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1).isEmpty() ? "index.html" : path.substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException ignored) {
                // the browser went away
            }
        });
        server.start();
        try {
            String base = "http://localhost:" + server.getAddress().getPort();
            page.navigate(base + "/lesson.html?id=" + WholePathTest.LESSON);
            awaitEngineReady();
            assertThat(page.locator("article .katex").first()).isVisible();
            Locator first = page.locator("article .cell").first();
            assertThat(runCell(first).locator("pre.display")).hasText("array([1., 2., 3.])");
            Locator panel = page.locator("section.exercise[data-exercise$='" + WholePathTest.EXERCISE + "']");
            setCode(panel, WholePathTest.RIGHT_MATMUL);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true)).click();
            assertThat(panel.locator(".browser-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
            screenshot("static-site-lesson");
        } finally {
            server.stop(0);
        }
    }
}
