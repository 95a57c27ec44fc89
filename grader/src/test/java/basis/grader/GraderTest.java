package basis.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grader against the real matmul exercise: right, wrong, broken and hostile submissions. */
class GraderTest {
    static Exercise matmul;

    static Exercise load(String lesson, String id) throws IOException {
        Path dir = Path.of("../lessons", lesson, "exercises", id);
        Map<String, String> files = new HashMap<>();
        for (String f : new String[] {"info.json", "prompt.md", "starter.py", "tests.py", "hidden_tests.py", "solution.py"}) {
            files.put(f, Files.readString(dir.resolve(f)));
        }
        return ExerciseLoader.fromFiles(id, files);
    }

    @BeforeAll
    static void setUp() throws IOException {
        matmul = load("linear-algebra", "matmul");
    }

    private static GradeResult grade(String code) {
        return Grader.grade(matmul, code, Grader.Scope.ALL);
    }

    private static String messages(GradeResult r) {
        StringBuilder sb = new StringBuilder();
        for (GradeResult.TestOutcome t : r.tests()) sb.append(t.name()).append(": ").append(t.message()).append('\n');
        return sb.toString();
    }

    @Test
    void referenceSolutionScoresFullMarks() {
        GradeResult r = grade(matmul.solution());
        assertEquals(r.maxScore(), r.score(), () -> messages(r));
        assertTrue(r.maxScore() >= 10);
        assertTrue(r.tests().stream().anyMatch(GradeResult.TestOutcome::hidden));
    }

    @Test
    void aFailureNamesTheCallWithTheArgumentsAsTheyWereBeforeTheCall() {
        // the call is described only when a check fails, from a copy taken before the call
        String mutating = """
                def matmul(A, B):
                    A[0][0] = 99
                    return [[0]]
                """;
        GradeResult r = grade(mutating);
        assertTrue(messages(r).contains("matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) should have shape (2, 2)"), messages(r));
        assertFalse(messages(r).contains("[[99"), messages(r));
    }

    @Test
    void starterScoresZeroWithAClearMessage() {
        GradeResult r = grade(matmul.starter());
        assertEquals(0.0, r.score());
        assertTrue(messages(r).contains("matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) should return a list, but it returned None."),
                messages(r));
    }

    @Test
    void squareOnlyLoopsFailTheNonSquareTests() {
        String code = "def matmul(A, B):\n    n = len(A)\n    if len(A[0]) != len(B):\n        raise ValueError('x')\n"
                + "    return [[sum(A[i][t] * B[t][j] for t in range(n)) for j in range(n)] for i in range(n)]\n";
        GradeResult r = grade(code);
        assertTrue(r.score() > 0 && r.score() < r.maxScore(), messages(r));
        assertTrue(messages(r).contains("should be [[58, 64], [139, 154]], but it was [[25, 28], [73, 82]]"), messages(r));
    }

    @Test
    void aTransposedResultIsCaught() {
        String code = "def matmul(A, B):\n    if len(A[0]) != len(B):\n        raise ValueError('x')\n"
                + "    return [[sum(A[i][t] * B[t][j] for t in range(len(B))) for i in range(len(A))] for j in range(len(B[0]))]\n";
        GradeResult r = grade(code);
        assertTrue(r.score() < r.maxScore(), messages(r));
        assertTrue(messages(r).contains("(3, 2) times (2, 4): the result is not transposed: matmul("), messages(r));
    }

    @Test
    void missingValueErrorIsCaught() {
        String code = "def matmul(A, B):\n"
                + "    return [[sum(A[i][t] * B[t][j] for t in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]\n";
        GradeResult r = grade(code);
        String m = messages(r);
        assertTrue(m.contains("matmul([[1, 2, 3]], [[1, 2, 3]]) should raise ValueError, but it returned [[1, 2, 3]]."), m);
        assertTrue(m.contains("should raise ValueError, but it raised IndexError: list index out of range (line 2 of your code)."),
                m);
    }

    @Test
    void anEndlessLoopFailsEachTestButTheGraderCarriesOn() {
        GradeResult r = grade("def matmul(A, B):\n    while True:\n        pass\n");
        assertEquals(0.0, r.score());
        assertTrue(messages(r).contains("ran too long"), messages(r));
        assertTrue(messages(r).contains("(line 2 of your code)"), messages(r));
    }

    @Test
    void syntaxErrorFailsAllTestsNamingTheLine() {
        GradeResult r = grade("def matmul(A, B)\n    return A\n");
        assertEquals(0.0, r.score());
        assertNotNull(r.error());
        assertTrue(r.error().contains("SyntaxError on line 1"), r.error());
    }

    @Test
    void numpyIsForbiddenInThisExercise() {
        GradeResult r = grade("import numpy as np\ndef matmul(A, B):\n    return (np.array(A) @ np.array(B)).tolist()\n");
        assertEquals(0.0, r.score());
        assertTrue(r.error().contains("may not be used in this exercise"), r.error());
        GradeResult inside = grade("def matmul(A, B):\n    import numpy as np\n    return (np.array(A) @ np.array(B)).tolist()\n");
        assertEquals(0.0, inside.score(), messages(inside));
    }

    @Test
    void aMissingFunctionIsNamed() {
        GradeResult r = grade("def mat_mul(A, B):\n    return A\n");
        assertEquals(0.0, r.score());
        assertTrue(r.error().contains("does not define matmul"), r.error());
    }

    @Test
    void deepRecursionAndHugeAllocationsFailCleanly() {
        assertEquals(0.0, grade("def matmul(A, B):\n    return matmul(A, B)\n").score());
        GradeResult big = grade("def matmul(A, B):\n    return [0] * 10**10\n");
        assertEquals(0.0, big.score());
        assertTrue(messages(big).contains("MemoryError"), messages(big));
    }

    @Test
    void gradingIsDeterministic() {
        String code = "def matmul(A, B):\n    return [[1]]\n";
        assertEquals(grade(code).toJson(), grade(code).toJson());
        assertEquals(grade(matmul.solution()).toJson(), grade(matmul.solution()).toJson());
    }

    @Test
    void publicScopeRunsOnlyPublicTestsAndWorksOnThePublicView() {
        Exercise pub = ExerciseLoader.fromPublicJson(ExerciseLoader.toPublicJson(matmul));
        assertTrue(pub.isPublicView());
        GradeResult r = Grader.grade(pub, matmul.solution(), Grader.Scope.PUBLIC);
        assertFalse(r.tests().isEmpty());
        assertTrue(r.tests().stream().noneMatch(GradeResult.TestOutcome::hidden));
        assertEquals(r.maxScore(), r.score());
        String json = ExerciseLoader.toPublicJson(matmul);
        assertFalse(json.contains("hidden"), json);
        assertFalse(json.contains("sum(row[t] * B[t][j]"), "the reference solution leaked");
    }

    @Test
    void studentNamesDoNotBreakTheHelpers() {
        String code = "def test(x):\n    return x\ndef call(x):\n    return x\n" + matmul.solution();
        GradeResult r = grade(code);
        assertEquals(r.maxScore(), r.score(), messages(r));
    }
}
