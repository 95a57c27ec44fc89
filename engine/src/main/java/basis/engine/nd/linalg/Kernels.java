package basis.engine.nd.linalg;

import basis.engine.nd.FusedMultiplyAdd;

import java.math.BigDecimal;

/**
 * BLAS level-1/2 kernels in the operation order of the OpenBLAS build NumPy ships (its SkylakeX
 * kernels, compiled by GCC, which contracts {@code y += a * x} into fused multiply-adds). Following
 * that order makes the LAPACK routines built on them ({@link LUDecomposition}) round exactly as
 * NumPy's do for small matrices.
 *
 * <p>Matrices are column-major, as in LAPACK: element (i, j) of a matrix at offset {@code ao} with
 * leading dimension {@code lda} is {@code a[ao + i + j * lda]}. {@code Math.fma} does not exist in
 * TeaVM, so {@link #fma} is emulated exactly (Boldo-Melquiond, rounding to odd).
 */
public final class Kernels {
    private Kernels() {}

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /**
     * {@code a * b + c} rounded once, as the hardware instruction computes it. With a * b = p + e
     * exactly (Dekker) and p + c = r + r1 exactly (TwoSum), the result is r whenever |r1 + e| stays
     * clearly below half the gap between r and its neighbours, which is almost always: that check
     * is off the critical path, so a chain of dependent FMAs (a dot product) waits only for r = p + c.
     * Otherwise, Boldo and Melquiond's emulation with a sum rounded to odd; arguments out of range
     * (zero, infinite, NaN, or magnitudes of a, b, a * b or c where the splitting could overflow or
     * lose bits) go through {@link #fmaSpecial} (exact, in BigDecimal). A platform's hardware unit
     * ({@link FusedMultiplyAdd}, the JVM's) computes the same bits when installed.
     */
    public static double fma(double a, double b, double c) {
        FusedMultiplyAdd unit = FusedMultiplyAdd.Installed.unit;
        if (unit != null) {
            return unit.fma(a, b, c);
        }
        return emulatedFma(a, b, c);
    }

    /** {@link #fma} in plain arithmetic, whatever unit is installed (for tests and the column kernels). */
    static double emulatedFma(double a, double b, double c) {
        double p = a * b;
        double ap = Math.abs(p);
        double ac = Math.abs(c);
        double aa = Math.abs(a);
        double ab = Math.abs(b);
        // The splitting needs a and b themselves in range too (SPLIT * a overflows for a near 2^1024).
        if (!(ap >= 0x1p-900 && ap <= 0x1p995 && ac >= 0x1p-900 && ac <= 0x1p995 && aa >= 0x1p-900 && aa <= 0x1p995
                && ab >= 0x1p-900 && ab <= 0x1p995)) {
            return fmaSpecial(a, b, c);
        }
        // Dekker: a * b = p + e exactly.
        double t = SPLIT * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLIT * b;
        double bh = t - (t - b);
        double bl = b - bh;
        double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        double r = p + c;
        double z = r - p;
        double delta = ((p - (r - z)) + (c - z)) + e;
        long rb = Double.doubleToRawLongBits(r) & 0x7fffffffffffffffL;
        long ex = rb & 0x7ff0000000000000L;
        if (ex >= (55L << 52)) {
            // Half of ulp(r), halved again when r is a power of two (a closer neighbour below); the
            // margin covers the rounding of delta, so |r1 + e| < h for sure.
            double h = Double.longBitsToDouble(ex - (53L << 52));
            if ((rb & 0x000fffffffffffffL) == 0) {
                h *= 0.5;
            }
            if (Math.abs(delta) < h * (1 - 0x1p-50)) {
                return r;
            }
        }
        return fmaRoundToOdd(p, e, c);
    }

    /**
     * {@code fma(a, b, 0.0)}, the first step of a dot product's FMA chain: the product rounded once
     * (through {@link #fma} only when it is zero, for the sign an underflow leaves).
     */
    public static double fmaFromZero(double a, double b) {
        double p = a * b;
        return p != 0 ? p : fma(a, b, 0.0);
    }

