package basis.engine.nd.linalg;

import basis.engine.nd.FusedMultiplyAdd;

/**
 * Elementary reflectors H = I - tau v v^T with LAPACK's conventions ({@code dlarfg}: v(0) = 1 and
 * beta = -sign(alpha) * ||(alpha, x)||, no reflection when x is zero), plus the norms and plane
 * rotations the decompositions share. Column-major storage; v is stored in place of x.
 *
 * <p>NumPy's OpenBLAS compiles LAPACK's Fortran without fused multiply-adds (only its BLAS kernels
 * use them), so the LAPACK-level formulas here use plain arithmetic, and the reflector applications
 * go through the reproduced BLAS kernels ({@link Kernels#gemvT}, {@link Kernels#gemvN},
 * {@link Kernels#ger}) as LAPACK's {@code dlarf} does.
 */
final class Householder {
    private Householder() {}

    private static final double SAFMIN = Double.MIN_NORMAL / 0x1p-53; // dlamch('S') / dlamch('E')
    private static final double SPLIT = 134217729.0;

    /**
     * {@code dnrm2} as OpenBLAS's x86-64 kernel computes it: on the x87 unit, in extended precision
     * (64-bit significands), squares summed in four accumulators (element i in accumulator i mod 4
     * over blocks of eight, the rest in the first), the accumulators combined as d + ((c + a) + b),
     * the square root taken in extended precision and rounded to double. The extended arithmetic is
     * emulated exactly ({@link Ext}).
     */
    static double nrm2(int n, double[] x, int off, int inc) {
        if (n <= 0) {
            return 0.0;
        }
        // The largest and the smallest nonzero magnitude as bit patterns, without a branch per
        // element (a zero maps to Long.MAX_VALUE for the minimum); NaNs and infinities sit at the top.
        long most = 0;
        long least = Long.MAX_VALUE;
        for (int i = 0, p = off; i < n; i++, p += inc) {
            long bits = Double.doubleToRawLongBits(x[p]) & Long.MAX_VALUE;
            most = Math.max(most, bits);
            least = Math.min(least, (bits - 1) & Long.MAX_VALUE);
        }
        if (most >= 0x7ff0000000000000L) {
            for (int i = 0, p = off; i < n; i++, p += inc) {
                if (x[p] != x[p]) {
                    return x[p];
                }
            }
            return Double.POSITIVE_INFINITY;
        }
        if (most == 0) {
            return 0.0; // all zeros
        }
        int emax = (int) (most >>> 52);
        int emin = (int) ((least + 1) >>> 52);
        if (n == 1) {
            // x^2 rounded to 64 bits is within 2^-64 of x^2, its root within 2^-65 of |x|, which has
            // 53 significant bits: both roundings give |x| back (x87 has no overflow or underflow here).
            return Math.abs(x[off]);
        }
        if (emin >= Bounded.EMIN && emax <= Bounded.EMAX) {
            double r = Bounded.nrm2(n, x, off, inc);
            if (r >= 0) {
                return r;
            }
        }
        if (emin >= 1 && 2 * (emax - emin) <= 61 - (32 - Integer.numberOfLeadingZeros(n - 1))) {
            return FixedSum.nrm2(n, x, off, inc, emin);
        }
        // Four accumulators as (significand, exponent) pairs in long arithmetic (ExtSum); the
        // BigInteger-based Ext (the reference, see ExtSumTest) only for the final square root.
        long[] m = new long[4];
        int[] e = new int[4];
        ExtSum.sumSquares(x, off, inc, n, m, e);
        ExtSum.add(m, e, 2, 0);
        ExtSum.add(m, e, 2, 1);
        ExtSum.add(m, e, 3, 2);
        return ExtSum.toExt(m[3], e[3]).sqrt().toDouble();
    }

    /** The general {@link #nrm2} (ExtSum's accumulators for any input), for tests of the fast one. */
    static double nrm2General(int n, double[] x, int off, int inc) {
        if (n <= 0) {
            return 0.0;
        }
        boolean inf = false;
        for (int i = 0; i < n; i++) {
            double v = x[off + i * inc];
            if (v != v) {
                return v;
            }
            inf |= Double.isInfinite(v);
        }
        if (inf) {
            return Double.POSITIVE_INFINITY;
        }
        long[] m = new long[4];
        int[] e = new int[4];
        ExtSum.sumSquares(x, off, inc, n, m, e);
        ExtSum.add(m, e, 2, 0);
        ExtSum.add(m, e, 2, 1);
        ExtSum.add(m, e, 3, 2);
        return ExtSum.toExt(m[3], e[3]).sqrt().toDouble();
    }

