package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * nrm2's long-arithmetic extended sums (Householder.ExtSum, and the 128-bit Householder.Ext) against an
 * independent reference: x87 extended arithmetic on BigInteger (the former implementation, kept here).
 */
class ExtSumTest {
    private static final class RefExt {
        static final RefExt ZERO = new RefExt(java.math.BigInteger.ZERO, 0);
        private static final java.math.BigInteger TWO64 = java.math.BigInteger.ONE.shiftLeft(64);

        final java.math.BigInteger m;
        final int e;

        private RefExt(java.math.BigInteger m, int e) {
            this.m = m;
            this.e = e;
        }

        /** The exact value v * 2^e rounded to 64 significant bits. */
        static RefExt round(java.math.BigInteger v, int e, boolean sticky) {
            if (v.signum() == 0) {
                return ZERO;
            }
            int extra = v.bitLength() - 64;
            if (extra <= 0) {
                return new RefExt(v.shiftLeft(-extra), e + extra);
            }
            java.math.BigInteger q = v.shiftRight(extra);
            java.math.BigInteger rem = v.subtract(q.shiftLeft(extra));
            java.math.BigInteger half = java.math.BigInteger.ONE.shiftLeft(extra - 1);
            int c = rem.compareTo(half);
            if (c > 0 || (c == 0 && (sticky || q.testBit(0)))) {
                q = q.add(java.math.BigInteger.ONE);
                if (q.equals(TWO64)) {
                    q = q.shiftRight(1);
                    extra++;
                }
            }
            return new RefExt(q, e + extra);
        }

        static RefExt square(double x) {
            if (x == 0) {
                return ZERO;
            }
            long bits = Double.doubleToRawLongBits(Math.abs(x));
            int exp = (int) (bits >>> 52);
            long mant = bits & 0x000fffffffffffffL;
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 52;
            }
            java.math.BigInteger mb = java.math.BigInteger.valueOf(mant);
            int e2 = exp - 1075;
            return round(mb.multiply(mb), 2 * e2, false);
        }

        RefExt add(RefExt o) {
            if (o.m.signum() == 0) {
                return this;
            }
            if (m.signum() == 0) {
                return o;
            }
            RefExt big = e >= o.e ? this : o;
            RefExt small = e >= o.e ? o : this;
            int diff = big.e - small.e;
            if (diff > 130) {
                // The smaller addend is below half an ulp of the larger: rounds away.
                return big;
            }
            return round(big.m.shiftLeft(diff).add(small.m), small.e, false);
        }

        RefExt sqrt() {
            if (m.signum() == 0) {
                return ZERO;
            }
            java.math.BigInteger v = m;
            int ex = e;
            // Scale so that the exponent is even and the root has at least 66 bits.
            int shift = 140;
            if (((ex - shift) & 1) != 0) {
                shift++;
            }
            v = v.shiftLeft(shift);
            ex -= shift;
            java.math.BigInteger r = isqrt(v);
            boolean sticky = !r.multiply(r).equals(v);
            return round(r, ex / 2, sticky);
        }

        private static java.math.BigInteger isqrt(java.math.BigInteger v) {
            java.math.BigInteger x = java.math.BigInteger.ONE.shiftLeft((v.bitLength() + 1) / 2);
            while (true) {
                java.math.BigInteger y = x.add(v.divide(x)).shiftRight(1);
                if (y.compareTo(x) >= 0) {
                    return x;
                }
                x = y;
            }
        }

        /** Rounded to double (nearest even), as the x87 store to a 64-bit memory operand. */
        double toDouble() {
            if (m.signum() == 0) {
                return 0.0;
            }
            RefExt r53 = this;
            // Round the 64-bit significand to 53 bits.
            java.math.BigInteger q = m.shiftRight(11);
            java.math.BigInteger rem = m.subtract(q.shiftLeft(11));
            int c = rem.compareTo(java.math.BigInteger.valueOf(1024));
            int ex = r53.e + 11;
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(java.math.BigInteger.ONE);
                if (q.bitLength() > 53) {
                    q = q.shiftRight(1);
                    ex++;
                }
            }
            return Math.scalb((double) q.longValue(), ex);
        }
    }

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
            RefExt ref = RefExt.ZERO;
            RefExt other = RefExt.ZERO;
            for (int i = 0; i < n; i++) {
                double x = sample(rng);
                int k = rng.nextInt(2);
                Householder.ExtSum.addSquare(m, e, k, x);
                if (k == 0) {
                    ref = ref.add(RefExt.square(x));
                } else {
                    other = other.add(RefExt.square(x));
                }
            }
            Householder.ExtSum.add(m, e, 0, 1);
            ref = ref.add(other);
            Householder.Ext got = Householder.ExtSum.toExt(m[0], e[0]);
            assertEquals(ref.m, unsigned(got.m), "significand, trial " + trial);
            if (ref.m.signum() != 0) {
                assertEquals(ref.e, got.e, "exponent, trial " + trial);
            }
            assertEquals(ref.sqrt().toDouble(), got.sqrt().toDouble());
        }
    }

    private static java.math.BigInteger unsigned(long v) {
        java.math.BigInteger b = java.math.BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }

    /** dnrm2 with the BigInteger Ext throughout, in the kernel's order (the former implementation). */
    private static double referenceNrm2(int n, double[] x, int off, int inc) {
        RefExt[] acc = {RefExt.ZERO, RefExt.ZERO, RefExt.ZERO, RefExt.ZERO};
        int blocks = n >> 3;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int q = 0; q < 8; q++, i++) {
                acc[q & 3] = acc[q & 3].add(RefExt.square(x[off + i * inc]));
            }
        }
        for (; i < n; i++) {
            acc[0] = acc[0].add(RefExt.square(x[off + i * inc]));
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