    /**
     * The FMA's arguments outside the fast range: NaNs and infinities by IEEE rules (an infinite c
     * with finite a, b is the result, however large a * b is), zeros, then everything else (an
     * overflowing or underflowing product included) exactly in BigDecimal.
     */
    private static double fmaSpecial(double a, double b, double c) {
        double p = a * b;
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return p + c;
        }
        if (Double.isInfinite(c)) {
            return c;
        }
        if (a == 0 || b == 0) {
            return p + c;
        }
        if (c == 0) {
            // The product rounded once (c = 0 is the first term of every dot product).
            return p;
        }
        return slowFma(a, b, c);
    }

    /** p + e + c rounded once (a * b = p + e exactly), Boldo and Melquiond's emulated FMA. */
    private static double fmaRoundToOdd(double p, double e, double c) {
        // c + e = th + tl; p + th = vh + vl (both exact).
        double th = c + e;
        double z = th - c;
        double tl = (c - (th - z)) + (e - z);
        double vh = p + th;
        z = vh - p;
        double vl = (p - (vh - z)) + (th - z);
        return vh + addRoundToOdd(vl, tl);
    }

    /** x + y rounded to odd: exact if representable, else the neighbour with an odd last bit. */
    private static double addRoundToOdd(double x, double y) {
        double s = x + y;
        double z = s - x;
        double err = (x - (s - z)) + (y - z);
        if (err == 0 || Double.isInfinite(s)) {
            return s;
        }
        long bits = Double.doubleToRawLongBits(s);
        if ((bits & 1L) != 0) {
            return s;
        }
        // Move one unit toward the exact value (err's direction), which makes the last bit odd.
        boolean towardLarger = (err > 0) == (s > 0);
        if (s == 0) {
            return err > 0 ? Double.MIN_VALUE : -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(towardLarger ? bits + 1 : bits - 1);
    }

    private static double slowFma(double a, double b, double c) {
        BigDecimal exact = new BigDecimal(a).multiply(new BigDecimal(b)).add(new BigDecimal(c));
        if (exact.signum() == 0) {
            return a * b + c;
        }
        return basis.engine.nd.ExactMath.toDouble(exact, false); // TeaVM's doubleValue() misrounds subnormals
    }

    /**
     * {@code ddot}: sum of x[i] * y[i]. Unit strides: a plain FMA chain (the vector kernel for 16 or
     * more elements is reproduced lane by lane). Other strides: two accumulators over groups of four
     * with separate products and sums (GCC does not fuse them there), the tail as an FMA chain.
     */
    public static double dot(int n, double[] x, int xo, int incx, double[] y, int yo, int incy) {
        if (n <= 0) {
            return 0.0;
        }
        if (incx == 1 && incy == 1) {
            int n1 = n & -16;
            double dot = 0.0;
            if (n1 > 0) {
                dot = dotKernel(n1, x, xo, y, yo);
            }
            for (int i = n1; i < n; i++) {
                dot = fma(y[yo + i], x[xo + i], dot);
            }
            return dot;
        }
        double temp1 = 0.0;
        double temp2 = 0.0;
        int n1 = n & -4;
        int ix = xo;
        int iy = yo;
        int i = 0;
        while (i < n1) {
            double m1 = y[iy] * x[ix];
            double m2 = y[iy + incy] * x[ix + incx];
            double m3 = y[iy + 2 * incy] * x[ix + 2 * incx];
            double m4 = y[iy + 3 * incy] * x[ix + 3 * incx];
            temp1 += m1 + m3;
            temp2 += m2 + m4;
            ix += 4 * incx;
            iy += 4 * incy;
            i += 4;
        }
        while (i < n) {
            temp1 = fma(y[iy], x[ix], temp1);
            ix += incx;
            iy += incy;
            i++;
        }
        return temp1 + temp2;
    }

    /** The AVX-512 ddot kernel for n a multiple of 16: 32 (then 16) lanes, folded pairwise. */
    private static double dotKernel(int n, double[] x, int xo, double[] y, int yo) {
        double[] acc = new double[16];
        int i = 0;
        int n32 = n & ~31;
        if (n32 > 0) {
            double[] acc5 = new double[32];
            for (; i < n32; i += 32) {
                for (int l = 0; l < 32; l++) {
                    acc5[l] = fma(x[xo + i + l], y[yo + i + l], acc5[l]);
                }
            }
            for (int v = 0; v < 4; v++) {
                for (int l = 0; l < 4; l++) {
                    acc[4 * v + l] = acc5[8 * v + l] + acc5[8 * v + 4 + l];
                }
            }
        }
        for (; i < n; i += 16) {
            for (int l = 0; l < 16; l++) {
                acc[l] = fma(x[xo + i + l], y[yo + i + l], acc[l]);
            }
        }
        double[] s = new double[4];
        for (int l = 0; l < 4; l++) {
            s[l] = ((acc[l] + acc[4 + l]) + acc[8 + l]) + acc[12 + l];
        }
        double h0 = s[0] + s[2];
        double h1 = s[1] + s[3];
        return h0 + h1;
    }

    /** {@code daxpy} with unit strides: y[i] += alpha * x[i], each a fused multiply-add. */
    public static void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
        for (int i = 0; i < n; i++) {
            y[yo + i] = fma(alpha, x[xo + i], y[yo + i]);
        }
    }

    /** {@code dscal} with unit stride: x[i] *= alpha. */
    public static void scal(int n, double alpha, double[] x, int xo) {
        for (int i = 0; i < n; i++) {
            x[xo + i] *= alpha;
        }
    }

    /**
     * {@code idamax} (0-based) as OpenBLAS's kernel behaves: M = the largest |x[i]| ignoring NaNs, then
     * the first i with !(|x[i]| &lt; M), so a NaN before the maximum is chosen.
     */
    public static int iamax(int n, double[] x, int xo) {
        double max = Double.NaN;
        for (int i = 0; i < n; i++) {
            double v = Math.abs(x[xo + i]);
            if (v > max || (max != max && v == v)) {
                max = v;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(Math.abs(x[xo + i]) < max)) {
                return i;
            }
        }
        return 0;
    }

    private static final int NBMAX = 2048;

    /**
     * {@code dgemv_n} with unit strides: y[0..m) += alpha * A[0..m, 0..n) x. Rows in blocks of four
     * through the column-group kernels (4, then 2, then 1 columns), the last m % 4 rows by dot
     * products, as OpenBLAS's dgemv_n_4.c.
     */
    public static void gemvN(int m, int n, double alpha, double[] a, int ao, int lda, double[] x, int xo,
            double[] y, int yo) {
        gemvN(m, n, alpha, a, ao, lda, x, xo, 1, y, yo);
    }

    /** {@link #gemvN} with x read at stride incx (y still unit stride). */
    public static void gemvN(int m, int n, double alpha, double[] a, int ao, int lda, double[] x, int xo, int incx,
            double[] y, int yo) {
        if (m < 1 || n < 1) {
            return;
        }
        int n1 = n >> 2;
        int n2 = n & 3;
        int m3 = m & 3;
        int m1 = m & -4;
        int m2 = (m & (NBMAX - 1)) - m3;
        int yp = yo;
        int nb = NBMAX;
        int aBase = ao;
        while (nb == NBMAX) {
            m1 -= nb;
            if (m1 < 0) {
                if (m2 == 0) {
                    break;
                }
                nb = m2;
            }
            int ap = aBase;
            int xp = xo;
            if (incx == 1) {
                for (int g = 0; g < n1; g++) {
                    kernel4x4(nb, a, ap, lda, x, xp, y, yp, alpha);
                    ap += 4 * lda;
                    xp += 4;
                }
                if ((n2 & 2) != 0) {
                    kernel4x2(nb, a, ap, lda, x, xp, y, yp, alpha);
                    ap += 2 * lda;
                    xp += 2;
                }
                if ((n2 & 1) != 0) {
                    kernel4x1(nb, a, ap, x, xp, y, yp, alpha);
                }
            } else {
                double[] xb = new double[4];
                for (int g = 0; g < n1; g++) {
                    for (int q = 0; q < 4; q++) {
                        xb[q] = x[xp];
                        xp += incx;
                    }
                    kernel4x4(nb, a, ap, lda, xb, 0, y, yp, alpha);
                    ap += 4 * lda;
                }
                for (int g = 0; g < n2; g++) {
                    xb[0] = x[xp];
                    xp += incx;
                    kernel4x1(nb, a, ap, xb, 0, y, yp, alpha);
                    ap += lda;
                }
            }
            aBase += nb;
            yp += nb;
        }
        if (m3 == 0) {
            return;
        }
        int ap = aBase;
        if (m3 == 3) {
            double t0 = 0.0;
            double t1 = 0.0;
            double t2 = 0.0;
            int i = 0;
            if (lda == 3 && incx == 1) {
                for (; i < (n & -4); i += 4) {
                    int xp = xo + i;
                    t0 += fma(a[ap], x[xp], a[ap + 3] * x[xp + 1]);
                    t1 += fma(a[ap + 1], x[xp], a[ap + 4] * x[xp + 1]);
                    t2 += fma(a[ap + 2], x[xp], a[ap + 5] * x[xp + 1]);
                    t0 += fma(a[ap + 6], x[xp + 2], a[ap + 9] * x[xp + 3]);
                    t1 += fma(a[ap + 7], x[xp + 2], a[ap + 10] * x[xp + 3]);
                    t2 += fma(a[ap + 8], x[xp + 2], a[ap + 11] * x[xp + 3]);
                    ap += 12;
                }
            }
            for (; i < n; i++) {
                double xi = x[xo + i * incx];
                t0 = fma(a[ap], xi, t0);
                t1 = fma(a[ap + 1], xi, t1);
                t2 = fma(a[ap + 2], xi, t2);
                ap += lda;
            }
            y[yp] = fma(alpha, t0, y[yp]);
            y[yp + 1] = fma(alpha, t1, y[yp + 1]);
            y[yp + 2] = fma(alpha, t2, y[yp + 2]);
            return;
        }
        if (m3 == 2) {
            double t0 = 0.0;
            double t1 = 0.0;
            int i = 0;
            if (lda == 2 && incx == 1) {
                for (; i < (n & -4); i += 4) {
                    int xp = xo + i;
                    t0 += fma(a[ap], x[xp], a[ap + 2] * x[xp + 1]);
                    t1 += fma(a[ap + 1], x[xp], a[ap + 3] * x[xp + 1]);
                    t0 += fma(a[ap + 4], x[xp + 2], a[ap + 6] * x[xp + 3]);
                    t1 += fma(a[ap + 5], x[xp + 2], a[ap + 7] * x[xp + 3]);
                    ap += 8;
                }
            }
            for (; i < n; i++) {
                double xi = x[xo + i * incx];
                t0 = fma(a[ap], xi, t0);
                t1 = fma(a[ap + 1], xi, t1);
                ap += lda;
            }
            y[yp] = fma(alpha, t0, y[yp]);
            y[yp + 1] = fma(alpha, t1, y[yp + 1]);
            return;
        }
        double t = 0.0;
        int i = 0;
        if (lda == 1 && incx == 1) {
            for (; i < (n & -4); i += 4) {
                int p = ap + i;
                int xp = xo + i;
                t += fma(a[p + 3], x[xp + 3], fma(a[p + 2], x[xp + 2], fma(a[p], x[xp], a[p + 1] * x[xp + 1])));
            }
            for (; i < n; i++) {
                t = fma(a[ap + i], x[xo + i], t);
            }
        } else {
            for (; i < n; i++) {
                t = fma(a[ap], x[xo + i * incx], t);
                ap += lda;
            }
        }
        y[yp] = fma(alpha, t, y[yp]);
    }

    private static void kernel4x4(int n, double[] a, int ap, int lda, double[] x, int xp, double[] y, int yp,
            double alpha) {
        double x0 = x[xp];
        double x1 = x[xp + 1];
        double x2 = x[xp + 2];
        double x3 = x[xp + 3];
        int a0 = ap;
        int a1 = ap + lda;
        int a2 = a1 + lda;
        int a3 = a2 + lda;
        for (int i = 0; i < n; i++) {
            double sum = fma(a[a3 + i], x3, fma(a[a2 + i], x2, fma(a[a0 + i], x0, a[a1 + i] * x1)));
            y[yp + i] = fma(sum, alpha, y[yp + i]);
        }
    }

    private static void kernel4x2(int n, double[] a, int ap, int lda, double[] x, int xp, double[] y, int yp,
            double alpha) {
        double x0 = x[xp];
        double x1 = x[xp + 1];
        int a0 = ap;
        int a1 = ap + lda;
        for (int i = 0; i < n; i++) {
            double sum = fma(a[a0 + i], x0, a[a1 + i] * x1);
            y[yp + i] = fma(sum, alpha, y[yp + i]);
        }
    }

    /** The SSE2 one-column kernel: x scaled by alpha first, then unfused multiply and add. */
    private static void kernel4x1(int n, double[] a, int ap, double[] x, int xp, double[] y, int yp, double alpha) {
        double xa = x[xp] * alpha;
        for (int i = 0; i < n; i++) {
            y[yp + i] = y[yp + i] + a[ap + i] * xa;
        }
    }

    /**
     * Row tiles of OpenBLAS's SkylakeX dgemm kernel over an m-row block: 16 while possible, then at
     * most one each of 8, 4, 2, 1. Returns the tile height of every row.
     */
    static int[] gemmRowTiles(int m) {
        int[] t = new int[m];
        int r = 0;
        while (m - r >= 16) {
            for (int i = 0; i < 16; i++) {
                t[r++] = 16;
            }
        }
        for (int size = 8; size > 0; size >>= 1) {
            if (m - r >= size) {
                for (int i = 0; i < size; i++) {
                    t[r++] = size;
                }
            }
        }
        return t;
    }

    /** Column chunks of the same kernel: 12 while more than 11 remain, then 10, 8, 6, 4, 2, 1. */
    static int[] gemmColumnChunks(int n) {
        int[] t = new int[n];
        int c = 0;
        int left = n;
        int[] widths = {12, 10, 8, 6, 4, 2, 1};
        for (int w : widths) {
            while (left >= w && (w == 1 || left > w - 1)) {
                for (int i = 0; i < w; i++) {
                    t[c++] = w;
                }
                left -= w;
                if (w == 1) {
                    break;
                }
            }
        }
        return t;
    }

    /**
     * The dgemm kernel's inner product of a row of A (stride lda) and a column of B (unit stride)
     * over k terms, for an element in a tile of the given height and a column chunk of the given
     * width: an FMA chain from zero, except in 12-wide chunks, where 4-row tiles keep even and odd
     * k apart and 2- and 1-row tiles keep four residues mod 4 apart, merged before the last terms.
     */
    static double gemmDot(int tile, int chunk, int k, double[] a, int ao, int lda, double[] b, int bo) {
        int split = chunk == 12 ? (tile == 4 ? 2 : tile <= 2 ? 4 : 1) : 1;
        int start = 0;
        double acc = 0.0;
        if (split > 1 && k >= split) {
            int kk = k - k % split;
            double[] lanes = new double[split];
            for (int q = 0; q < kk; q++) {
                lanes[q % split] = fma(a[ao + q * lda], b[bo + q], lanes[q % split]);
            }
            acc = split == 2 ? lanes[0] + lanes[1] : (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
            start = kk;
        }
        for (int q = start; q < k; q++) {
            acc = fma(a[ao + q * lda], b[bo + q], acc);
        }
        return acc;
    }

    /**
     * {@code dgemv_t}: y[j] += alpha * (column j of the m x n matrix A) . x for j &lt; n (y unit stride,
     * x at stride incx), as OpenBLAS's dgemv_t_4.c: rows in multiples of four through the column-group
     * kernels (4 columns: four FMA lanes by row mod 4 folded as (l0 + l2) + (l1 + l3); 2 and 1
     * columns: unfused lanes), the last m % 4 rows added per column afterwards.
     */
    public static void gemvT(int m, int n, double alpha, double[] a, int ao, int lda, double[] x, int xo, int incx,
            double[] y, int yo) {
        if (m < 1 || n < 1) {
            return;
        }
        int n0 = n / NBMAX;
        int n1 = (n % NBMAX) >> 2;
        int n2 = n & 3;
        int m3 = m & 3;
        int m1 = m & -4;
        int m2 = (m & (NBMAX - 1)) - m3;
        int nb = NBMAX;
        int aBase = ao;
        int xBase = xo;
        // x's block: read in place at unit stride, else gathered into a buffer (as the kernel does).
        double[] xb = incx == 1 ? x : new double[Math.min(m, NBMAX)];
        int xbo = 0;
        while (nb == NBMAX) {
            m1 -= nb;
            if (m1 < 0) {
                if (m2 == 0) {
                    break;
                }
                nb = m2;
            }
            if (incx == 1) {
                xbo = xBase;
            } else {
                for (int i = 0; i < nb; i++) {
                    xb[i] = x[xBase + i * incx];
                }
            }
            int ap = aBase;
            int yp = yo;
            int groups = n0 * (NBMAX / 4) + n1;
            for (int g = 0; g < groups; g++) {
                for (int c = 0; c < 4; c++) {
                    double t = dotT4x4(nb, a, ap + c * lda, xb, xbo);
                    y[yp + c] = y[yp + c] + t * alpha;
                }
                ap += 4 * lda;
                yp += 4;
            }
            if ((n2 & 2) != 0) {
                for (int c = 0; c < 2; c++) {
                    double l0 = 0.0;
                    double l1 = 0.0;
                    int col = ap + c * lda;
                    for (int i = 0; i < nb; i += 2) {
                        l0 = l0 + a[col + i] * xb[xbo + i];
                        l1 = l1 + a[col + i + 1] * xb[xbo + i + 1];
                    }
                    y[yp + c] = fma(l0 + l1, alpha, y[yp + c]);
                }
                ap += 2 * lda;
                yp += 2;
            }
            if ((n2 & 1) != 0) {
                double l0 = 0.0;
                double l1 = 0.0;
                double l2 = 0.0;
                double l3 = 0.0;
                for (int i = 0; i < nb; i += 4) {
                    l0 = l0 + a[ap + i] * xb[xbo + i];
                    l1 = l1 + a[ap + i + 1] * xb[xbo + i + 1];
                    l2 = l2 + a[ap + i + 2] * xb[xbo + i + 2];
                    l3 = l3 + a[ap + i + 3] * xb[xbo + i + 3];
                }
                y[yp] = fma((l0 + l2) + (l1 + l3), alpha, y[yp]);
            }
            aBase += nb;
            xBase += nb * incx;
        }
        if (m3 == 0) {
            return;
        }
        double xt0 = x[xBase] * alpha;
        int aj = aBase;
        if (m3 == 3) {
            double xt1 = x[xBase + incx] * alpha;
            double xt2 = x[xBase + 2 * incx] * alpha;
            for (int j = 0; j < n; j++) {
                y[yo + j] += fma(a[aj + 2], xt2, fma(a[aj], xt0, a[aj + 1] * xt1));
                aj += lda;
            }
        } else if (m3 == 2) {
            double xt1 = x[xBase + incx] * alpha;
            for (int j = 0; j < n; j++) {
                y[yo + j] += fma(a[aj], xt0, a[aj + 1] * xt1);
                aj += lda;
            }
        } else {
            for (int j = 0; j < n; j++) {
                y[yo + j] = fma(a[aj], xt0, y[yo + j]);
                aj += lda;
            }
        }
    }

    /** The Haswell dgemv_t 4x4 kernel for one column: FMA lanes by row mod 4, (l0 + l2) + (l1 + l3). */
    private static double dotT4x4(int nb, double[] a, int col, double[] xb, int xbo) {
        double l0 = 0.0;
        double l1 = 0.0;
        double l2 = 0.0;
        double l3 = 0.0;
        for (int i = 0; i < nb; i += 4) {
            l0 = fma(a[col + i], xb[xbo + i], l0);
            l1 = fma(a[col + i + 1], xb[xbo + i + 1], l1);
            l2 = fma(a[col + i + 2], xb[xbo + i + 2], l2);
            l3 = fma(a[col + i + 3], xb[xbo + i + 3], l3);
        }
        return (l0 + l2) + (l1 + l3);
    }

    /** {@code dger}: A += alpha x y^T, per column j: t = alpha * y[j], then A[i, j] = fma(t, x[i], A[i, j]). */
    public static void ger(int m, int n, double alpha, double[] x, int xo, int incx, double[] y, int yo, int incy,
            double[] a, int ao, int lda) {
        if (m >= FmaColumn.MIN_LENGTH && incx == 1 && FusedMultiplyAdd.Installed.unit == null) {
            FmaColumn f = new FmaColumn(m);
            for (int j = 0; j < n; j++) {
                f.axpy(m, alpha * y[yo + j * incy], x, xo, a, ao + j * lda);
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            double t = alpha * y[yo + j * incy];
            int col = ao + j * lda;
            for (int i = 0; i < m; i++) {
                a[col + i] = fma(t, x[xo + i * incx], a[col + i]);
            }
        }
    }

    /**
     * Columns of fused multiply-adds, y[i] = fma(t, x[i], c[i]) for a fixed t, exactly as {@link #fma}
     * rounds them but in short loops of plain arithmetic the JIT turns into vector code. Per element:
     * x t = p + e exactly (Dekker, t split once), p + c = r + s exactly (TwoSum), d = s + e rounded;
     * then fma = r + d rounded, unless d sits exactly on one of the offsets from r where the rounding
     * of r + (s + e) changes (odd multiples of a half or a quarter ulp of r, within 1.5 ulps: numbers
     * of at most 3 significant bits), where d's own rounding could decide the tie. (d lies on the
     * same side of every such offset as s + e, or on it: d = RN(s + e) and the offsets are doubles.)
     * Those elements, and any whose x is zero or outside [2^-450, 2^450] (so that no partial product
     * of the split underflows and t x stays in range with t in the same range), whose d is NaN (an
     * overflow) or whose result is zero (signs), are computed again by {@link #fma}.
     */
    static final class FmaColumn {
        /** Shorter columns take the plain loop (the passes and the scratch cost more). */
        static final int MIN_LENGTH = 32;
        private static final double SPLIT3 = 0x1p50 + 1; // splits off the top 3 bits
        private static final long LO = Double.doubleToRawLongBits(0x1p-450);
        private static final long RANGE = Double.doubleToRawLongBits(0x1p450) - LO;

        private final double[] h;
        private final double[] e;
        private final double[] res;
        private double[] xs;

        FmaColumn(int capacity) {
            h = new double[capacity];
            e = new double[capacity];
            res = new double[capacity];
        }

        static boolean inRange(double v) {
            long b = Double.doubleToRawLongBits(v) & 0x7fffffffffffffffL;
            return Long.compareUnsigned(b - LO, RANGE) <= 0;
        }

        /** y[yo + i] = fma(t, x[xo + i], y[yo + i]) for i &lt; n ({@link #axpy} with c = y). */
        void axpy(int n, double t, double[] x, int xo, double[] y, int yo) {
            if (!inRange(t)) {
                for (int i = 0; i < n; i++) {
                    y[yo + i] = fma(t, x[xo + i], y[yo + i]);
                }
                return;
            }
            candidates(n, t, x, xo, y, yo);
            double[] g = h;
            for (int i = 0; i < n; i++) {
                double xi = x[xo + i];
                double r = res[i];
                if ((g[i] > 0 || e[i] == 0) && r != 0 && inRange(xi)) {
                    y[yo + i] = r;
                } else {
                    y[yo + i] = fma(t, xi, y[yo + i]);
                }
            }
        }

        /**
         * out[oo + i] = fma(t, x[xo + i], fmaFromZero(a[ao + i], b)) for i &lt; n: two terms of a
         * dot product's FMA chain (a 2-deep dgemm element). out may be a or x only at the same offset.
         */
        void twoTerms(int n, double[] a, int ao, double b, double t, double[] x, int xo, double[] out, int oo) {
            if (!inRange(t)) {
                for (int i = 0; i < n; i++) {
                    out[oo + i] = fma(x[xo + i], t, fmaFromZero(a[ao + i], b));
                }
                return;
            }
            double[] c = res;
            for (int i = 0; i < n; i++) {
                c[i] = a[ao + i] * b;
            }
            candidates(n, t, x, xo, c, 0);
            double[] g = h;
            for (int i = 0; i < n; i++) {
                double xi = x[xo + i];
                double r = res[i];
                if ((g[i] > 0 || e[i] == 0) && r != 0 && inRange(xi)) {
                    out[oo + i] = r;
                } else {
                    out[oo + i] = fma(xi, t, fmaFromZero(a[ao + i], b));
                }
            }
        }

        /**
         * The vector passes: res[i] = r + d, e[i] = d, h[i] = |d - (d's top 3 bits)| (0 when d has at
         * most 3 significant bits, NaN when d is). c may be res (read before written).
         */
        private void candidates(int n, double t, double[] x, int xo, double[] c, int co) {
            double[] hh = h;
            double[] ee = e;
            double[] rr = res;
            // Offsets in the loops below keep the JIT from vectorizing some of them: copies first.
            double[] xx = x;
            if (xo != 0) {
                if (xs == null) {
                    xs = new double[h.length];
                }
                xx = xs;
                System.arraycopy(x, xo, xx, 0, n);
            }
            double[] cc0 = c;
            if (co != 0 || c != res) {
                System.arraycopy(c, co, rr, 0, n);
                cc0 = rr;
            }
            double ts = SPLIT * t;
            double th = ts - (ts - t);
            double tl = t - th;
            // One short loop per partial product: the JIT does not vectorize the fused form.
            for (int i = 0; i < n; i++) {
                double v = xx[i];
                double sv = SPLIT * v;
                hh[i] = sv - (sv - v);
            }
            for (int i = 0; i < n; i++) {
                ee[i] = th * hh[i] - t * xx[i];
            }
            for (int i = 0; i < n; i++) {
                ee[i] = ee[i] + th * (xx[i] - hh[i]);
            }
            for (int i = 0; i < n; i++) {
                ee[i] = ee[i] + tl * hh[i];
            }
            for (int i = 0; i < n; i++) {
                ee[i] = ee[i] + tl * (xx[i] - hh[i]);
            }
            for (int i = 0; i < n; i++) {
                double p = t * xx[i];
                double cc = cc0[i];
                double r = p + cc;
                double z = r - p;
                double d = ((p - (r - z)) + (cc - z)) + ee[i];
                rr[i] = r + d;
                ee[i] = d;
            }
            for (int i = 0; i < n; i++) {
                double d = ee[i];
                double sd = SPLIT3 * d;
                hh[i] = Math.abs(d - (sd - (sd - d)));
            }
        }
    }

    /** {@code drot}: x' = fma(c, x, s y), y' = fma(c, y, -(s x)). */
    public static void rot(int n, double[] x, int xo, int incx, double[] y, int yo, int incy, double c, double s) {
        for (int i = 0; i < n; i++) {
            double xv = x[xo + i * incx];
            double yv = y[yo + i * incy];
            x[xo + i * incx] = fma(c, xv, s * yv);
            y[yo + i * incy] = fma(c, yv, -(s * xv));
        }
    }

    /**
     * {@code dsymv} for the lower triangle with unit strides: y += alpha A x for the symmetric m x m
     * matrix A (only its lower triangle read), as OpenBLAS's dsymv_L.c: columns in groups of four,
     * each group's rows below the diagonal block through the AVX kernel (eight, then four lanes) when
     * at least 12 rows remain, the last columns one at a time.
     */
    public static void symvL(int m, double alpha, double[] a, int ao, int lda, double[] x, int xo, double[] y, int yo) {
        int offset = m;
        int offset1 = (offset / 4) * 4;
        double[] t1 = new double[4];
        double[] t2 = new double[4];
        for (int j = 0; j < offset1; j += 4) {
            for (int q = 0; q < 4; q++) {
                t1[q] = alpha * x[xo + j + q];
                t2[q] = 0.0;
            }
            int[] col = {ao + j * lda, ao + (j + 1) * lda, ao + (j + 2) * lda, ao + (j + 3) * lda};
            for (int q = 0; q < 4; q++) {
                y[yo + j + q] = fma(t1[q], a[col[q] + j + q], y[yo + j + q]);
            }
            // The rest of the 4x4 diagonal block, column by column.
            for (int q = 0; q < 3; q++) {
                for (int i = j + q + 1; i < j + 4; i++) {
                    y[yo + i] = fma(t1[q], a[col[q] + i], y[yo + i]);
                    t2[q] = fma(a[col[q] + i], x[xo + i], t2[q]);
                }
            }
            int from = j + 1;
            if (m - from >= 12) {
                int m2 = (m / 4) * 4;
                if (m2 > j + 4) {
                    symvKernel4x4(j + 4, m2, a, col, x, xo, y, yo, t1, t2);
                }
                for (int i = m2; i < m; i++) {
                    for (int q = 0; q < 4; q++) {
                        y[yo + i] = fma(t1[q], a[col[q] + i], y[yo + i]);
                        t2[q] = fma(a[col[q] + i], x[xo + i], t2[q]);
                    }
                }
            } else {
                for (int i = j + 4; i < m; i++) {
                    for (int q = 0; q < 4; q++) {
                        y[yo + i] = fma(t1[q], a[col[q] + i], y[yo + i]);
                        t2[q] = fma(a[col[q] + i], x[xo + i], t2[q]);
                    }
                }
            }
            for (int q = 0; q < 4; q++) {
                y[yo + j + q] = fma(alpha, t2[q], y[yo + j + q]);
            }
        }
        for (int j = offset1; j < offset; j++) {
            double temp1 = alpha * x[xo + j];
            double temp2 = 0.0;
            int c = ao + j * lda;
            y[yo + j] = fma(temp1, a[c + j], y[yo + j]);
            for (int i = j + 1; i < m; i++) {
                y[yo + i] = fma(temp1, a[c + i], y[yo + i]);
                temp2 = fma(a[c + i], x[xo + i], temp2);
            }
            y[yo + j] = fma(alpha, temp2, y[yo + j]);
        }
    }

    /** The SkylakeX dsymv_L 4x4 kernel over rows [from, to) (to - from a multiple of 4). */
    private static void symvKernel4x4(int from, int to, double[] a, int[] col, double[] x, int xo, double[] y, int yo,
            double[] t1, double[] t2) {
        double[][] acc = new double[4][4];
        int delta = (to - from) & ~7;
        int to2 = from + delta;
        if (delta > 0) {
            double[][] acc8 = new double[4][8];
            for (; from < to2; from += 8) {
                for (int l = 0; l < 8; l++) {
                    int i = from + l;
                    double s = fma(t1[3], a[col[3] + i],
                            fma(t1[2], a[col[2] + i], fma(t1[0], a[col[0] + i], t1[1] * a[col[1] + i])));
                    y[yo + i] = y[yo + i] + s;
                    for (int q = 0; q < 4; q++) {
                        acc8[q][l] = fma(x[xo + i], a[col[q] + i], acc8[q][l]);
                    }
                }
            }
            for (int q = 0; q < 4; q++) {
                for (int l = 0; l < 4; l++) {
                    acc[q][l] = acc8[q][l] + acc8[q][l + 4];
                }
            }
        }
        for (; from != to; from += 4) {
            for (int l = 0; l < 4; l++) {
                int i = from + l;
                double s = fma(t1[3], a[col[3] + i],
                        fma(t1[2], a[col[2] + i], fma(t1[0], a[col[0] + i], t1[1] * a[col[1] + i])));
                y[yo + i] = y[yo + i] + s;
                for (int q = 0; q < 4; q++) {
                    acc[q][l] = fma(x[xo + i], a[col[q] + i], acc[q][l]);
                }
            }
        }
        for (int q = 0; q < 4; q++) {
            t2[q] += (acc[q][0] + acc[q][2]) + (acc[q][1] + acc[q][3]);
        }
    }
}