    /**
     * dnrm2's result without emulating the x87 unit, when that is safe: the sum of squares S in
     * double-double (Dekker's exact squares, Knuth's TwoSum; off from the exact sum by far less than
     * 2^-90 S) and a bound E on how far the kernel's extended-precision sum T can be from S: each
     * square and each addition rounded to 64 bits is off by at most 2^-64 times its result, and the
     * results of the additions are the accumulators' partial sums (tracked here in plain double,
     * within a factor 1 + n 2^-51 of the kernel's). The kernel returns round53(round64(sqrt T)),
     * monotone in T, so when every T in [S - E, S + E] has its root, widened by 2^-64 for the
     * round64, strictly inside the rounding interval of y = sqrt(S) rounded to double, y is the
     * answer. Otherwise (a root close to a midpoint between doubles: a few percent of the cases at
     * n = 1000, fewer for shorter vectors) this returns -1 and the caller emulates the x87 unit.
     * About four times faster than {@link FixedSum}; the same results (ExtSumTest).
     */
    static final class Bounded {
        private Bounded() {}

        /** The elements' binary exponent range (of the nonzero ones) for which the arithmetic is exact. */
        static final int EMIN = 1023 - 400;
        static final int EMAX = 1023 + 400;

        /** dnrm2 of n &gt;= 2 elements, all zero or with exponents in [EMIN, EMAX], or -1 if undecided. */
        static double nrm2(int n, double[] x, int off, int inc) {
            // Each accumulator as the kernel fills it (element i in accumulator i mod 4 over blocks of
            // eight, the rest in the first). A square's error v^2 - sq exactly: by the hardware FMA
            // where installed, else Dekker.
            FusedMultiplyAdd unit = FusedMultiplyAdd.Installed.unit;
            Acc a0 = new Acc();
            Acc a1 = new Acc();
            Acc a2 = new Acc();
            Acc a3 = new Acc();
            int blocked = 8 * (n >> 3);
            int i = 0;
            int p = off;
            for (; i < blocked; i += 4) {
                a0.add(x[p], unit);
                a1.add(x[p + inc], unit);
                a2.add(x[p + 2 * inc], unit);
                a3.add(x[p + 3 * inc], unit);
                p += 4 * inc;
            }
            for (; i < n; i++) {
                a0.add(x[p], unit);
                p += inc;
            }
            // The kernel's d + ((c + a) + b), its three partial sums into the bound too.
            double c1 = a2.h + a0.h;
            double c2 = c1 + a1.h;
            double c3 = a3.h + c2;
            double w = ((a0.w + a1.w) + (a2.w + a3.w)) + ((c1 + c2) + c3);
            // S = hi + lo: the running sums added exactly (each rounding error into a0.l), then the small parts.
            a0.add(a1.h);
            a0.add(a2.h);
            a0.add(a3.h);
            double lo = (a0.l + a1.l) + (a2.l + a3.l);
            double s = a0.h;
            double hi = s + lo;
            lo -= hi - s;
            if (!(hi > 0)) {
                return -1;
            }
            // E: the squares (S) and the additions (w) at 2^-64 each, plus the double-double's own
            // error (below n^2 2^-100 S), all widened by 1 + n 2^-48: the kernel's partial sums and w
            // itself are within 1 + n 2^-52 of the exact sums.
            double bound = (0x1p-64 * (hi + w) + (double) n * n * 0x1p-100 * hi) * (1 + n * 0x1p-48);
            // sqrt(hi) may be a neighbour of sqrt(S) rounded (hi is S rounded): one Newton step fixes that.
            double y = Math.sqrt(hi);
            double delta = residual(hi, lo, y);
            double y1 = y + delta / (2 * y);
            if (y1 != y) {
                y = y1;
                delta = residual(hi, lo, y);
            }
            // y's rounding interval is (y - h', y + h), h half an ulp of y, h' = h / 2 when y is a power
            // of two. T's root inside it, with the round64's 2^-64: |delta| + E + 2^-61 S < 2 y h'
            // (2^-61 S covers the (1 + 2^-64)^2 and h'^2 terms, the factors the roundings here).
            long yb = Double.doubleToRawLongBits(y);
            double half = Double.longBitsToDouble((yb & 0x7ff0000000000000L) - (53L << 52));
            if ((yb & 0x000fffffffffffffL) == 0) {
                half *= 0.5;
            }
            if (Math.abs(delta) * (1 + 0x1p-50) + bound + 0x1p-61 * hi < 2 * y * half * (1 - 0x1p-50)) {
                return y;
            }
            return -1;
        }

        /**
         * One accumulator: h the running sum (the kernel's partial sums, to 1 + n 2^-52), l the
         * rounding errors of the squares and of the additions, w the sum of the partial sums.
         */
        private static final class Acc {
            double h;
            double l;
            double w;

            void add(double v, FusedMultiplyAdd unit) {
                double sq = v * v;
                l += unit != null ? unit.fma(v, v, -sq) : squareError(v, sq);
                add(sq);
                w += h;
            }

            /** h += t exactly, the rounding error (Knuth's TwoSum) into l. */
            void add(double t) {
                double s = h + t;
                double z = s - h;
                l += (h - (s - z)) + (t - z);
                h = s;
            }
        }

        /** v^2 - sq exactly, sq = v * v rounded (Dekker's product; v within [2^-400, 2^401)). */
        private static double squareError(double v, double sq) {
            double t = SPLIT * v;
            double vh = t - (t - v);
            double vl = v - vh;
            return ((vh * vh - sq) + 2 * vh * vl) + vl * vl;
        }

