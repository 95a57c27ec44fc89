package basis.engine.nd.linalg;

/**
 * Elementary reflectors H = I - tau v v^T with LAPACK's conventions ({@code dlarfg}: v(0) = 1 and
 * beta = -sign(alpha) * ||(alpha, x)||, no reflection when x is zero), plus the norms and plane
 * rotations the decompositions share. Column-major storage; v is stored in place of x.
 *
 * <p>NumPy's OpenBLAS compiles LAPACK's Fortran without fused multiply-adds (only its BLAS kernels
 * use them), so the LAPACK-level formulas here use plain arithmetic. The reflector applications
 * (BLAS gemv/ger in LAPACK) are plain loops too: OpenBLAS's kernels for them are not reproduced, so
 * emulated fused operations ({@link Kernels#fma}) would cost much and buy no exactness.
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
     * Applies H = I - tau v v^T from the left to the m x n matrix C at c[co] (leading dimension ldc):
     * w = C^T v, C -= tau v w^T. v has m elements from v[vo] at stride vinc, v(0) taken as 1.
     */
    static void applyLeft(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        for (int j = 0; j < n; j++) {
            int cj = co + j * ldc;
            double w = c[cj];
            for (int i = 1; i < m; i++) {
                w = w + c[cj + i] * v[vo + i * vinc];
            }
            double t = -tau * w;
            c[cj] += t;
            for (int i = 1; i < m; i++) {
                c[cj + i] = c[cj + i] + t * v[vo + i * vinc];
            }
        }
    }

    /**
     * Applies H from the right to the m x n matrix C: w = C v, C -= tau w v^T (v has n elements,
     * v(0) taken as 1).
     */
    static void applyRight(int m, int n, double[] v, int vo, int vinc, double tau, double[] c, int co, int ldc) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = c[co + i];
        }
        for (int j = 1; j < n; j++) {
            double vj = v[vo + j * vinc];
            int cj = co + j * ldc;
            for (int i = 0; i < m; i++) {
                w[i] = w[i] + c[cj + i] * vj;
            }
        }
        for (int j = 0; j < n; j++) {
            double t = -tau * (j == 0 ? 1.0 : v[vo + j * vinc]);
            int cj = co + j * ldc;
            for (int i = 0; i < m; i++) {
                c[cj + i] = c[cj + i] + t * w[i];
            }
        }
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
