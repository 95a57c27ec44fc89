package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.EPS;
import static basis.engine.nd.linalg.LinalgTolerance.ORTHOGONALITY;
import static basis.engine.nd.linalg.LinalgTolerance.RESIDUAL;
import static basis.engine.nd.linalg.LinalgTolerance.VALUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SVD: U diag(s) V^T = A with orthonormal U and V (full and reduced), s descending and nonnegative. */
class SingularValueDecompositionTest {
    @Test
    void decomposesEveryMatrix() {
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.concat(TestMatrices.general(), TestMatrices.largeGeneral())) {
            Matrix a = c.a();
            int m = a.rows;
            int n = a.cols;
            int k = Math.min(m, n);
            for (boolean full : new boolean[] {true, false}) {
                SingularValueDecomposition sv = new SingularValueDecomposition();
                if (!sv.decompose(a, true, full)) {
                    bad.add(c + ": did not converge");
                    continue;
                }
                double[] s = sv.getSingularValues();
                for (int i = 0; i < k; i++) {
                    if (!(s[i] >= 0) || (i > 0 && !(s[i] <= s[i - 1]))) {
                        bad.add(c + ": singular values not descending and nonnegative");
                    }
                }
                Matrix u = sv.getU();
                Matrix vt = sv.getVt();
                int uc = full ? m : k;
                int vr = full ? n : k;
                if (u.rows != m || u.cols != uc || vt.rows != vr || vt.cols != n) {
                    bad.add(c + ": shapes " + u.rows + "x" + u.cols + ", " + vt.rows + "x" + vt.cols);
                    continue;
                }
                double res = Checks.relativeResidual(a, u.times(Checks.diag(uc, vr, s)).times(vt));
                double ou = Checks.orthogonality(u);
                double ov = Checks.orthogonality(vt.transpose());
                if (!(res <= RESIDUAL) || !(ou <= ORTHOGONALITY) || !(ov <= ORTHOGONALITY)) {
                    bad.add(c + (full ? " full" : " reduced") + ": residual " + res + ", U " + ou + ", V " + ov);
                }
                SingularValueDecomposition values = new SingularValueDecomposition();
                values.decompose(a, false, false);
                double[] s2 = values.getSingularValues();
                for (int i = 0; i < k; i++) {
                    if (!(Math.abs(s2[i] - s[i]) <= VALUE * Math.max(m, n) * EPS * Checks.frobenius(a))) {
                        bad.add(c + ": singular value " + i + " alone " + s2[i] + " vs " + s[i]);
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void knownValuesAndFailures() {
        SingularValueDecomposition sv = new SingularValueDecomposition();
        sv.decompose(Matrix.ofRows(new double[][] {{3, 0}, {0, -4}}), false, false);
        assertArrayEquals(new double[] {4, 3}, sv.getSingularValues());
        assertFalse(sv.decompose(Matrix.ofRows(new double[][] {{Double.NaN, 1}, {1, 1}}), true, true));
    }
}