        /** (hi + lo) - y^2 for y within a factor 1.5 of sqrt(hi) (Dekker's exact square; hi - yy is exact). */
        private static double residual(double hi, double lo, double y) {
            double yy = y * y;
            double t = SPLIT * y;
            double yh = t - (t - y);
            double yl = y - yh;
            double ye = ((yh * yh - yy) + 2 * yh * yl) + yl * yl;
            return (hi - yy) + (lo - ye);
        }
    }

    /**
     * dnrm2's x87 sums of squares when the nonzero elements are normal and their binary exponents
     * span little enough (2 (emax - emin) &lt;= 61 - ceil(log2 n)): then every square rounded to 64
     * bits is a multiple of one unit, 2^u with u = 2 (emin - 1075) + 41 (the smallest square's
     * last bit), and every partial sum stays below 2^127 units, so an accumulator is a 128-bit
     * integer count of units (hi:lo) in which an x87 addition is an exact integer addition and a
     * rounding to 64 significant bits at the position the sum's leading bit decides. No exponents
     * to align per addition, no branches on the data: the same values as ExtSum's (ExtSumTest).
     */
    static final class FixedSum {
        long hi;
        long lo;

        static double nrm2(int n, double[] x, int off, int inc, int emin) {
            int base = 2 * (emin - 1075) + 41;
            FixedSum a0 = new FixedSum();
            FixedSum a1 = new FixedSum();
            FixedSum a2 = new FixedSum();
            FixedSum a3 = new FixedSum();
            int blocked = 8 * (n >> 3);
            int i = 0;
            int p = off;
            for (; i < blocked; i += 4) {
                a0.addSquare(x[p], base);
                a1.addSquare(x[p + inc], base);
                a2.addSquare(x[p + 2 * inc], base);
                a3.addSquare(x[p + 3 * inc], base);
                p += 4 * inc;
            }
            for (; i < n; i++) {
                a0.addSquare(x[p], base);
                p += inc;
            }
            // d + ((c + a) + b), as the kernel combines its accumulators.
            a2.add(a0.hi, a0.lo);
            a2.add(a1.hi, a1.lo);
            a3.add(a2.hi, a2.lo);
            return a3.sqrtToDouble(base);
        }

        /** this += x^2, x^2 rounded to 64 bits first (x normal or zero, x^2 a multiple of 2^base). */
        void addSquare(double x, int base) {
            long bits = Double.doubleToRawLongBits(x) & 0x7fffffffffffffffL;
            if (bits == 0) {
                return;
            }
            int exp = (int) (bits >>> 52);
            long mant = (bits & 0x000fffffffffffffL) | (1L << 52);
            // mant^2 (105 or 106 bits) as mh:ml from 32-bit halves, without carry tests (a data-dependent
            // branch there costs more than all the arithmetic).
            long a1 = mant >>> 32;
            long a0 = mant & 0xFFFFFFFFL;
            long p00 = a0 * a0;
            long p01 = 2 * a0 * a1; // < 2^54
            long t = (p00 >>> 32) + (p01 & 0xFFFFFFFFL); // < 2^33
            long ml = (t << 32) | (p00 & 0xFFFFFFFFL);
            long mh = a1 * a1 + (p01 >>> 32) + (t >>> 32);
            // Rounded to 64 bits (nearest even): drop the low 41 or 42 bits.
            int extra = 64 - Long.numberOfLeadingZeros(mh);
            long q = (mh << (64 - extra)) | (ml >>> extra);
            long rem = ml & ((1L << extra) - 1);
            long half = 1L << (extra - 1);
            long above = (half - rem) >>> 63;
            long tie = ((rem ^ half) - 1) >>> 63;
            q += above | (tie & q);
            int s = 2 * (exp - 1075) + extra - base;
            if (q == 0) {
                q = 1L << 63;
                s++;
            }
            // q 2^s in units (0 <= s <= 63 by the span condition).
            add((q >>> 1) >>> (63 - s), q << s);
        }

        /** this += (sh:sl) units, then rounded to 64 significant bits, nearest even. */
        void add(long sh, long sl) {
            long l = lo + sl;
            long h = hi + sh + (((lo & sl) | ((lo | sl) & ~l)) >>> 63);
            // The bits below the 64 leading ones (h < 2^63, so at most 63 of them, all in l).
            int cnt = 64 - Long.numberOfLeadingZeros(h);
            long mask = (1L << cnt) - 1;
            long rem = l & mask;
            long half = mask - (mask >>> 1);
            long trunc = l ^ rem;
            long gt = (half - rem) >>> 63;
            long eq = ((rem ^ half) - 1) >>> 63;
            long odd = (l >>> cnt) & 1;
            long any = (-half) >>> 63;
            long inc = (gt | (eq & odd & any)) << cnt;
            long r = trunc + inc;
            hi = h + (((trunc & inc) | ((trunc | inc) & ~r)) >>> 63);
            lo = r;
        }

