package basis.engine.nd;

/**
 * Inner products as NumPy's BLAS (OpenBLAS) computes them for short operands: a sequential chain
 * of fused multiply-adds. {@code Math.fma} is not available in TeaVM, so the fused operation is
 * emulated with error-free transformations (Dekker's product, Knuth's sum), which is exact except
 * in astronomically rare double-rounding ties and outside the normal exponent range, where it
 * falls back to the unfused {@code a * b + c}.
 *
 * <p>Known difference: OpenBLAS uses vectorized kernels with several accumulators for longer
 * vectors and blocked GEMM, so results of long dot products or large matrix products may differ
 * from NumPy's in the last bit.
 */
final class Blas {
    private Blas() {}

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /** a * b + c with a single rounding (emulated). */
    static double fma(double a, double b, double c) {
        double p = a * b;
        double aa = Math.abs(a);
        double ab = Math.abs(b);
        if (!(aa < 1e150 && ab < 1e150 && Math.abs(p) > 1e-290 && Math.abs(c) < 1e300) || p == 0) {
            return p + c;
        }
        // Dekker: a * b = p + e exactly.
        double t = SPLIT * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLIT * b;
        double bh = t - (t - b);
        double bl = b - bh;
        double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        // p + c = s + err exactly: Dekker's fast two-sum, larger operand first (three dependent
        // operations instead of Knuth's six: the chain through c is what limits a dot product).
        double s = p + c;
        double err = Math.abs(c) >= Math.abs(p) ? p - (s - c) : c - (s - p);
        return s + (err + e);
    }

    /** sum_i x[i] * y[i], FMA chain from 0. */
    static double dot(double[] x, double[] y, int n) {
        return dot(x, 0, 1, y, 0, 1, n);
    }

    /** sum_i x[xo + i*xs] * y[yo + i*ys], FMA chain from 0 (strided operands, read in place). */
    static double dot(double[] x, int xo, int xs, double[] y, int yo, int ys, int n) {
        double s = 0.0;
        for (int i = 0; i < n; i++, xo += xs, yo += ys) {
            s = fma(x[xo], y[yo], s);
        }
        return s;
    }
}
