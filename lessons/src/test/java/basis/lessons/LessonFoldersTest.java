package basis.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.util.Json;
import basis.grader.ExerciseLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The course folder is complete and consistent: every lesson in course.json has its files, every
 * exercise listed exists with all six files and a valid info.json, and no exercise folder is left out
 * of its lesson. (Running the content — cells, solutions, starters — is the server's CourseContentTest.)
 */
class LessonFoldersTest {
    static final Path ROOT = Path.of(".");

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path p) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(p));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLessonAndExerciseIsCompleteAndListed() throws IOException {
        List<Object> lessons = (List<Object>) json(ROOT.resolve("course.json")).get("lessons");
        assertFalse(lessons.isEmpty(), "course.json lists no lesson");
        for (Object l : lessons) {
            Path dir = ROOT.resolve((String) l);
            assertTrue(Files.isRegularFile(dir.resolve("lesson.md")), dir + "/lesson.md is missing");
            List<Object> listed = (List<Object>) json(dir.resolve("lesson.json")).get("exercises");
            for (Object id : listed) {
                Path ex = dir.resolve("exercises").resolve((String) id);
                Map<String, String> files = new HashMap<>();
                for (String f : new String[] {"info.json", "prompt.md", "starter.py", "tests.py", "hidden_tests.py", "solution.py"}) {
                    assertTrue(Files.isRegularFile(ex.resolve(f)), ex + "/" + f + " is missing");
                    files.put(f, Files.readString(ex.resolve(f)));
                }
                ExerciseLoader.fromFiles((String) id, files); // validates info.json against the schema
            }
            try (Stream<Path> s = Files.list(dir.resolve("exercises"))) {
                TreeSet<String> folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(new TreeSet<>(listed.stream().map(String.class::cast).collect(Collectors.toList())), folders,
                        dir + "/lesson.json must list exactly the exercise folders");
            }
        }
    }

    @Test
    void theTemplateIsAValidExercise() throws IOException {
        Path t = ROOT.resolve("_template");
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> s = Files.list(t)) {
            for (Path p : s.collect(Collectors.toList())) files.put(p.getFileName().toString(), Files.readString(p));
        }
        assertEquals("Describe the task in a few words", ExerciseLoader.fromFiles("_template", files).info().title());
    }
}
