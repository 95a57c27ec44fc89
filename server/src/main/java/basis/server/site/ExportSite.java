package basis.server.site;

import basis.grader.Exercise;
import basis.grader.ExerciseLoader;
import basis.server.content.Course;
import basis.server.content.Lesson;
import basis.server.content.Markdown;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code basis export-site DIR}: the public course as a static site that any static file server can
 * host (self-study without our server). DIR gets the web client (the /public tree of the classpath,
 * without the instructor and account pages) and the read-only API as files at the paths the pages
 * fetch: {@code api/course}, {@code api/lessons/ID}, {@code api/exercises/ID}, with the same JSON
 * the server answers (public parts only: no solution, no hidden test), except that the course index
 * says {@code "static_site": true}: the pages then offer Check only, no Submit (there is no server).
 * Cells and Check run in the browser as on the server's site. Every URL in the pages is relative, so
 * the folder works at a server's root or under any sub-path.
 */
public final class ExportSite {
    /** Server-only pages, not part of a static course. */
    static final List<String> LEFT_OUT = List.of("instructor/", "account/");

    private ExportSite() {}

    public record Summary(int files, long bytes) {}

    public static Summary export(Course course, ObjectMapper json, Path dir) throws IOException {
        Files.createDirectories(dir);
        int[] files = {0};
        long[] bytes = {0};
        copyPublicTree(dir, files, bytes);

        List<Object> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<Object> exercises = new ArrayList<>();
            for (String id : lesson.exerciseIds()) {
                Exercise ex = course.exercise(id).orElseThrow();
                exercises.add(ordered("id", id, "title", ex.info().title()));
                ObjectNode node = (ObjectNode) json.readTree(ExerciseLoader.toPublicJson(ex.publicView()));
                node.put("lesson", lesson.id());
                node.put("prompt_html", Markdown.toHtml(ex.prompt()));
                write(dir, "api/exercises/" + id, json.writeValueAsBytes(node), files, bytes);
            }
            lessons.add(ordered("id", lesson.id(), "title", lesson.title(), "exercises", exercises));
            write(dir, "api/lessons/" + lesson.id(), json.writeValueAsBytes(ordered("id", lesson.id(), "title", lesson.title(),
                    "html", Markdown.toHtml(lesson.markdown()), "exercises", lesson.exerciseIds())), files, bytes);
        }
        write(dir, "api/course", json.writeValueAsBytes(ordered("title", course.title(), "lessons", lessons,
                "static_site", true)), files, bytes);
        return new Summary(files[0], bytes[0]);
    }

    /** Copies /public from the classpath (a folder in development, the web-client jar otherwise). */
    private static void copyPublicTree(Path dir, int[] files, long[] bytes) throws IOException {
        URL index = ExportSite.class.getResource("/public/index.html");
        if (index == null) throw new IOException("the web client (/public/index.html) is not on the classpath");
        URI uri;
        try {
            uri = index.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            }
            try {
                copyTree(fs.getPath("/public"), dir, files, bytes);
            } finally {
                if (opened) fs.close();
            }
        } else {
            copyTree(Path.of(uri).getParent(), dir, files, bytes);
        }
    }

    private static void copyTree(Path from, Path to, int[] files, long[] bytes) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) continue;
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (LEFT_OUT.stream().anyMatch(rel::startsWith)) continue;
                Path target = to.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                files[0]++;
                bytes[0] += Files.size(target);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Path dir, String rel, byte[] content, int[] files, long[] bytes) throws IOException {
        Path target = dir.resolve(rel).normalize();
        if (!target.startsWith(dir.normalize())) throw new IOException("an id leaves the site folder: " + rel);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        files[0]++;
        bytes[0] += content.length;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