        /** sqrt(this 2^base) as x87's fsqrt rounds it to 64 bits and then to double ({@link #sqrtToDouble(long, int)}). */
        double sqrtToDouble(int base) {
            if (hi == 0 && lo == 0) {
                return 0.0;
            }
            int lz = hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
            return Householder.sqrtToDouble(significand(lz), base + 64 - lz);
        }

        /** This value times 2^base as an {@link Ext} (for tests). */
        Ext toExt(int base) {
            if (hi == 0 && lo == 0) {
                return Ext.ZERO;
            }
            int lz = hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
            return new Ext(significand(lz), base + 64 - lz);
        }

        /** The 64 bits from the leading one (lz leading zeros in hi:lo; the bits below are zero). */
        private long significand(int lz) {
            if (lz >= 64) {
                return lo << (lz - 64);
            }
            return lz == 0 ? hi : (hi << lz) | (lo >>> (64 - lz));
        }
    }

    /**
     * The square root of m 2^e (m a 64-bit significand, top bit set, as an unsigned long) rounded to
     * 64 bits (nearest even, as the x87 fsqrt) and then to double (nearest even, the store): the
     * same as {@code Ext.sqrt().toDouble()} in long arithmetic. With N = m 2^64 or m 2^63 (an even
     * power), N in [2^126, 2^128), r = floor(sqrt N) in [2^63, 2^64) from a double estimate, one
     * Newton correction and exact residuals N - r^2; the root is never exactly halfway between two
     * integers (N is an integer), so it rounds up exactly when N - r^2 &gt; r.
     */
    static double sqrtToDouble(long m, int e) {
        long nh;
        long nl;
        int re;
        if ((e & 1) == 0) {
            nh = m;
            nl = 0;
            re = (e - 64) >> 1;
        } else {
            nh = m >>> 1;
            nl = m << 63;
            re = (e - 63) >> 1;
        }
        // Estimate: sqrt(nh 2^64), nh >= 2^62, within 2^12 or so of the root.
        double nhd = (double) (nh >>> 1) * 2.0;
        double r0d = Math.sqrt(nhd) * 0x1p32;
        long r = ((long) (r0d * 0.5)) << 1;
        if (r >= 0) {
            r = Long.MIN_VALUE; // r0d rounded below 2^63: the root is at least 2^63
        }
        // Newton: r += (N - r^2) / (2 r), the residual approximated in double.
        long ph = mulHi(r, r);
        long pl = r * r;
        long dl = nl - pl;
        long dh = nh - ph - (((~nl & pl) | ((~nl | pl) & dl)) >>> 63);
        double res = (double) dh * 0x1p64 + (double) (dl >>> 1) * 2.0;
        r += Math.round(res / (2.0 * ((double) (r >>> 1) * 2.0)));
        // Exact fix-up to floor(sqrt N): residual d = N - r^2 with 0 <= d <= 2r.
        while (true) {
            ph = mulHi(r, r);
            pl = r * r;
            dl = nl - pl;
            dh = nh - ph - (((~nl & pl) | ((~nl | pl) & dl)) >>> 63);
            if (dh < 0) {
                r--;
                continue;
            }
            // d > 2r (d as dh:dl, 2r as (r >>> 63):(r << 1))?
            long th = r >>> 63;
            long tl = r << 1;
            if (dh > th || (dh == th && Long.compareUnsigned(dl, tl) > 0)) {
                r++;
                continue;
            }
            // Round to nearest: up when d > r.
            boolean up = dh > 0 || Long.compareUnsigned(dl, r) > 0;
            long q = r;
            if (up) {
                q++;
                if (q == 0) {
                    q = Long.MIN_VALUE;
                    re++;
                }
            }
            return Ext.roundTo53(q, re);
        }
    }

    /** The high 64 bits of the unsigned 128-bit product a b (from 32-bit halves). */
    static long mulHi(long a, long b) {
        long a1 = a >>> 32;
        long a0 = a & 0xFFFFFFFFL;
        long b1 = b >>> 32;
        long b0 = b & 0xFFFFFFFFL;
        long p00 = a0 * b0;
        long p01 = a0 * b1;
        long p10 = a1 * b0;
        long p11 = a1 * b1;
        long mid = (p00 >>> 32) + (p01 & 0xFFFFFFFFL) + (p10 & 0xFFFFFFFFL);
        return p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
    }

    /**
     * The x87 extended-precision sums of squares of {@link #nrm2} without BigInteger: a nonnegative
     * value is a 64-bit significand (bit 63 set, as an unsigned long; 0 for zero) and an exponent,
     * m * 2^e, exactly as {@link Ext} holds it, and every operation rounds to nearest even as Ext's
     * do (same results bit for bit; ExtSumTest checks them against Ext), some 20 times faster.
     */
    static final class ExtSum {
        private ExtSum() {}

