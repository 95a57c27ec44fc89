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
     * The Euclidean norm of n elements from x[off] at stride inc, correctly rounded but for rare
     * ties (OpenBLAS's x87 {@code dnrm2} is too): squares summed as double-doubles.
     */
    static double nrm2(int n, double[] x, int off, int inc) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double v = Math.abs(x[off + i * inc]);
            if (v > scale || v != v) {
                scale = v;
            }
        }
        if (scale == 0 || scale != scale || scale == Double.POSITIVE_INFINITY) {
            return scale;
        }
        // Scale by a power of two so that squares neither overflow nor underflow.
        int e = Math.getExponent(scale);
        double f = Math.scalb(1.0, -e);
        double sh = 0;
        double sl = 0;
        for (int i = 0; i < n; i++) {
            double v = x[off + i * inc] * f;
            double p = v * v;
            double pe = twoProdErr(v, v, p);
            double s = sh + p;
            double z = s - sh;
            double err = (sh - (s - z)) + (p - z);
            err += sl + pe;
            sh = s + err;
            sl = err - (sh - s);
        }
        double r = Math.sqrt(sh);
        // One Newton step on the double-double: r + (sh + sl - r^2) / (2 r).
        double rr = r * r;
        double corr = ((sh - rr) - twoProdErr(r, r, rr) + sl) / (2 * r);
        return (r + corr) * Math.scalb(1.0, e);
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
        if (n <= 1) {
            return 0.0;
        }
        double xnorm = nrm2(n - 1, a, xo, inc);
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
            xnorm = nrm2(n - 1, a, xo, inc);
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
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        double[] vv = unitLeading(m, v, vo, vinc);
        int lastv = m;
        while (lastv > 0 && vv[lastv - 1] == 0) {
            lastv--;
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
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        double[] vv = unitLeading(n, v, vo, vinc);
        int lastv = n;
        while (lastv > 0 && vv[lastv - 1] == 0) {
            lastv--;
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
