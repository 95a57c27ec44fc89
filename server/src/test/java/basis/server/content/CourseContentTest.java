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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates the real course as it ships (the lessons jar on the classpath): every lesson's code cells
 * run in page order without an error, every reference solution scores full marks, every starter
 * scores less. An error names the lesson or exercise.
 */
class CourseContentTest {
    static final Course COURSE = Course.fromClasspath(CourseContentTest.class.getClassLoader());
    private static final Pattern CELL = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

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
}