        /**
         * The sums of squares of dnrm2's kernel: element i of x (at x[off + i * inc]) squared and
         * rounded to 64 bits, then added into accumulator i mod 4 for the blocks of eight, the rest
         * into accumulator 0. The squares first (independent of each other), then the sums, whose
         * four chains overlap in the processor.
         */
        static void sumSquares(double[] x, int off, int inc, int n, long[] m, int[] e) {
            long[] sm = new long[n];
            int[] se = new int[n];
            squares(x, off, inc, n, sm, se);
            int blocked = 8 * (n >> 3);
            for (int i = 0; i < blocked; i++) {
                addTo(m, e, i & 3, sm[i], se[i]);
            }
            for (int i = blocked; i < n; i++) {
                addTo(m, e, 0, sm[i], se[i]);
            }
        }

        /** acc[k] += x^2 (the square rounded to 64 bits first, as the x87 multiply does). */
        static void addSquare(long[] m, int[] e, int k, double x) {
            long[] sm = new long[1];
            int[] se = new int[1];
            squares(new double[] {x}, 0, 1, 1, sm, se);
            addTo(m, e, k, sm[0], se[0]);
        }

        /**
         * The squares of n elements of x (x[off + i * inc]) rounded to 64 bits, nearest even, as
         * sm[i] * 2^se[i] (sm[i] = 0 for 0). One loop: per element, the step is too large to inline.
         */
        static void squares(double[] xs, int off, int inc, int n, long[] sm, int[] se) {
            for (int i = 0; i < n; i++) {
                double x = xs[off + i * inc];
                if (x == 0) {
                    sm[i] = 0;
                    continue;
                }
                long bits = Double.doubleToRawLongBits(x) & 0x7fffffffffffffffL;
                int exp = (int) (bits >>> 52);
                long mant = bits & 0x000fffffffffffffL;
                if (exp == 0) {
                    exp = 1;
                } else {
                    mant |= 1L << 52;
                }
                // mant^2 (up to 106 bits) as hi:lo, from mant = h 2^26 + l.
                long h = mant >>> 26;
                long l = mant & ((1L << 26) - 1);
                long lo = l * l;
                long mid = 2 * h * l;
                long hi = mid >>> 38;
                long u = mid << 26;
                lo += u;
                hi += ((lo ^ Long.MIN_VALUE) < (u ^ Long.MIN_VALUE)) ? 1 : 0;
                long hh = h * h;
                hi += hh >>> 12;
                u = hh << 52;
                lo += u;
                hi += ((lo ^ Long.MIN_VALUE) < (u ^ Long.MIN_VALUE)) ? 1 : 0;
                int e2 = 2 * (exp - 1075);
                if (hi == 0) {
                    int z = Long.numberOfLeadingZeros(lo);
                    sm[i] = lo << z;
                    se[i] = e2 - z;
                    continue;
                }
                int extra = 64 - Long.numberOfLeadingZeros(hi);
                long q = (hi << (64 - extra)) | (lo >>> extra);
                long rem = lo & ((1L << extra) - 1);
                long half = 1L << (extra - 1);
                int ex = e2 + extra;
                // Round up if rem > half, or on a tie to even (branch-free: the outcome is random).
                long above = (half - rem) >>> 63;
                long tie = ((rem ^ half) - 1) >>> 63;
                q += above | (tie & q);
                if (q == 0) {
                    q = 1L << 63;
                    ex++;
                }
                sm[i] = q;
                se[i] = ex;
            }
        }

        /** acc[k] += acc[j]. */
        static void add(long[] m, int[] e, int k, int j) {
            addTo(m, e, k, m[j], e[j]);
        }

        /** acc[k] += sm * 2^se, rounded to 64 bits, nearest even (small enough for the JIT to inline). */
        static void addTo(long[] m, int[] e, int k, long sm, int se) {
            if (sm == 0) {
                return;
            }
            long am = m[k];
            if (am == 0) {
                m[k] = sm;
                e[k] = se;
                return;
            }
            int ae = e[k];
            long bm = ae >= se ? am : sm;
            long sv = ae >= se ? sm : am;
            int be = Math.max(ae, se);
            int diff = be - Math.min(ae, se);
            if (diff >= 64) {
                addFar(m, e, k, bm, be, sv, diff);
                return;
            }
            // The smaller addend in units of 2^(be - 64): shi:slo.
            long shi = sv >>> diff;
            long slo = diff == 0 ? 0 : sv << (64 - diff);
            long hi = bm + shi;
            long sticky = 0;
            if ((hi ^ Long.MIN_VALUE) < (bm ^ Long.MIN_VALUE)) {
                // A carry out of 64 bits (rare once the sum has grown): one more bit to drop.
                sticky = slo & 1;
                slo = (slo >>> 1) | (hi << 63);
                hi = (hi >>> 1) | (1L << 63);
                be++;
            }
            m[k] = roundUp(hi, slo, sticky);
            e[k] = m[k] == 0 ? be + 1 : be;
            if (m[k] == 0) {
                m[k] = 1L << 63;
            }
        }

        /**
         * hi, plus one if the bits below it (lo, then a sticky bit) are above half an ulp, or at half
         * with hi odd (branch-free: the outcome is random). 0 means hi overflowed to 2^64.
         */
        private static long roundUp(long hi, long lo, long sticky) {
            long top = lo >>> 63;
            long rest = (lo & 0x7fffffffffffffffL) | sticky;
            long restNonzero = (rest | -rest) >>> 63;
            return hi + (top & (restNonzero | (hi & 1)));
        }

