package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.RESIDUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cholesky over positive definite matrices (L L^T = A, positive diagonal) and rejection of others. */
class CholeskyDecompositionTest {
    @Test
    void rebuildsPositiveDefiniteMatrices() {
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.positiveDefinite()) {
            CholeskyDecomposition ch = new CholeskyDecomposition();
            if (!ch.decompose(c.a())) {
                bad.add(c + ": reported not positive definite");
                continue;
            }
            Matrix l = ch.getL();
            double r = Checks.relativeResidual(c.a(), l.times(l.transpose()));
            if (!(r <= RESIDUAL)) {
                bad.add(c + ": residual " + r);
            }
            for (int i = 0; i < l.rows; i++) {
                if (!(l.get(i, i) > 0)) {
                    bad.add(c + ": diagonal " + l.get(i, i));
                }
                for (int j = i + 1; j < l.cols; j++) {
                    if (l.get(i, j) != 0) {
                        bad.add(c + ": nonzero above the diagonal");
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void rejectsMatricesThatAreNotPositiveDefinite() {
        CholeskyDecomposition ch = new CholeskyDecomposition();
        assertFalse(ch.decompose(Matrix.ofRows(new double[][] {{1, 2}, {2, 1}})));
        assertEquals(2, ch.info());
        assertFalse(ch.decompose(new Matrix(2, 2)));
        assertEquals(1, ch.info());
        assertFalse(ch.decompose(Matrix.ofRows(new double[][] {{-1}})));
    }

    @Test
    void readsOnlyTheLowerTriangle() {
        CholeskyDecomposition ch = new CholeskyDecomposition();
        assertTrue(ch.decompose(Matrix.ofRows(new double[][] {{4, 1e300}, {2, 3}})));
        assertEquals(2.0, ch.getL().get(0, 0));
        assertEquals(1.0, ch.getL().get(1, 0));
        assertEquals(Math.sqrt(2.0), ch.getL().get(1, 1));
    }
}
