package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code basis export-site DIR}: the exported folder, served by a plain static file server (no
 * Basis server) under a sub-path, is a working course: lessons render, cells run, Check runs,
 * Submit is replaced by a note (there is no server), every URL stays under the sub-path, and after
 * one visit it works offline. Nothing private is in it.
 */
class ExportSiteTest extends BrowserTest {
    static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript",
            "css", "text/css", "wasm", "application/wasm", "woff2", "font/woff2", "json", "application/json");
    static final String PREFIX = "/some/dir/";

    @TempDir
    Path site;

    @Test
    void theExportedSiteRunsOnAPlainStaticServerUnderASubPathAndOffline() throws Exception {
        ExportSite.Summary summary = ExportSite.export(Course.fromClasspath(getClass().getClassLoader()), new ObjectMapper(), site);
        assertTrue(summary.files() > 10, "files: " + summary.files());
        assertTrue(Files.exists(site.resolve("wasm/engine.wasm")));
        assertTrue(Files.exists(site.resolve("api/course")));
        assertTrue(Files.readString(site.resolve("api/course")).contains("\"static_site\":true"));
        assertFalse(Files.exists(site.resolve("instructor")), "server-only pages left out");
        String exercise = Files.readString(site.resolve("api/exercises/" + WholePathTest.EXERCISE));
        assertFalse(exercise.contains("hidden_tests") || exercise.contains("\"solution\""), "no hidden test or solution: " + exercise);

        // A static file server with the site under PREFIX only: anything asked for outside it is
        // recorded (an absolute URL in a page) and answered 404.
        List<String> outside = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(PREFIX)) {
                String rel = path.substring(PREFIX.length());
                file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            } else {
                outside.add(exchange.getRequestMethod() + " " + path);
            }
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
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
            String base = "http://localhost:" + server.getAddress().getPort() + PREFIX;
            page.navigate(base);
            assertThat(page.locator("#lead")).containsText("no server");
            page.locator("ol.lessons h2 a").first().click();
            page.waitForURL(base + "lesson.html?id=" + WholePathTest.LESSON);
            awaitLessonLoaded();
            awaitEngineReady();
            assertThat(page.locator("article .katex").first()).isVisible();
            Locator first = page.locator("article .cell").first();
            assertThat(runCell(first).locator("pre.display")).hasText("array([1., 2., 3.])");
            Locator panel = page.locator("section.exercise[data-exercise$='" + WholePathTest.EXERCISE + "']");
            setCode(panel, WholePathTest.RIGHT_MATMUL);
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true)).click();
            assertThat(panel.locator(".browser-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
            // No server: no Submit button that would fail, a note instead.
            assertThat(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit"))).hasCount(0);
            assertThat(panel.locator(".static-note")).hasText(
                    "Check runs in your browser; this copy of the course has no server, so there is no Submit here.");
            assertThat(page.locator(".submit-target")).containsText("This copy of the course has no server");
            assertThat(panel.locator(".server-result")).isHidden();
            screenshot("static-site-lesson");

            // The service worker keeps the site (under the sub-path) for offline use.
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            page.waitForFunction("async (base) => { const c = await caches.open('basis-v2');"
                    + " return !!(await c.match(base + 'wasm/engine.wasm')) && !!(await c.match(base + 'api/lessons/" + WholePathTest.LESSON + "'))"
                    + " && !!(await c.match(base + 'vendor/katex.js')) && !!(await c.match(base + 'api/course')); }", base);
            assertEquals(PREFIX, page.evaluate("async () => new URL((await navigator.serviceWorker.ready).scope).pathname"));
            context.setOffline(true);
            page.reload();
            awaitLessonLoaded();
            awaitEngineReady();
            assertThat(runCell(page.locator("article .cell").first()).locator("pre.display")).hasText("array([1., 2., 3.])");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check").setExact(true)).click();
            assertThat(panel.locator(".browser-result .score")).hasClass(Pattern.compile("\\bfull\\b"));
            page.navigate(base);
            assertThat(page.locator("ol.lessons h2 a").first()).isVisible();
            context.setOffline(false);
        } finally {
            server.stop(0);
        }
        assertEquals(List.of(), List.copyOf(outside), "requests outside " + PREFIX);
        assertNoConsoleErrors();
    }
}
