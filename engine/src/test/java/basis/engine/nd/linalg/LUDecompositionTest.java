package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.RESIDUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LU with partial pivoting over the generic matrix set: P L U = A, solutions, pivots, singularity. */
class LUDecompositionTest {
    @Test
    void rebuildsEveryMatrix() {
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.concat(TestMatrices.general(), TestMatrices.largeGeneral())) {
            LUDecomposition lu = new LUDecomposition();
            lu.decompose(c.a());
            Matrix rebuilt = lu.getP().times(lu.getL()).times(lu.getU());
            double r = Checks.relativeResidual(c.a(), rebuilt);
            if (!(r <= RESIDUAL)) {
                bad.add(c + ": residual " + r);
            }
            // L is unit lower triangular with multipliers at most 1 in magnitude (partial pivoting).
            Matrix l = lu.getL();
            for (int i = 0; i < l.rows; i++) {
                for (int j = 0; j < l.cols; j++) {
                    double v = l.get(i, j);
                    if ((i == j && v != 1) || (i < j && v != 0) || Math.abs(v) > 1) {
                        bad.add(c + ": L(" + i + "," + j + ") = " + v);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void solvesNonsingularSystems() {
        SplittableRandom rng = new SplittableRandom(3);
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.concat(TestMatrices.square(), TestMatrices.large())) {
            Matrix a = c.a();
            int n = a.rows;
            LUDecomposition lu = new LUDecomposition();
            if (n == 0 || !lu.decompose(a) || c.name().contains("singular") || c.name().startsWith("hilbert")) {
                continue;
            }
            for (int k : new int[] {1, 3}) {
                Matrix b = TestMatrices.random(rng, n, k);
                Matrix x = lu.solve(b);
                // Backward error ||A x - b|| / (||A|| ||x|| n eps).
                double r = Checks.frobenius(Checks.minus(a.times(x), b))
                        / (Checks.frobenius(a) * Checks.frobenius(x) * n * LinalgTolerance.EPS);
                if (!(r <= RESIDUAL)) {
                    bad.add(c + " with " + k + " right-hand sides: backward error " + r);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void pivotsOnTheFirstLargestElement() {
        // Column 0 has |-3| = |3|: LAPACK's idamax picks the first, row 1.
        LUDecomposition lu = new LUDecomposition();
        lu.decompose(Matrix.ofRows(new double[][] {{1, 5}, {-3, 2}, {3, 7}}));
        assertEquals(1, lu.getPivots()[0]);
    }

    @Test
    void reportsExactlySingularMatrices() {
        LUDecomposition lu = new LUDecomposition();
        assertFalse(lu.decompose(new Matrix(3, 3)));
        assertEquals(1, lu.info());
        assertFalse(lu.decompose(Matrix.ofRows(new double[][] {{1, 2}, {2, 4}})));
        assertEquals(2, lu.info());
        assertEquals(0.0, lu.det());
        assertTrue(lu.decompose(Matrix.ofRows(new double[][] {{0, 1}, {1, 0}})));
    }

    @Test
    void determinantAsNumpyComputesIt() {
        LUDecomposition lu = new LUDecomposition();
        lu.decompose(Matrix.ofRows(new double[][] {{1, 2}, {3, 4}}));
        // NumPy prints -2.0000000000000004: exp(log 3 + log(2/3)) with the LU's rounding.
        assertEquals(-2.0000000000000004, lu.det());
        lu.decompose(new Matrix(0, 0));
        assertEquals(1.0, lu.det());
    }
}
