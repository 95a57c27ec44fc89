package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.ORTHOGONALITY;
import static basis.engine.nd.linalg.LinalgTolerance.RESIDUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Householder QR over the generic set: Q R = A, Q orthonormal (reduced and complete), R triangular. */
class QRDecompositionTest {
    @Test
    void rebuildsEveryMatrix() {
        List<String> bad = new ArrayList<>();
        for (TestMatrices.Case c : TestMatrices.general()) {
            Matrix a = c.a();
            int m = a.rows;
            int k = Math.min(m, a.cols);
            QRDecomposition qr = new QRDecomposition();
            qr.decompose(a);
            for (int cols : new int[] {k, m}) {
                Matrix q = qr.getQ(cols);
                Matrix r = qr.getR(cols);
                double res = Checks.relativeResidual(a, q.times(r));
                double orth = Checks.orthogonality(q);
                if (!(res <= RESIDUAL)) {
                    bad.add(c + " with " + cols + " columns of Q: residual " + res);
                }
                if (!(orth <= ORTHOGONALITY)) {
                    bad.add(c + " with " + cols + " columns of Q: orthogonality " + orth);
                }
                for (int i = 0; i < r.rows; i++) {
                    for (int j = 0; j < Math.min(i, r.cols); j++) {
                        if (r.get(i, j) != 0) {
                            bad.add(c + ": R(" + i + "," + j + ") below the diagonal");
                        }
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void diagonalSignsAsLapack() {
        // beta = -sign(alpha) ||x||: a positive leading entry gives a negative R(0,0).
        QRDecomposition qr = new QRDecomposition();
        qr.decompose(Matrix.ofRows(new double[][] {{1, 2}, {3, 4}}));
        assertEquals(-Math.sqrt(10), qr.getR(2).get(0, 0), 1e-15);
        assertTrue(qr.getR(2).get(1, 1) < 0);
        // Nothing below the diagonal: no reflection at all, R = A and Q = I.
        Matrix upper = Matrix.ofRows(new double[][] {{-2, 1}, {0, 3}});
        qr.decompose(upper);
        assertEquals(-2.0, qr.getR(2).get(0, 0));
        assertEquals(3.0, qr.getR(2).get(1, 1));
        assertEquals(1.0, qr.getQ(2).get(0, 0));
    }
}
