package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cache-arranged rotation sequences give exactly the bits of applying the rotations one by one. */
class PlaneRotationsTest {
    private static void naive(double[][] z, int first, int cnt, double[] c, double[] s, int off, boolean forward) {
        for (int q = 0; q < cnt - 1; q++) {
            int j = forward ? q : cnt - 2 - q;
            double ct = c[off + j];
            double st = s[off + j];
            if (ct == 1 && st == 0) {
                continue;
            }
            double[] x = z[first + j];
            double[] y = z[first + j + 1];
            for (int i = 0; i < x.length; i++) {
                double t = y[i];
                y[i] = ct * t - st * x[i];
                x[i] = st * t + ct * x[i];
            }
        }
    }

    @Test
    void matchesTheRotationsOneByOne() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 300; trial++) {
            int len = 1 + rng.nextInt(150);
            int count = 2 + rng.nextInt(40);
            boolean forward = rng.nextBoolean();
            int first = rng.nextInt(count - 1);
            int cnt = 2 + rng.nextInt(count - first - 1);
            int off = rng.nextInt(3);
            double[] c = new double[off + cnt];
            double[] s = new double[off + cnt];
            for (int j = 0; j < c.length; j++) {
                if (rng.nextInt(5) == 0) {
                    c[j] = 1;
                    s[j] = 0;
                } else {
                    double th = 6.28 * rng.nextDouble();
                    c[j] = Math.cos(th);
                    s[j] = Math.sin(th);
                }
            }
            double[][] z = new double[count][len];
            double[][] expected = new double[count][];
            for (int v = 0; v < count; v++) {
                for (int i = 0; i < len; i++) {
                    z[v][i] = rng.nextInt(7) == 0 ? -0.0 : 2 * rng.nextDouble() - 1;
                }
                expected[v] = z[v].clone();
            }
            naive(expected, first, cnt, c, s, off, forward);
            PlaneRotations.apply(z, first, cnt, c, s, off, forward);
            for (int v = 0; v < count; v++) {
                assertArrayEquals(expected[v], z[v], "trial " + trial + ", vector " + v);
            }
        }
    }
}
