package basis.engine.nd.linalg;

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
        Ext[] acc = {Ext.ZERO, Ext.ZERO, Ext.ZERO, Ext.ZERO};
        int blocks = n >> 3;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int q = 0; q < 8; q++, i++) {
                acc[q & 3] = acc[q & 3].add(Ext.square(x[off + i * inc]));
            }
        }
        for (; i < n; i++) {
            acc[0] = acc[0].add(Ext.square(x[off + i * inc]));
        }
        Ext sum = acc[3].add(acc[2].add(acc[0]).add(acc[1]));
        return sum.sqrt().toDouble();
    }

    /**
     * A nonnegative x87 extended-precision value m * 2^e with a 64-bit significand (or zero), every
     * operation rounded to nearest even as the x87 unit does in its default precision.
     */
    static final class Ext {
        static final Ext ZERO = new Ext(java.math.BigInteger.ZERO, 0);
        private static final java.math.BigInteger TWO64 = java.math.BigInteger.ONE.shiftLeft(64);

        final java.math.BigInteger m;
        final int e;

        private Ext(java.math.BigInteger m, int e) {
            this.m = m;
            this.e = e;
        }

        /** The exact value v * 2^e rounded to 64 significant bits. */
        static Ext round(java.math.BigInteger v, int e, boolean sticky) {
            if (v.signum() == 0) {
                return ZERO;
            }
            int extra = v.bitLength() - 64;
            if (extra <= 0) {
                return new Ext(v.shiftLeft(-extra), e + extra);
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
            return new Ext(q, e + extra);
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
            java.math.BigInteger mb = java.math.BigInteger.valueOf(mant);
            int e2 = exp - 1075;
            return round(mb.multiply(mb), 2 * e2, false);
        }

        Ext add(Ext o) {
            if (o.m.signum() == 0) {
                return this;
            }
            if (m.signum() == 0) {
                return o;
            }
            Ext big = e >= o.e ? this : o;
            Ext small = e >= o.e ? o : this;
            int diff = big.e - small.e;
            if (diff > 130) {
                // The smaller addend is below half an ulp of the larger: rounds away.
                return big;
            }
            return round(big.m.shiftLeft(diff).add(small.m), small.e, false);
        }

        Ext sqrt() {
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
            Ext r53 = this;
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
        double[] vv = unitLeading(m, v, vo, vinc);
        int lastv = m;
        while (lastv > 0 && vv[lastv - 1] == 0) {
            lastv--;
        }
        if (fast) {
            FastKernels.applyLeft(lastv, n, vv, tau, c, co, ldc);
            return;
        }
        int lastc = lastNonzeroColumn(lastv, n, c, co, ldc);
        if (lastv == 0 || lastc == 0) {
            return;
        }
        double[] w = new double[lastc];
        Kernels.gemvT(lastv, lastc, 1.0, c, co, ldc, vv, 0, 1, w, 0);
        Kernels.ger(lastv, lastc, -tau, vv, 0, 1, w, 0, 1, c, co, ldc);
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
        if (g == 0) {
            return new double[] {1.0, 0.0, f};
        }
        if (f == 0) {
            return new double[] {0.0, Math.copySign(1.0, g), Math.abs(g)};
        }
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        double rtmin = 1.4916681462400413e-154; // sqrt(safmin)
        double rtmax = 4.740375954054589e153; // sqrt(safmax / 2)
        if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
            double d = Math.sqrt(f * f + g * g);
            double c = f1 / d;
            double r = Math.copySign(d, f);
            return new double[] {c, g / r, r};
        }
        double u = Math.min(Double.MAX_VALUE, Math.max(Double.MIN_NORMAL, Math.max(f1, g1)));
        double fs = f / u;
        double gs = g / u;
        double d = Math.sqrt(fs * fs + gs * gs);
        double c = Math.abs(fs) / d;
        double r = Math.copySign(d, f);
        double s = gs / r;
        return new double[] {c, s, r * u};
    }
}