        /** addTo's rare case of addends 64 or more binary orders apart. */
        private static void addFar(long[] m, int[] e, int k, long bm, int be, long sv, int diff) {
            long slo;
            long sticky;
            if (diff == 64) {
                slo = sv;
                sticky = 0;
            } else if (diff < 128) {
                slo = sv >>> (diff - 64);
                sticky = (sv << (128 - diff)) != 0 ? 1 : 0;
            } else {
                slo = 0;
                sticky = 1;
            }
            long r = roundUp(bm, slo, sticky);
            m[k] = r == 0 ? 1L << 63 : r;
            e[k] = r == 0 ? be + 1 : be;
        }

        /** The same value as an {@link Ext}. */
        static Ext toExt(long m, int e) {
            if (m == 0) {
                return Ext.ZERO;
            }
            return new Ext(m, e);
        }
    }

    /**
     * A nonnegative x87 extended-precision value m * 2^e with a 64-bit significand (or zero), every
     * operation rounded to nearest even as the x87 unit does in its default precision. The
     * significand is held in a long as an unsigned number whose top bit is set (0 for zero); sums and
     * squares are formed exactly in 128 bits and rounded once.
     */
    static final class Ext {
        static final Ext ZERO = new Ext(0L, 0);
        private static final long TOP = Long.MIN_VALUE; // 2^63, unsigned

        final long m;
        final int e;

        private Ext(long m, int e) {
            this.m = m;
            this.e = e;
        }

        /** The exact value (hi * 2^64 + lo) * 2^e, both halves unsigned, rounded to 64 significant bits. */
        static Ext round(long hi, long lo, int e) {
            if (hi == 0) {
                if (lo == 0) {
                    return ZERO;
                }
                hi = lo;
                lo = 0;
                e -= 64;
            }
            int s = Long.numberOfLeadingZeros(hi);
            if (s > 0) {
                hi = (hi << s) | (lo >>> (64 - s));
                lo <<= s;
                e -= s;
            }
            long m = hi;
            int c = Long.compareUnsigned(lo, TOP);
            if (c > 0 || (c == 0 && (m & 1) != 0)) {
                m++;
                if (m == 0) { // carried out of 64 bits
                    m = TOP;
                    e++;
                }
            }
            return new Ext(m, e + 64);
        }

        static Ext square(double x) {
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
            // mant^2 exactly, from 32-bit halves (mant < 2^53, so no partial product overflows)
            long a1 = mant >>> 32, a0 = mant & 0xFFFFFFFFL;
            long p00 = a0 * a0, p01 = a1 * a0, p11 = a1 * a1;
            long mid = p01 << 1; // < 2^54
            long lo = p00 + (mid << 32);
            long carry = Long.compareUnsigned(lo, p00) < 0 ? 1 : 0;
            long hi = p11 + (mid >>> 32) + carry;
            return round(hi, lo, 2 * (exp - 1075));
        }

        Ext add(Ext o) {
            if (o.m == 0) {
                return this;
            }
            if (m == 0) {
                return o;
            }
            Ext big = e >= o.e ? this : o;
            Ext small = e >= o.e ? o : this;
            int diff = big.e - small.e;
            if (diff > 64) {
                // The smaller addend is below half an ulp of the larger: rounds away.
                return big;
            }
            long hi, lo;
            if (diff == 0) {
                hi = 0;
                lo = big.m;
            } else if (diff == 64) {
                hi = big.m;
                lo = 0;
            } else {
                hi = big.m >>> (64 - diff);
                lo = big.m << diff;
            }
            long sum = lo + small.m;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            return round(hi, sum, small.e);
        }

        Ext sqrt() {
            if (m == 0) {
                return ZERO;
            }
            java.math.BigInteger v = unsigned(m);
            int ex = e;
            // Scale so that the exponent is even and the root has at least 66 bits.
            int shift = 140;
            if (((ex - shift) & 1) != 0) {
                shift++;
            }
            v = v.shiftLeft(shift);
            ex -= shift;
            java.math.BigInteger r = isqrt(v);
            boolean inexact = !r.multiply(r).equals(v);
            // r has 136 or 137 bits: round it to 64, the discarded bits and the inexactness deciding
            int extra = r.bitLength() - 64;
            java.math.BigInteger q = r.shiftRight(extra);
            java.math.BigInteger rem = r.subtract(q.shiftLeft(extra));
            int c = rem.compareTo(java.math.BigInteger.ONE.shiftLeft(extra - 1));
            long qm = q.longValue();
            int qe = ex / 2 + extra;
            if (c > 0 || (c == 0 && (inexact || (qm & 1) != 0))) {
                qm++;
                if (qm == 0) {
                    qm = TOP;
                    qe++;
                }
            }
            return new Ext(qm, qe);
        }

