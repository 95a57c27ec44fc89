package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.EIGEN_RESIDUAL;
import static basis.engine.nd.linalg.LinalgTolerance.EPS;
import static basis.engine.nd.linalg.LinalgTolerance.ORTHOGONALITY;
import static basis.engine.nd.linalg.LinalgTolerance.VALUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Symmetric eigen decomposition: A V = V diag(w), V orthonormal, w ascending, either triangle. */
class SymmetricEigenTest {
    @Test
    void decomposesEverySymmetricMatrix() {
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.concat(TestMatrices.symmetric(), TestMatrices.largeSymmetric())) {
            Matrix a = c.a();
            int n = a.rows;
            SymmetricEigen se = new SymmetricEigen();
            if (!se.decompose(a, true, true)) {
                bad.add(c + ": did not converge");
                continue;
            }
            double[] w = se.getValues();
            Matrix v = se.getVectors();
            for (int i = 1; i < n; i++) {
                if (!(w[i - 1] <= w[i])) {
                    bad.add(c + ": eigenvalues not ascending");
                }
            }
            double orth = Checks.orthogonality(v);
            if (!(orth <= ORTHOGONALITY)) {
                bad.add(c + ": orthogonality " + orth);
            }
            Matrix av = a.times(v);
            Matrix vw = v.times(Checks.diag(n, n, w));
            double scale = Math.max(1, n) * EPS * Checks.frobenius(a) * Math.max(1, Checks.frobenius(v));
            double res = Checks.frobenius(Checks.minus(av, vw));
            if (res != 0 && !(res <= EIGEN_RESIDUAL * scale)) {
                bad.add(c + ": residual " + res / scale);
            }
            // Eigenvalues alone agree with those computed with the vectors.
            SymmetricEigen values = new SymmetricEigen();
            values.decompose(a, true, false);
            double[] w2 = values.getValues();
            for (int i = 0; i < n; i++) {
                if (!(Math.abs(w2[i] - w[i]) <= VALUE * n * EPS * Checks.frobenius(a))) {
                    bad.add(c + ": eigenvalue " + i + " alone " + w2[i] + " vs " + w[i]);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void upperAndLowerTrianglesGiveTheSameValues() {
        Matrix lowerOnly = Matrix.ofRows(new double[][] {{2, 0, 0}, {-1, 2, 0}, {0, -1, 2}});
        SymmetricEigen lo = new SymmetricEigen();
        lo.decompose(lowerOnly, true, false);
        SymmetricEigen up = new SymmetricEigen();
        up.decompose(lowerOnly.transpose(), false, false);
        assertArrayEquals(lo.getValues(), up.getValues(), 1e-15);
        double r = Math.sqrt(2);
        assertArrayEquals(new double[] {2 - r, 2, 2 + r}, lo.getValues(), 1e-14);
    }
}
