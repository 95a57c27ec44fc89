package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * An element for the fixed-point path's tests: mostly in a band of binary exponents [lo, lo +
     * span], with the corner cases of the square's rounding (mantissas near 2^52.5, where the square
     * crosses 2^105, all ones, powers of two, short integers whose squares and sums tie), zeros and
     * signs.
     */
    private static double bandSample(SplittableRandom rng, int lo, int span) {
        int e = lo + rng.nextInt(span + 1);
        long mant;
        switch (rng.nextInt(8)) {
            case 0:
                mant = 6369051672525772L + rng.nextInt(-3, 4); // sqrt(2) 2^52: the square crosses 2^105
                break;
            case 1:
                mant = (1L << 53) - 1 - rng.nextInt(4); // squares just below 2^106
                break;
            case 2:
                mant = 1L << 52; // powers of two
                break;
            case 3:
                mant = ((long) (1 + rng.nextInt(1 << 12))) << 40; // short: exact squares, ties in the sums
                mant = mant >= (1L << 53) ? mant >>> 1 : mant;
                mant |= 1L << 52;
                mant &= (1L << 53) - 1;
                break;
            case 4:
                return rng.nextBoolean() ? 0.0 : -0.0;
            default:
                mant = (1L << 52) | (rng.nextLong() & 0x000fffffffffffffL);
        }
        double v = Math.scalb((double) mant, e - 1075);
        return rng.nextBoolean() ? -v : v;
    }

    /**
     * The fixed-point sums (Householder.FixedSum, taken when the exponents span little) against the
     * general ExtSum path and, for the shorter vectors, the BigInteger reference: long vectors (the
     * 1000-row columns of a tall SVD), spans right at the limit the fast path accepts and just past
     * it, the rounding corners of bandSample, and random magnitudes across the whole range.
     */
    @Test
    void fixedPointNrm2MatchesTheGeneralPathBitForBit() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int trial = 0; trial < 4000; trial++) {
            int n = trial % 10 == 0 ? 900 + rng.nextInt(1200) : 2 + rng.nextInt(80);
            int inc = 1 + rng.nextInt(2);
            int logn = 32 - Integer.numberOfLeadingZeros(n - 1);
            int limit = (61 - logn) / 2;
            int span;
            switch (trial % 4) {
                case 0:
                    span = limit; // the widest span taken
                    break;
                case 1:
                    span = limit + 1 + rng.nextInt(3); // just past it: the general path
                    break;
                case 2:
                    span = rng.nextInt(3);
                    break;
                default:
                    span = rng.nextInt(limit + 1);
            }
            int lo;
            switch (rng.nextInt(4)) {
                case 0:
                    lo = 1 + rng.nextInt(3); // the smallest normals
                    break;
                case 1:
                    lo = 2046 - span - rng.nextInt(3); // the largest
                    break;
                default:
                    lo = 1023 - 40 + rng.nextInt(80);
            }
            double[] x = new double[n * inc];
            for (int i = 0; i < x.length; i++) {
                x[i] = bandSample(rng, lo, span);
            }
            double want = Householder.nrm2General(n, x, 0, inc);
            assertEquals(want, Householder.nrm2(n, x, 0, inc), "trial " + trial + ", n " + n + ", span " + span);
            if (span <= limit) {
                // The fixed-point sums themselves (nrm2 mostly decides through Bounded first).
                int emin = 2047;
                for (double v : x) {
                    if (v != 0) {
                        emin = Math.min(emin, Math.getExponent(v) + 1023);
                    }
                }
                if (emin < 2047) {
                    assertEquals(want, Householder.FixedSum.nrm2(n, x, 0, inc, emin), "fixed, trial " + trial);
                }
            }
            if (n <= 80) {
                assertEquals(referenceNrm2(n, x, 0, inc), want, "reference, trial " + trial);
            }
        }
        // Uniform [0, 1) and normal columns, as in the benchmarks and lessons.
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rng.nextInt(2000);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 2 == 0 ? rng.nextDouble() : rng.nextGaussian();
            }
            assertEquals(Householder.nrm2General(n, x, 0, 1), Householder.nrm2(n, x, 0, 1), "uniform/normal " + trial);
        }
    }

    /**
     * Householder.Bounded (the sum of squares in double-double and a bound on the x87 errors) against
     * the emulated kernel: whenever it decides, the same double. Long vectors (where it declines
     * most often, 5-20% at n = 1000-5000) and short ones, uniform, normal and wide-ranging elements,
     * Pythagorean-like vectors with exact roots, and strides; both outcomes must occur.
     */
    @Test
    void boundedNrm2DecidesOnlyWhenItIsSure() {
        SplittableRandom rng = new SplittableRandom(33);
        int decided = 0;
        int declined = 0;
        for (int trial = 0; trial < 12000; trial++) {
            int n = trial % 4 == 0 ? 500 + rng.nextInt(4500) : 2 + rng.nextInt(60);
            int inc = 1 + rng.nextInt(2);
            double[] x = new double[n * inc];
            int scale = rng.nextInt(-300, 300);
            for (int i = 0; i < x.length; i++) {
                switch (trial % 5) {
                    case 0:
                        x[i] = rng.nextDouble();
                        break;
                    case 1:
                        x[i] = rng.nextGaussian();
                        break;
                    case 2:
                        x[i] = Math.scalb(rng.nextDouble() - 0.5, scale + rng.nextInt(-60, 60));
                        break;
                    case 3:
                        // Small integers: exact squares and sums, often perfect squares.
                        x[i] = rng.nextInt(-12, 13) * Math.scalb(1.0, scale);
                        break;
                    default:
                        // Mantissas near sqrt(2) and 1 (squares at the edge of a binade), and zeros.
                        x[i] = rng.nextInt(5) == 0 ? 0.0
                                : Math.scalb(rng.nextBoolean() ? 1.4142135623730951 : 1.0, scale)
                                        * (1 + rng.nextInt(-8, 9) * 0x1p-52);
                }
            }
            int emin = 2047;
            int emax = 0;
            for (double v : x) {
                if (v != 0) {
                    int e = Math.getExponent(v) + 1023;
                    emin = Math.min(emin, e);
                    emax = Math.max(emax, e);
                }
            }
            if (emax == 0 || emin < Householder.Bounded.EMIN || emax > Householder.Bounded.EMAX) {
                continue;
            }
            double got = Householder.Bounded.nrm2(n, x, 0, inc);
            if (got < 0) {
                declined++;
                continue;
            }
            decided++;
            assertEquals(Householder.nrm2General(n, x, 0, inc), got, "trial " + trial + ", n " + n);
        }
        assertTrue(decided > 10000, "decided " + decided);
        assertTrue(declined > 50, "declined " + declined);
    }

    /** One element: |x| (the general path agrees), subnormals and extremes included. */
    @Test
    void nrm2OfOneElementIsItsMagnitude() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0};
        for (int trial = 0; trial < 20000; trial++) {
            double v = trial < special.length ? special[trial] : sample(rng);
            double[] x = {v};
            assertEquals(Householder.nrm2General(1, x, 0, 1), Householder.nrm2(1, x, 0, 1), "x = " + v);
            assertEquals(referenceNrm2(1, x, 0, 1), Householder.nrm2(1, x, 0, 1), "x = " + v);
        }
    }

    /**
     * The long-arithmetic square root (Householder.sqrtToDouble) against Ext's BigInteger one: random
     * significands and exponents, the extremes of the significand, and roots built to land next to
     * the double rounding's halfway points (64-bit roots ending in 0x400 +- a few) and next to 2^64.
     */
    @Test
    void longArithmeticSqrtMatchesTheBigIntegerOne() {
        SplittableRandom rng = new SplittableRandom(8);
        java.math.BigInteger two64 = java.math.BigInteger.ONE.shiftLeft(64);
        for (int trial = 0; trial < 200000; trial++) {
            long m;
            int e = rng.nextInt(-2300, 2100);
            switch (trial % 5) {
                case 0:
                    m = rng.nextLong() | Long.MIN_VALUE;
                    break;
                case 1:
                    m = trial % 2 == 0 ? -1L - rng.nextInt(1 << 10) : Long.MIN_VALUE + rng.nextInt(1 << 10);
                    break;
                default: {
                    // r = a 64-bit root ending near 0x400; m = the top 64 bits of r^2 (or r^2 / 2),
                    // truncated, rounded up or off by a unit.
                    long r = (rng.nextLong() | Long.MIN_VALUE) & ~0x7FFL;
                    r |= 0x400 + rng.nextInt(-2, 3);
                    java.math.BigInteger rb = unsigned(r);
                    java.math.BigInteger sq = rb.multiply(rb);
                    int drop = sq.bitLength() - 64;
                    java.math.BigInteger top = sq.shiftRight(drop).add(java.math.BigInteger.valueOf(rng.nextInt(-1, 2)));
                    if (top.bitLength() != 64 || top.equals(two64)) {
                        top = sq.shiftRight(drop);
                    }
                    m = top.longValue();
                    e = 2 * rng.nextInt(-1100, 1000) + drop; // m 2^e ~ r^2 2^(2k)
                }
            }
            Householder.Ext x = Householder.ExtSum.toExt(m, e);
            assertEquals(x.sqrt().toDouble(), Householder.sqrtToDouble(m, e), "m " + Long.toUnsignedString(m) + ", e " + e);
        }
    }

    /**
     * One accumulator's 64-bit sums (not only the final double, whose rounding hides most slips)
     * against the reference, over exponent spans up to the fixed-point path's limit: full
     * significands at close exponents (a sum that outgrows its squares by a bit or two drops their
     * last bits, often exactly half a unit: ties to even), short ones and powers of two (exact sums,
     * single bits landing right below the cut).
     */
    @Test
    void fixedPointAccumulatorMatchesTheReference() {
        SplittableRandom rng = new SplittableRandom(33);
        for (int trial = 0; trial < 20000; trial++) {
            int n = 2 + rng.nextInt(trial % 20 == 0 ? 1500 : 40);
            int logn = 32 - Integer.numberOfLeadingZeros(n - 1);
            int limit = (61 - logn) / 2;
            int span = trial % 3 == 0 ? limit : rng.nextInt(Math.min(limit, 3) + 1);
            int lo = 1 + rng.nextInt(2046 - span);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                int ex = lo + rng.nextInt(span + 1);
                long mant;
                switch (rng.nextInt(3)) {
                    case 0:
                        mant = 0;
                        break;
                    case 1:
                        mant = (long) rng.nextInt(256) << 44;
                        break;
                    default:
                        mant = rng.nextLong() & 0x000fffffffffffffL;
                }
                double v = Double.longBitsToDouble(((long) ex << 52) | mant);
                x[i] = rng.nextBoolean() ? v : -v;
            }
            assertEquals(referenceNrm2(n, x, 0, 1), Householder.nrm2(n, x, 0, 1), "trial " + trial);
            // One accumulator's 64-bit sum itself (the final rounding to double hides most slips).
            int emin = 2047;
            int emax = 0;
            for (double v : x) {
                emin = Math.min(emin, Math.getExponent(v) + 1023);
                emax = Math.max(emax, Math.getExponent(v) + 1023);
            }
            assertTrue(2 * (emax - emin) <= 61 - logn, "the fast path's span");
            int base = 2 * (emin - 1075) + 41;
            Householder.FixedSum acc = new Householder.FixedSum();
            RefExt ref = RefExt.ZERO;
            for (double v : x) {
                acc.addSquare(v, base);
                ref = ref.add(RefExt.square(v));
            }
            Householder.Ext got = acc.toExt(base);
            assertEquals(ref.m, unsigned(got.m), "significand, trial " + trial);
            assertEquals(ref.e, got.e, "exponent, trial " + trial);
        }
    }
}