        private static java.math.BigInteger unsigned(long v) {
            java.math.BigInteger b = java.math.BigInteger.valueOf(v & Long.MAX_VALUE);
            return v < 0 ? b.setBit(63) : b;
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
            return m == 0 ? 0.0 : roundTo53(m, e);
        }

        /** m 2^e (m a 64-bit significand, read unsigned, top bit set) rounded to 53 bits, ties to even. */
        static double roundTo53(long m, int e) {
            long q = m >>> 11;
            long rem = m & 0x7FF;
            int ex = e + 11;
            if (rem > 0x400 || (rem == 0x400 && (q & 1) != 0)) {
                q++;
                if (q == 1L << 53) {
                    q >>>= 1;
                    ex++;
                }
            }
            return Math.scalb((double) q, ex);
        }
    }

    static double twoProdErr(double a, double b, double p) {
        double t = SPLIT * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLIT * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /** LAPACK's {@code dlapy2}: sqrt(x^2 + y^2) without needless overflow. */
    static double lapy2(double x, double y) {
        if (x != x) {
            return x;
        }
        if (y != y) {
            return y;
        }
        double xa = Math.abs(x);
        double ya = Math.abs(y);
        double w = Math.max(xa, ya);
        double z = Math.min(xa, ya);
        if (z == 0 || w > Double.MAX_VALUE) {
            return w;
        }
        double q = z / w;
        return w * Math.sqrt(1.0 + q * q);
    }

    /**
     * {@code dlarfg}: given alpha = a[ai] and x = n-1 elements from a[xo] at stride inc, overwrites
     * x with v(1..), a[ai] with beta, and returns tau (0 when x is zero: H = I).
     */
    static double larfg(int n, double[] a, int ai, int xo, int inc) {
        return larfg(n, a, ai, xo, inc, false);
    }

    /** {@link #larfg}, with {@code fast} the norms by {@link FastKernels#nrm2} (large matrices). */
    static double larfg(int n, double[] a, int ai, int xo, int inc, boolean fast) {
        if (n <= 1) {
            return 0.0;
        }
        double xnorm = fast ? FastKernels.nrm2(n - 1, a, xo, inc) : nrm2(n - 1, a, xo, inc);
        if (xnorm == 0) {
            return 0.0;
        }
        double alpha = a[ai];
        double beta = -Math.copySign(lapy2(alpha, xnorm), alpha);
        int knt = 0;
        if (Math.abs(beta) < SAFMIN) {
            double rsafmn = 1.0 / SAFMIN;
            do {
                knt++;
                for (int i = 0; i < n - 1; i++) {
                    a[xo + i * inc] *= rsafmn;
                }
                beta *= rsafmn;
                alpha *= rsafmn;
            } while (Math.abs(beta) < SAFMIN && knt < 20);
            xnorm = fast ? FastKernels.nrm2(n - 1, a, xo, inc) : nrm2(n - 1, a, xo, inc);
            beta = -Math.copySign(lapy2(alpha, xnorm), alpha);
        }
        double tau = (beta - alpha) / beta;
        double s = 1.0 / (alpha - beta);
        for (int i = 0; i < n - 1; i++) {
            a[xo + i * inc] *= s;
        }
        for (int j = 0; j < knt; j++) {
            beta *= SAFMIN;
        }
        a[ai] = beta;
        return tau;
    }

    /**
     * Applies H = I - tau v v^T from the left to the m x n matrix C at c[co] (leading dimension ldc),
     * as LAPACK's {@code dlarf}: trailing zeros of v and trailing zero columns of C skipped, then
     * w = C^T v ({@link Kernels#gemvT}) and C -= tau v w^T ({@link Kernels#ger}). v has m elements
     * from v[vo] at stride vinc; v(0) is taken as 1 whatever is stored there.
     */
    static void applyLeft(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc) {
        applyLeft(m, n, v, vo, vinc, tau, c, co, ldc, false);
    }

    /** {@link #applyLeft}, with {@code fast} by {@link FastKernels#applyLeft} (large matrices). */
    static void applyLeft(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc,
            boolean fast) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        if (!fast && vinc == 1 && (v != c || vo + m <= co || vo > co + (n - 1) * ldc + m - 1)) {
            // v in place, its first element set to 1 for the call and restored, as LAPACK's callers
            // do (v is outside C): no copy of a long reflector.
            double saved = v[vo];
            v[vo] = 1.0;
            applyLeftUnit(m, n, v, vo, tau, c, co, ldc);
            v[vo] = saved;
            return;
        }
        double[] vv = unitLeading(m, v, vo, vinc);
        int lastv = m;
        while (lastv > 0 && vv[lastv - 1] == 0) {
            lastv--;
        }
        if (fast) {
            FastKernels.applyLeft(lastv, n, vv, tau, c, co, ldc);
            return;
        }
        applyLeftUnit(lastv, n, vv, 0, tau, c, co, ldc);
    }

