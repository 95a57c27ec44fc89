package basis.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check helpers accept every right answer and reject wrong ones with a sentence that says why. */
class CheckHelpersTest {
    private static final String INFO = "{\"title\": \"t\", \"functions\": [\"f\"]}";

    private static GradeResult grade(String tests, String code) {
        Exercise ex = ExerciseLoader.fromFiles("probe", Map.of("info.json", INFO, "prompt.md", "", "starter.py", "",
                "tests.py", tests, "hidden_tests.py", "", "solution.py", ""));
        return Grader.grade(ex, code, Grader.Scope.ALL);
    }

    private static String only(GradeResult r) {
        assertEquals(1, r.tests().size(), r.toJson());
        return r.tests().get(0).passed() ? "passed" : r.tests().get(0).message();
    }

    private static final String DIRECTION = "@test('d')\ndef _():\n    check_direction(call(f), [3.0, 4.0])\n";

    @Test
    void directionAcceptsEitherSignAndRejectsOthers() {
        assertEquals("passed", only(grade(DIRECTION, "import numpy as np\ndef f():\n    return np.array([0.6, 0.8])\n")));
        assertEquals("passed", only(grade(DIRECTION, "import numpy as np\ndef f():\n    return np.array([-0.6, -0.8])\n")));
        String m = only(grade(DIRECTION, "import numpy as np\ndef f():\n    return np.array([0.8, 0.6])\n"));
        assertTrue(m.startsWith("f() should point along np.array([0.6, 0.8]) (either sign), but it was"), m);
        String notUnit = only(grade(DIRECTION, "def f():\n    return [3.0, 4.0]\n"));
        assertTrue(notUnit.contains("should be a unit vector (length 1), but its length is 5.0"), notUnit);
        String wrongShape = only(grade(DIRECTION, "def f():\n    return [[0.6, 0.8]]\n"));
        assertTrue(wrongShape.contains("should have shape (2,), but it has shape (1, 2)"), wrongShape);
    }

    @Test
    void sameValuesInAnyOrder() {
        String t = "@test('v')\ndef _():\n    check_same_values(call(f), [3.0, 1.0, 2.0])\n";
        assertEquals("passed", only(grade(t, "def f():\n    return [1, 2, 3]\n")));
        String m = only(grade(t, "def f():\n    return [1, 2, 4]\n"));
        assertTrue(m.contains("should be np.array([1., 2., 3.]) in any order"), m);
    }

    @Test
    void orthonormalSubspaceAndReconstruction() {
        String t = "@test('q')\ndef _():\n    Q = call(f)\n    check_orthonormal(Q)\n"
                + "    check_subspace(Q, [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])\n"
                + "    check_reconstruction(Q @ Q.T @ np.array([1.0, 2.0, 0.0]), [1.0, 2.0, 0.0])\n";
        assertEquals("passed", only(grade(t, "import numpy as np\ndef f():\n    c = 2 ** -0.5\n"
                + "    return np.array([[c, c], [c, -c], [0.0, 0.0]])\n")));
        String notOrtho = only(grade(t, "import numpy as np\ndef f():\n    return np.array([[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]])\n"));
        assertTrue(notOrtho.contains("should have orthonormal columns (Q.T @ Q = I)"), notOrtho);
        String other = only(grade(t, "import numpy as np\ndef f():\n    return np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])\n"));
        assertTrue(other.contains("should span the same subspace as"), other);
    }

    @Test
    void closeShowsTheTolerancesAndTheFirstDifference() {
        String t = "@test('c')\ndef _():\n    check_close(call(f), [[1.0, 2.0], [3.0, 4.0]])\n";
        assertEquals("passed", only(grade(t, "def f():\n    return [[1.0000001, 2], [3, 4]]\n")));
        String m = only(grade(t, "import numpy as np\ndef f():\n    return np.array([[1.0, 2.0], [3.0, 4.5]])\n"));
        assertTrue(m.contains("the first difference is at [1][1], expected 4.0, got 4.5 (compared with rtol=1e-05, atol=1e-08)"), m);
    }

    @Test
    void seededRandomInputsAreReproducible() {
        String t = "@test('r')\ndef _():\n    A = random_matrix(3, 2, seed=5)\n    check_close(call(f, A), A.sum())\n";
        assertEquals("passed", only(grade(t, "def f(A):\n    return float(A.sum())\n")));
        assertEquals(grade(t, "def f(A):\n    return 0.0\n").toJson(), grade(t, "def f(A):\n    return 0.0\n").toJson());
    }
}
