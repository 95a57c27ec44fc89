package basis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hostile and broken programs end with a clear error naming the student's line; the engine survives. */
class SandboxTest {
    private static PyErrorInfo fails(String src) {
        RunResult r = new Session().runFile(src, "main.py");
        assertNotNull(r.error(), "expected an error from:\n" + src);
        return r.error();
    }

    @Test
    void endlessLoopStopsWithTimeoutErrorOnItsLine() {
        PyErrorInfo e = fails("x = 1\nwhile True:\n    pass\n");
        assertEquals("TimeoutError", e.type());
        assertEquals(2, e.line());
        assertTrue(e.message().contains("endless loop"), e.message());
    }

    @Test
    void exceptCannotSwallowTheStepBudget() {
        PyErrorInfo e = fails("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n"
                + "        pass\n");
        assertEquals("TimeoutError", e.type());
    }

    @Test
    void aMatrixProductCostsItsMultiplyAddsNotMore() {
        // 2.8 million multiply-adds: np.dot once charged size x size (940 million) and stopped it.
        RunResult r = new Session().runFile("import numpy as np\na = np.ones((3, 3508))\nb = np.ones((3508, 268))\n"
                + "print(np.dot(a, b)[0, 0], (a @ b)[2, 267], np.dot(a[0], b[:, 0]))\n", "main.py");
        assertEquals(null, r.error(), () -> r.toJson());
        assertEquals("3508.0 3508.0 3508.0\n", r.stdout());
    }

    @Test
    void deepRecursionIsARecursionError() {
        PyErrorInfo e = fails("def f(n):\n    return f(n + 1)\nf(0)\n");
        assertEquals("RecursionError", e.type());
        assertEquals("maximum recursion depth exceeded", e.message());
        assertEquals(2, e.line());
    }

    @Test
    void recursionUpToTheLimitWorksAndOneMoreFails() {
        String f = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n";
        int deepest = Budget.MAX_DEPTH - 1; // f(n) nests n + 1 calls
        RunResult r = new Session().runFile(f + "print(f(" + deepest + "))\n", "m.py");
        assertEquals(deepest + "\n", r.stdout(), () -> r.error() == null ? "" : r.error().traceback());
        RunResult over = new Session().runFile(f + "print(f(" + (deepest + 1) + "))\n", "m.py");
        assertEquals("RecursionError", over.error().type());
        assertTrue(over.error().traceback().contains("[Previous line repeated"), over.error().traceback());
    }

    @Test
    void hugeListIsAMemoryError() {
        assertEquals("MemoryError", fails("x = [0] * 10**10\n").type());
    }

    @Test
    void hugeArrayIsAMemoryErrorAtOnce() {
        PyErrorInfo e = fails("import numpy as np\nnp.ones((10**5, 10**5))\n");
        assertEquals("MemoryError", e.type());
        assertEquals(2, e.line());
    }

    @Test
    void printFloodStops() {
        RunResult r = new Session().runFile("while True:\n    print('spam' * 100)\n", "m.py");
        assertNotNull(r.error());
        assertTrue(r.error().message().contains("output limit"), r.error().message());
        assertTrue(r.stdout().length() <= Budget.defaults().maxOutputChars());
    }

    @Test
    void importOsIsRefusedClearly() {
        PyErrorInfo e = fails("import os\n");
        assertEquals("ModuleNotFoundError", e.type());
        assertTrue(e.message().contains("'os'"));
    }

    @Test
    void matchAndAsyncAreNamedAsUnsupported() {
        PyErrorInfo m = fails("x = 2\nmatch x:\n    case 1:\n        print(1)\n");
        assertEquals("NotImplementedError", m.type());
        assertEquals(2, m.line());
        assertTrue(m.message().contains("'match' statement"), m.message());
        PyErrorInfo a = fails("async def f():\n    pass\n");
        assertEquals("NotImplementedError", a.type());
        assertTrue(a.message().contains("'async'"), a.message());
        RunResult ok = new Session().runFile("match = 3\nmatch += 1\nprint(match)\n", "m.py");
        assertEquals("4\n", ok.stdout());
    }

    @Test
    void namesThePythonModulesHaveButBasisLacksAreNamedAsUnsupported() {
        PyErrorInfo g = fails("import math\nx = 1\nmath.gamma(3)\n");
        assertEquals("NotImplementedError", g.type());
        assertEquals("math.gamma is not supported in Basis", g.message());
        assertEquals(3, g.line());
        PyErrorInfo f = fails("from math import erf\n");
        assertEquals("NotImplementedError", f.type());
        assertEquals("math.erf is not supported in Basis", f.message());
        PyErrorInfo r = fails("import random\nrandom.betavariate(1, 2)\n");
        assertEquals("random.betavariate is not supported in Basis", r.message());
        PyErrorInfo n = fails("from numpy import einsum_path\n");
        assertEquals("numpy.einsum_path is not supported in Basis", n.message());
        // a name the real module lacks too stays a plain AttributeError / ImportError
        assertEquals("AttributeError", fails("import math\nmath.nothing\n").type());
        assertEquals("ImportError", fails("from math import nothing\n").type());
    }

    @Test
    void hugeOneDimensionalArrayIsAMemoryErrorWithNumpysMessage() {
        PyErrorInfo e = fails("import numpy as np\nnp.zeros(10**11)\n");
        assertEquals("MemoryError", e.type());
        assertTrue(e.message().startsWith("Unable to allocate 745. GiB"), e.message());
    }

    @Test
    void syntaxErrorNamesLineAndShowsCaret() {
        PyErrorInfo e = fails("x = 1\nif x > 0\n    print(x)\n");
        assertEquals("SyntaxError", e.type());
        assertEquals(2, e.line());
        assertTrue(e.traceback().contains("    if x > 0\n"), e.traceback());
        assertTrue(e.traceback().contains("^"), e.traceback());
    }

    @Test
    void tracebackNamesEveryFrame() {
        PyErrorInfo e = fails("def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nouter()\n");
        assertEquals("ZeroDivisionError", e.type());
        assertEquals(2, e.line());
        String tb = e.traceback();
        assertTrue(tb.startsWith("Traceback (most recent call last):\n"), tb);
        assertTrue(tb.contains("File \"main.py\", line 7, in <module>\n    outer()"), tb);
        assertTrue(tb.contains("line 5, in outer\n    return inner(0)"), tb);
        assertTrue(tb.contains("line 2, in inner\n    return 1 / x"), tb);
        assertTrue(tb.endsWith("ZeroDivisionError: division by zero"), tb);
    }

    @Test
    void sessionKeepsNamespaceBetweenCellsAndDisplaysLastExpression() {
        Session s = new Session();
        assertEquals(null, s.runCell("import numpy as np\na = np.array([1, 2, 3])").display());
        RunResult r = s.runCell("b = np.array([4, 5, 6])\na + b");
        assertEquals("array([5, 7, 9])", r.display());
        assertEquals("np.int64(32)", s.runCell("a @ b").display());
        assertEquals("", s.runCell("a @ b").stdout());
    }

    @Test
    void aFailedCellDoesNotBreakTheSession() {
        Session s = new Session();
        s.runCell("x = 10");
        assertNotNull(s.runCell("while True: pass").error());
        assertEquals("11\n", s.runCell("print(x + 1)").stdout());
    }
}
