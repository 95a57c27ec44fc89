package basis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.Build;
import basis.engine.util.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exported functions on the JVM: the same JSON the worker receives in the browser (ParityTest
 * compares the two sides; this pins the contract of each export).
 */
class WebEntryTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    @Test
    void cellsShareANamespaceUntilReset() {
        WebEntry.resetSession();
        assertEquals(null, parse(WebEntry.runCell("import numpy as np\na = np.array([1, 2, 3])")).get("error"));
        Map<String, Object> r = parse(WebEntry.runCell("a + a"));
        assertEquals("array([2, 4, 6])", r.get("display"));
        WebEntry.resetSession();
        Map<String, Object> after = parse(WebEntry.runCell("a"));
        assertEquals("NameError", ((Map<?, ?>) after.get("error")).get("type"));
    }

    @Test
    void theJvmHasNoSimdKernel() {
        // The import is only linked in the browser's worker (ParityTest checks it is "on" there).
        assertEquals("off", WebEntry.simdKernels());
    }

    @Test
    void programsRunInAFreshSessionWithTheirLineInErrors() {
        Map<String, Object> r = parse(WebEntry.runProgram("print(1)\nprint(1 / 0)\n"));
        assertEquals("1\n", r.get("stdout"));
        Map<?, ?> e = (Map<?, ?>) r.get("error");
        assertEquals("ZeroDivisionError", e.get("type"));
        assertEquals(2L, e.get("line"));
    }

    @Test
    void checkGradesThePublicTestsOfAPublicExercise() {
        String exercise = "{\"id\":\"double\",\"info\":{\"title\":\"t\",\"functions\":[\"f\"]},\"prompt\":\"\",\"starter\":\"\","
                + "\"tests\":\"@test('doubles')\\ndef _():\\n    check_equal(call(f, 2), 4)\\n\"}";
        Map<String, Object> right = parse(WebEntry.check(exercise, "def f(x):\n    return 2 * x\n"));
        assertEquals(1L, right.get("score"));
        assertEquals(Build.ID, right.get("engine_build"));
        Map<String, Object> wrong = parse(WebEntry.check(exercise, "def f(x):\n    return x\n"));
        assertEquals(0L, wrong.get("score"));
        assertTrue(wrong.toString().contains("f(2) should be 4, but it was 2."), wrong.toString());
        assertEquals(Build.ID, WebEntry.engineBuild());
    }
}
