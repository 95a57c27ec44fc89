package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the JVM's Math.fma installed as the {@link FusedMultiplyAdd} unit (as the server does), every
 * exact reproduction of OpenBLAS's FMA kernels gives the same bits as the emulation the browser runs:
 * products of every shape that goes through them, and each decomposition on course-sized, tall and
 * wide matrices, printed with repr (shortest round-trip digits, so every bit shows).
 */
class FusedMultiplyAddHookTest {
    /** Math.fma, counting its calls. */
    static final class Counting implements FusedMultiplyAdd {
        long calls;

        @Override
        public double fma(double a, double b, double c) {
            calls++;
            return Math.fma(a, b, c);
        }
    }

    @AfterEach
    void uninstall() {
        FusedMultiplyAdd.Installed.unit = null;
    }

    @Test
    void theHardwareUnitChangesNoDigit() {
        String program = String.join("\n",
                "import numpy as np",
                "rng = np.random.default_rng(7)",
                "def show(*xs):",
                "    for x in xs:",
                "        print(np.asarray(x).tolist())",
                "for (m, n) in [(1000, 2), (300, 3), (40, 40), (7, 5), (5, 7), (2, 60), (33, 17), (1, 4)]:",
                "    a = rng.normal(size=(m, n)) * 10.0 ** rng.integers(-3, 4, size=(m, n))",
                "    u, s, vt = np.linalg.svd(a, full_matrices=False)",
                "    show(u, s, vt, np.linalg.svd(a, compute_uv=False))",
                "    q, r = np.linalg.qr(a)",
                "    show(q, r)",
                "    show(np.linalg.pinv(a), np.linalg.matrix_rank(a), np.linalg.norm(a, 2))",
                "    b = rng.normal(size=m)",
                "    x, res, rank, sv = np.linalg.lstsq(a, b, rcond=None)",
                "    show(x, res, rank, sv)",
                "    show(a @ rng.normal(size=n), rng.normal(size=m) @ a, np.dot(a[0], a[0]), a.T @ a)",
                "for n in [1, 2, 3, 6, 19, 40]:",
                "    g = rng.normal(size=(n, n))",
                "    show(np.linalg.solve(g, rng.normal(size=n)), np.linalg.inv(g), np.linalg.det(g))",
                "    w, v = np.linalg.eig(g)",
                "    show(w.real, w.imag, np.abs(v))",
                "    w, v = np.linalg.eigh(g + g.T)",
                "    show(w, v, np.linalg.eigvalsh(g @ g.T))",
                "    show(np.linalg.cholesky(g @ g.T + n * np.eye(n)))");
        RunResult emulated = new Session().runFile(program, "main.py");
        assertTrue(emulated.ok(), emulated.toJson());
        Counting unit = new Counting();
        FusedMultiplyAdd.Installed.unit = unit;
        RunResult hardware = new Session().runFile(program, "main.py");
        assertEquals(emulated.toJson(), hardware.toJson());
        assertTrue(unit.calls > 100_000, "the kernels went through the unit: " + unit.calls + " calls");
    }
}