    /** dlarf('Left') with v contiguous at vo, v[vo] = 1: trailing zeros of v and of C's columns trimmed. */
    private static void applyLeftUnit(int m, int n, double[] v, int vo, double tau, double[] c, int co, int ldc) {
        int lastv = m;
        while (lastv > 0 && v[vo + lastv - 1] == 0) {
            lastv--;
        }
        int lastc = lastNonzeroColumn(lastv, n, c, co, ldc);
        if (lastv == 0 || lastc == 0) {
            return;
        }
        double[] w = new double[lastc];
        Kernels.gemvT(lastv, lastc, 1.0, c, co, ldc, v, vo, 1, w, 0);
        Kernels.ger(lastv, lastc, -tau, v, vo, 1, w, 0, 1, c, co, ldc);
    }

    /**
     * Applies H from the right to the m x n matrix C ({@code dlarf('Right')}): w = C v
     * ({@link Kernels#gemvN}), C -= tau w v^T. v has n elements, v(0) taken as 1.
     */
    static void applyRight(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc) {
        applyRight(m, n, v, vo, vinc, tau, c, co, ldc, false);
    }

    /** {@link #applyRight}, with {@code fast} by {@link FastKernels#applyRight} (large matrices). */
    static void applyRight(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc,
            boolean fast) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        double[] vv = unitLeading(n, v, vo, vinc);
        int lastv = n;
        while (lastv > 0 && vv[lastv - 1] == 0) {
            lastv--;
        }
        if (fast) {
            FastKernels.applyRight(m, lastv, vv, tau, c, co, ldc);
            return;
        }
        int lastc = lastNonzeroRow(m, lastv, c, co, ldc);
        if (lastv == 0 || lastc == 0) {
            return;
        }
        double[] w = new double[lastc];
        if (vinc == 1) {
            Kernels.gemvN(lastc, lastv, 1.0, c, co, ldc, vv, 0, 1, w, 0);
        } else {
            // OpenBLAS's gemv_n takes another path for a strided x (v is a row of a matrix).
            double[] xs = new double[(lastv - 1) * vinc + 1];
            for (int i = 0; i < lastv; i++) {
                xs[i * vinc] = vv[i];
            }
            Kernels.gemvN(lastc, lastv, 1.0, c, co, ldc, xs, 0, vinc, w, 0);
        }
        Kernels.ger(lastc, lastv, -tau, w, 0, 1, vv, 0, 1, c, co, ldc);
    }

    private static double[] unitLeading(int len, double[] v, int vo, int vinc) {
        double[] vv = new double[len];
        vv[0] = 1.0;
        for (int i = 1; i < len; i++) {
            vv[i] = v[vo + i * vinc];
        }
        return vv;
    }

    /** LAPACK's {@code iladlc}: 1 + the last column of the m x n matrix with a nonzero, or 0. */
    static int lastNonzeroColumn(int m, int n, double[] c, int co, int ldc) {
        if (n == 0 || m == 0) {
            return m == 0 ? 0 : n;
        }
        for (int j = n - 1; j >= 0; j--) {
            for (int i = 0; i < m; i++) {
                if (c[co + i + j * ldc] != 0) {
                    return j + 1;
                }
            }
        }
        return 0;
    }

    /** LAPACK's {@code iladlr}: 1 + the last row of the m x n matrix with a nonzero, or 0. */
    static int lastNonzeroRow(int m, int n, double[] c, int co, int ldc) {
        if (m == 0) {
            return 0;
        }
        int last = 0;
        for (int j = 0; j < n; j++) {
            int i = m;
            while (i >= 1 && c[co + (i - 1) + j * ldc] == 0) {
                i--;
            }
            last = Math.max(last, i);
        }
        return last;
    }

    /**
     * LAPACK 3.10's {@code dlartg}: c, s, r with [c s; -s c] [f; g] = [r; 0], c &gt;= 0 and r
     * carrying the sign of f. Returns {c, s, r}.
     */
    static double[] lartg(double f, double g) {
        double[] out = new double[3];
        lartg(f, g, out);
        return out;
    }

    /** {@link #lartg(double, double)} into out[0..2] (no allocation: bdsqr calls it per rotation). */
    static void lartg(double f, double g, double[] out) {
        if (g == 0) {
            out[0] = 1.0;
            out[1] = 0.0;
            out[2] = f;
            return;
        }
        if (f == 0) {
            out[0] = 0.0;
            out[1] = Math.copySign(1.0, g);
            out[2] = Math.abs(g);
            return;
        }
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        double rtmin = 1.4916681462400413e-154; // sqrt(safmin)
        double rtmax = 4.740375954054589e153; // sqrt(safmax / 2)
        if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
            double d = Math.sqrt(f * f + g * g);
            double r = Math.copySign(d, f);
            out[0] = f1 / d;
            out[1] = g / r;
            out[2] = r;
            return;
        }
        double u = Math.min(Double.MAX_VALUE, Math.max(Double.MIN_NORMAL, Math.max(f1, g1)));
        double fs = f / u;
        double gs = g / u;
        double d = Math.sqrt(fs * fs + gs * gs);
        double r = Math.copySign(d, f);
        out[0] = Math.abs(fs) / d;
        out[1] = gs / r;
        out[2] = r * u;
    }
}
