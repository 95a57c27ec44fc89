package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** nrm2's long-arithmetic extended sums (Householder.ExtSum) against the BigInteger reference (Ext). */
class ExtSumTest {
    private static double sample(SplittableRandom rng) {
        switch (rng.nextInt(6)) {
            case 0:
                return Double.longBitsToDouble(rng.nextLong() & 0x000fffffffffffffL); // subnormal
            case 1:
                return rng.nextInt(2001) - 1000; // small integers (exact squares, ties)
            case 2:
                return Math.scalb(2 * rng.nextDouble() - 1, rng.nextInt(-1070, 500));
            default:
                return Math.scalb(2 * rng.nextDouble() - 1, rng.nextInt(-40, 40));
        }
    }

    @Test
    void sumsOfSquaresMatchTheReferenceBitForBit() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 20000; trial++) {
            int n = 1 + rng.nextInt(24);
            long[] m = new long[2];
            int[] e = new int[2];
            Householder.Ext ref = Householder.Ext.ZERO;
            Householder.Ext other = Householder.Ext.ZERO;
            for (int i = 0; i < n; i++) {
                double x = sample(rng);
                int k = rng.nextInt(2);
                Householder.ExtSum.addSquare(m, e, k, x);
                if (k == 0) {
                    ref = ref.add(Householder.Ext.square(x));
                } else {
                    other = other.add(Householder.Ext.square(x));
                }
            }
            Householder.ExtSum.add(m, e, 0, 1);
            ref = ref.add(other);
            Householder.Ext got = Householder.ExtSum.toExt(m[0], e[0]);
            assertEquals(ref.m, got.m, "significand, trial " + trial);
            if (ref.m.signum() != 0) {
                assertEquals(ref.e, got.e, "exponent, trial " + trial);
            }
            assertEquals(ref.sqrt().toDouble(), got.sqrt().toDouble());
        }
    }

    /** dnrm2 with the BigInteger Ext throughout, in the kernel's order (the former implementation). */
    private static double referenceNrm2(int n, double[] x, int off, int inc) {
        Householder.Ext[] acc = {Householder.Ext.ZERO, Householder.Ext.ZERO, Householder.Ext.ZERO,
            Householder.Ext.ZERO};
        int blocks = n >> 3;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int q = 0; q < 8; q++, i++) {
                acc[q & 3] = acc[q & 3].add(Householder.Ext.square(x[off + i * inc]));
            }
        }
        for (; i < n; i++) {
            acc[0] = acc[0].add(Householder.Ext.square(x[off + i * inc]));
        }
        return acc[3].add(acc[2].add(acc[0]).add(acc[1])).sqrt().toDouble();
    }

    @Test
    void nrm2MatchesTheReference() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + rng.nextInt(70);
            int inc = 1 + rng.nextInt(3);
            int off = rng.nextInt(4);
            double[] x = new double[off + n * inc];
            for (int i = 0; i < x.length; i++) {
                x[i] = sample(rng);
            }
            assertEquals(referenceNrm2(n, x, off, inc), Householder.nrm2(n, x, off, inc), "trial " + trial);
        }
    }
}
