package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.EIGEN_RESIDUAL;
import static basis.engine.nd.linalg.LinalgTolerance.EPS;
import static basis.engine.nd.linalg.LinalgTolerance.VALUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * General eigen decomposition: A v = lambda v for every (complex) pair, unit-norm vectors with the
 * largest component of a complex vector real, eigenvalues alone equal to those with vectors.
 */
class GeneralEigenTest {
    @Test
    void decomposesEverySquareMatrix() {
        List<String> bad = new ArrayList<>();
        List<TestMatrices.Case> cases = new ArrayList<>(TestMatrices.square());
        cases.addAll(TestMatrices.symmetric());
        for (TestMatrices.Case c : cases) {
            Matrix a = c.a();
            int n = a.rows;
            GeneralEigen ge = new GeneralEigen();
            if (!ge.decompose(a, true)) {
                bad.add(c + ": did not converge");
                continue;
            }
            double[] wr = ge.getRealParts();
            double[] wi = ge.getImagParts();
            Matrix v = ge.getVectorsPacked();
            double normA = Checks.frobenius(a);
            double worst = 0;
            for (int j = 0; j < n; j++) {
                double[] vr = new double[n];
                double[] vi = new double[n];
                double lr = wr[j];
                double li = wi[j];
                if (wi[j] == 0) {
                    for (int i = 0; i < n; i++) {
                        vr[i] = v.get(i, j);
                    }
                } else if (wi[j] > 0) {
                    if (j + 1 >= n || wi[j + 1] != -wi[j] || wr[j + 1] != wr[j]) {
                        bad.add(c + ": complex eigenvalue " + j + " without its conjugate next");
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        vr[i] = v.get(i, j);
                        vi[i] = v.get(i, j + 1);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        vr[i] = v.get(i, j - 1);
                        vi[i] = -v.get(i, j);
                    }
                }
                double norm2 = 0;
                double maxMag = -1;
                int arg = 0;
                for (int i = 0; i < n; i++) {
                    double mag = vr[i] * vr[i] + vi[i] * vi[i];
                    norm2 += mag;
                    if (mag > maxMag) {
                        maxMag = mag;
                        arg = i;
                    }
                }
                if (!(Math.abs(Math.sqrt(norm2) - 1) <= 8 * n * EPS)) {
                    bad.add(c + ": vector " + j + " has norm " + Math.sqrt(norm2));
                }
                if (wi[j] > 0 && vi[arg] != 0) {
                    bad.add(c + ": largest component of vector " + j + " is not real");
                }
                // || A v - lambda v ||, computed on A / ||A|| so that huge entries do not overflow.
                double f = normA == 0 ? 1 : 1 / normA;
                double res = 0;
                for (int i = 0; i < n; i++) {
                    double sr = 0;
                    double si = 0;
                    for (int k = 0; k < n; k++) {
                        sr += a.get(i, k) * f * vr[k];
                        si += a.get(i, k) * f * vi[k];
                    }
                    double er = sr - (lr * f * vr[i] - li * f * vi[i]);
                    double ei = si - (lr * f * vi[i] + li * f * vr[i]);
                    res += er * er + ei * ei;
                }
                worst = Math.max(worst, Math.sqrt(res) / f);
            }
            double scale = Math.max(1, n) * EPS * normA;
            if (worst != 0 && !(worst <= EIGEN_RESIDUAL * scale)) {
                bad.add(c + ": residual " + worst / scale);
            }
            GeneralEigen values = new GeneralEigen();
            values.decompose(a, false);
            double[] wr2 = values.getRealParts();
            double[] wi2 = values.getImagParts();
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(wr2[j] - wr[j], wi2[j] - wi[j]);
                if (!(d <= VALUE * n * EPS * Math.max(normA, Double.MIN_NORMAL)) && !c.name().contains("jordan")) {
                    bad.add(c + ": eigenvalue " + j + " alone differs by " + d);
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void ordersEigenvaluesAsLapack() {
        GeneralEigen ge = new GeneralEigen();
        // NumPy: eigvals([[1, 0], [2, 3]]) == [3., 1.]; of the upper triangular transpose: [1., 3.].
        ge.decompose(Matrix.ofRows(new double[][] {{1, 0}, {2, 3}}), false);
        assertArrayEquals(new double[] {3, 1}, ge.getRealParts());
        ge.decompose(Matrix.ofRows(new double[][] {{1, 2}, {0, 3}}), false);
        assertArrayEquals(new double[] {1, 3}, ge.getRealParts());
        // A rotation: +i first.
        ge.decompose(Matrix.ofRows(new double[][] {{0, 1}, {-1, 0}}), false);
        assertArrayEquals(new double[] {1, -1}, ge.getImagParts());
        assertEquals(0.0, ge.getRealParts()[0]);
    }
}
