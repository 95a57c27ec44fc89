package basis.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.util.Json;
import basis.grader.Exercise;
import basis.grader.ExerciseLoader;
import basis.grader.GradeResult;
import basis.grader.Grader;
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
 * of its lesson. An exercise folder may also hold mistakes/ and accepted/: example submissions, each a
 * .py file beginning "# mistake: ..." or "# accepted: ..." (not bundled in the jar). (Running the
 * content — cells, solutions, starters, those examples — is the server's CourseContentTest.)
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
                examples(ex, "mistakes");
                examples(ex, "accepted");
            }
            try (Stream<Path> s = Files.list(dir.resolve("exercises"))) {
                TreeSet<String> folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(new TreeSet<>(listed.stream().map(String.class::cast).collect(Collectors.toList())), folders,
                        dir + "/lesson.json must list exactly the exercise folders");
            }
        }
    }

    /** The example submissions in exercise/kind (mistakes or accepted): .py files with the right first line. */
    static Map<String, String> examples(Path exercise, String kind) throws IOException {
        Map<String, String> out = new HashMap<>();
        Path dir = exercise.resolve(kind);
        if (!Files.isDirectory(dir)) return out;
        String prefix = kind.equals("mistakes") ? "# mistake: " : "# accepted: ";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().collect(Collectors.toList())) {
                String name = p.getFileName().toString();
                assertTrue(Files.isRegularFile(p) && name.endsWith(".py"), p + ": " + kind + "/ holds only .py files");
                String code = Files.readString(p);
                assertTrue(code.startsWith(prefix) && code.lines().findFirst().orElse("").length() > prefix.length() + 3,
                        p + " must begin with a line \"" + prefix + "<one plain sentence>\"");
                out.put(name, code);
            }
        }
        return out;
    }

    @Test
    void theTemplateIsAValidExercise() throws IOException {
        Path t = ROOT.resolve("_template");
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> s = Files.list(t)) {
            for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        Exercise ex = ExerciseLoader.fromFiles("_template", files);
        assertEquals("Describe the task in a few words", ex.info().title());
        // its example mistake is caught and its example alternative accepted, like a real exercise's
        Map<String, String> mistakes = examples(t, "mistakes");
        Map<String, String> accepted = examples(t, "accepted");
        assertFalse(mistakes.isEmpty() || accepted.isEmpty(), "_template shows one mistakes/ and one accepted/ example");
        for (Map.Entry<String, String> e : mistakes.entrySet()) {
            GradeResult r = Grader.grade(ex, e.getValue(), Grader.Scope.ALL);
            assertTrue(r.score() < r.maxScore(), "_template/mistakes/" + e.getKey() + " scores full marks: " + r.toJson());
        }
        for (Map.Entry<String, String> e : accepted.entrySet()) {
            GradeResult r = Grader.grade(ex, e.getValue(), Grader.Scope.ALL);
            assertEquals(r.maxScore(), r.score(), "_template/accepted/" + e.getKey() + " is not accepted: " + r.toJson());
        }
    }
}
