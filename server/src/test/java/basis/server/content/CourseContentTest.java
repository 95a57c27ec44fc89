package basis.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import basis.grader.Exercise;
import basis.grader.GradeResult;
import basis.grader.Grader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates the real course as it ships (the lessons jar on the classpath): every lesson's code cells
 * run in page order without an error, every reference solution scores full marks, every starter
 * scores less. An error names the lesson or exercise.
 *
 * <p>Each exercise folder may also hold {@code mistakes/*.py} (classic wrong answers, each beginning
 * {@code # mistake: ...}) and {@code accepted/*.py} (correct alternatives, {@code # accepted: ...}).
 * They are authoring material, read from the repository's {@code lessons/} folder and never bundled
 * in the lessons jar: every mistake must score less than full marks, every accepted file full marks.
 */
class CourseContentTest {
    static final Course COURSE = Course.fromClasspath(CourseContentTest.class.getClassLoader());
    private static final Pattern CELL = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

    /** The course folder in the repository (tests run in the server module's folder). */
    static final Path LESSONS = Path.of("..", "lessons").toAbsolutePath().normalize();

    static List<String> cells(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = CELL.matcher(markdown);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCellRuns() {
        return COURSE.lessons().stream().map(lesson -> DynamicTest.dynamicTest(lesson.id() + "/lesson.md", () -> {
            List<String> cells = cells(lesson.markdown());
            assertFalse(cells.isEmpty(), lesson.id() + " has no code cells");
            Session session = new Session();
            for (int i = 0; i < cells.size(); i++) {
                RunResult r = session.runCell(cells.get(i));
                int n = i + 1;
                assertNull(r.error(), () -> lesson.id() + "/lesson.md, cell " + n + " failed:\n" + cells.get(n - 1) + "\n"
                        + r.error().traceback());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySolutionScoresFullMarksAndEveryStarterLess() {
        return COURSE.exerciseIds().stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Exercise ex = COURSE.exercise(id).orElseThrow();
            GradeResult solved = Grader.grade(ex, ex.solution(), Grader.Scope.ALL);
            assertNull(solved.error(), () -> id + "/solution.py: " + solved.error());
            assertTrue(solved.maxScore() > 0, id + " has no tests");
            assertEquals(solved.maxScore(), solved.score(), () -> id + "/solution.py does not score full marks: "
                    + solved.toJson());
            GradeResult starter = Grader.grade(ex, ex.starter(), Grader.Scope.ALL);
            assertTrue(starter.score() < starter.maxScore(), id + "/starter.py already scores full marks");
            GradeResult publicOnly = Grader.grade(ex.publicView(), ex.solution(), Grader.Scope.PUBLIC);
            assertEquals(publicOnly.maxScore(), publicOnly.score(), id + ": public tests fail the solution");
            assertTrue(publicOnly.tests().size() < solved.tests().size(), id + " has no hidden tests");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMistakeScoresLessAndEveryAcceptedAlternativeFullMarks() throws IOException {
        assertTrue(Files.isRegularFile(LESSONS.resolve("course.json")), "no course folder at " + LESSONS);
        Course course = Course.fromDirectory(LESSONS);
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (String id : lesson.exerciseIds()) {
                Exercise ex = course.exercise(id).orElseThrow();
                String dir = lesson.id() + "/exercises/" + id;
                for (String kind : new String[] {"mistakes", "accepted"}) {
                    for (Path file : pythonFiles(LESSONS.resolve(dir).resolve(kind))) {
                        String name = dir + "/" + kind + "/" + file.getFileName();
                        tests.add(DynamicTest.dynamicTest(name, () -> checkExample(ex, name, kind, Files.readString(file))));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static List<Path> pythonFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
    }

    private static void checkExample(Exercise ex, String name, String kind, String code) {
        boolean mistake = kind.equals("mistakes");
        String prefix = mistake ? "# mistake: " : "# accepted: ";
        assertTrue(code.startsWith(prefix) && code.lines().findFirst().orElse("").length() > prefix.length() + 3,
                () -> name + " must begin with a line \"" + prefix + "<one plain sentence>\"");
        // authoring material only: it must not ship in the lessons jar (and so never reach a browser)
        assertNull(CourseContentTest.class.getClassLoader().getResource("lessons/" + name),
                () -> name + " is bundled in the lessons jar; lessons/pom.xml must exclude mistakes/ and accepted/");
        GradeResult r = Grader.grade(ex, code, Grader.Scope.ALL);
        String sentence = code.lines().findFirst().orElse("").substring(prefix.length());
        assertFalse(r.error() != null && r.error().startsWith("the exercise's tests could not be loaded"),
                () -> name + ": " + r.error());
        if (mistake) {
            assertTrue(r.score() < r.maxScore(), () -> name + " scores full marks (" + fmt(r.score()) + "/" + fmt(r.maxScore())
                    + "), but it is a mistake the tests should catch: " + sentence);
        } else {
            assertNull(r.error(), () -> name + " could not be graded: " + r.error());
            assertEquals(r.maxScore(), r.score(), () -> name + " is a correct alternative (" + sentence + ") but scores "
                    + fmt(r.score()) + "/" + fmt(r.maxScore()) + ":\n" + r.tests().stream().filter(t -> !t.passed())
                    .map(t -> "  " + t.name() + ": " + t.message()).collect(Collectors.joining("\n")));
        }
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
