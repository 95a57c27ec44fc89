package basis.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.TestApp;
import basis.server.TestSupport.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentApiTest {
    @TempDir
    Path tmp;
    TestApp t;

    @BeforeEach
    void start() {
        t = new TestApp(tmp);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void courseListsLessonsAndExercises() {
        Response r = t.http.get("/api/course");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode c = r.json();
        assertEquals("Test course", c.get("title").asText());
        assertEquals(1, c.get("lessons").size());
        JsonNode lesson = c.get("lessons").get(0);
        assertEquals("vectors", lesson.get("id").asText());
        assertEquals("Vectors", lesson.get("title").asText());
        assertEquals("add-vectors", lesson.get("exercises").get(0).get("id").asText());
        assertEquals("Add two vectors", lesson.get("exercises").get(0).get("title").asText());
    }

    @Test
    void lessonComesWithRenderedHtml() {
        Response r = t.http.get("/api/lessons/vectors");
        assertEquals(200, r.status());
        JsonNode l = r.json();
        assertEquals("vectors", l.get("id").asText());
        assertEquals("Vectors", l.get("title").asText());
        String html = l.get("html").asText();
        assertTrue(html.startsWith("<h1>Vectors</h1>"), html);
        assertTrue(html.contains("<em>Adding</em>"), html);
        assertTrue(html.contains("<pre><code class=\"language-python\">a = [1, 2]\n"), html);
    }

    @Test
    void unknownLessonIs404Json() {
        Response r = t.http.get("/api/lessons/nope");
        assertEquals(404, r.status());
        assertEquals("no lesson \"nope\"", r.json().get("error").asText());
    }

    @Test
    void exerciseIsThePublicViewWithRenderedPrompt() {
        Response r = t.http.get("/api/exercises/add-vectors");
        assertEquals(200, r.status());
        JsonNode ex = r.json();
        assertEquals("add-vectors", ex.get("id").asText());
        assertEquals("vectors", ex.get("lesson").asText());
        assertEquals("Add two vectors", ex.get("info").get("title").asText());
        assertTrue(ex.get("starter").asText().startsWith("def add(a, b):"));
        assertTrue(ex.get("tests").asText().contains("test_add_small"));
        assertTrue(ex.get("prompt").asText().contains("**element-wise**"));
        assertTrue(ex.get("prompt_html").asText().contains("<strong>element-wise</strong>"));
    }

    @Test
    void exerciseNeverRevealsTheSolutionOrHiddenTests() {
        String body = t.http.get("/api/exercises/add-vectors").body();
        assertFalse(body.contains("SOLUTION_MARKER_7f3a"), body);
        assertFalse(body.contains("HIDDEN_TEST_MARKER_91c2"), body);
        assertFalse(body.contains("test_add_empty_hidden"), body);
        List<String> keys = new ArrayList<>();
        t.http.get("/api/exercises/add-vectors").json().fieldNames().forEachRemaining(keys::add);
        assertFalse(keys.contains("solution"), keys.toString());
        assertFalse(keys.contains("hidden_tests"), keys.toString());
        // Nor do the other content routes.
        for (String path : List.of("/api/course", "/api/lessons/vectors")) {
            String other = t.http.get(path).body();
            assertFalse(other.contains("SOLUTION_MARKER_7f3a") || other.contains("HIDDEN_TEST_MARKER_91c2"), path);
        }
    }

    @Test
    void unknownExerciseIs404Json() {
        Response r = t.http.get("/api/exercises/nope");
        assertEquals(404, r.status());
        assertEquals("no exercise \"nope\"", r.json().get("error").asText());
    }

    @Test
    void unknownApiRouteIs404Json() {
        Response r = t.http.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertNotNull(r.json().get("error"));
    }

    @Test
    void servesTheFrontEndAndWasm() {
        Response index = t.http.get("/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("BASIS_TEST_INDEX"), index.body());
        assertTrue(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type"));

        Response wasm = t.http.get("/wasm/test.wasm");
        assertEquals(200, wasm.status());
        assertEquals("application/wasm", wasm.header("Content-Type"));
    }

    @Test
    void aFolderNamedWithoutItsSlashRedirectsRelativelySoASubPathIsKept() {
        Response bare = t.http.get("/account");
        assertEquals(301, bare.status());
        assertEquals("account/", bare.header("Location"), "relative: behind a proxy under /basis/ it stays there");
        assertEquals("account/?next=..%2Flesson.html", t.http.get("/account?next=..%2Flesson.html").header("Location"));

        Response folder = t.http.get("/account/");
        assertEquals(200, folder.status());
        assertTrue(folder.body().contains("BASIS_TEST_ACCOUNT"), folder.body());
        assertEquals(200, t.http.get("/account/index.html").status());
        assertEquals(404, t.http.get("/nowhere").status(), "only folders of the site redirect");
        assertEquals(null, t.http.get("/nowhere").header("Location"));
        assertEquals(404, t.http.get("/api/account").status());
    }
}
