package basis.server;

import basis.server.content.Course;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** Shared test helpers: the test course, copies of it to break, and a small HTTP client. */
public final class TestSupport {
    public static final ObjectMapper JSON = new ObjectMapper();

    private TestSupport() {}

    /** Scores what the code says: "# score N" gives N of 2; one test passes when N >= 1. */
    public static final basis.server.submissions.GradingService.GradeFunction SCORE_FROM_CODE = (ex, code) -> {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("# score (\\d)").matcher(code);
        int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return new basis.grader.GradeResult(ex.id(), n, 2, java.util.List.of(
                new basis.grader.GradeResult.TestOutcome("test_first", n >= 1, Math.min(n, 1), 1, n >= 1 ? "" : "first failed", false),
                new basis.grader.GradeResult.TestOutcome("test_second", n >= 2, n >= 2 ? 1 : 0, 1, n >= 2 ? "" : "second failed", true)),
                "fake-build", 0, null);
    };


    /** server/src/test/resources/testcourse: one lesson "vectors", one exercise "add-vectors". */
    public static Path testCourseDir() {
        try {
            return Path.of(TestSupport.class.getResource("/testcourse/course.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Course testCourse() {
        return Course.fromDirectory(testCourseDir());
    }

    /** A writable copy of the test course below {@code target}. */
    public static Path copyTestCourse(Path target) throws IOException {
        Path src = testCourseDir();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dst = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dst);
                else Files.copy(p, dst);
            }
        }
        return target;
    }

    public record Response(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + raw.body(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** java.net.http against one running app. */
    public static final class Http {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        public Http(int port) {
            this.base = "http://localhost:" + port;
        }

        public Response get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        public Response postJson(String path, String body) {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        public Response postJson(String path, Object body) {
            try {
                return postJson(path, JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Response send(HttpRequest.Builder b) {
            try {
                HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Response(r.statusCode(), r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
