package basis.engine.nd;

/**
 * Inner products as NumPy's BLAS (OpenBLAS) computes them for short operands: a sequential chain
 * of fused multiply-adds. {@code Math.fma} is not available in TeaVM, so the fused operation is
 * emulated with error-free transformations (Dekker's product, Knuth's sum), which is exact except
 * in astronomically rare double-rounding ties and outside the normal exponent range, where it
 * falls back to the unfused {@code a * b + c}.
 *
 * <p>Vector-vector products follow OpenBLAS's ddot kernels ({@link #ddot}, {@link #ddotStrided});
 * matrix-vector products go through the dgemv kernels in {@code linalg.Kernels} (see
 * {@code Ops.matmulFloat64}). Known difference: OpenBLAS's dgemm is reproduced as one FMA chain
 * per element, which its kernels are not for a result with 4 or fewer rows or columns and 16 or
 * more terms, nor dsyrk ({@code A @ A.T}) past the last full tile; those elements may differ from
 * NumPy's in the last bit.
 */
final class Blas {
    private Blas() {}

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /** a * b + c with a single rounding (emulated). */
    static double fma(double a, double b, double c) {
        double p = a * b;
        // |x| by clearing the sign bit, written out: TeaVM's Math.abs is a call with a branch on the
        // sign, mispredicted half the time on data of random signs, and TeaVM inlines no helper
        double aa = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
        double ab = Double.longBitsToDouble(Double.doubleToRawLongBits(b) & Long.MAX_VALUE);
        double ap = Double.longBitsToDouble(Double.doubleToRawLongBits(p) & Long.MAX_VALUE);
        double ac = Double.longBitsToDouble(Double.doubleToRawLongBits(c) & Long.MAX_VALUE);
        if (!(aa < 1e150 && ab < 1e150 && ap > 1e-290 && ac < 1e300) || p == 0) {
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
        double err = ac >= ap ? p - (s - c) : c - (s - p);
        return s + (err + e);
    }

    /**
     * OpenBLAS's ddot for contiguous vectors, as NumPy runs it on this machine's kernel (SkylakeX:
     * {@code ddot_microk_skylakex-2.c}): the first {@code n & -16} elements in four 8-lane FMA
     * accumulators per 32 (folded to four 4-lane ones), then four 4-lane accumulators per 16, summed
     * {@code ((a0 + a1) + a2) + a3}, upper half onto lower half, a horizontal add; the tail as an FMA
     * chain onto that. Above 10000 elements OpenBLAS splits the work between threads, which this
     * does not reproduce (a rare last-digit difference).
     */
    static double ddot(double[] x, double[] y, int n) {
        int n1 = n & -16;
        double dot = 0.0;
        if (n1 != 0) {
            double[] acc = new double[16];
            int i = 0;
            int n32 = n1 & ~31;
            if (n32 > 0) {
                double[] wide = new double[32];
                for (; i < n32; i += 32) {
                    for (int l = 0; l < 32; l++) {
                        wide[l] = fma(x[i + l], y[i + l], wide[l]);
                    }
                }
                for (int r = 0; r < 4; r++) {
                    for (int l = 0; l < 4; l++) {
                        acc[4 * r + l] = wide[8 * r + l] + wide[8 * r + l + 4];
                    }
                }
            }
            for (; i < n1; i += 16) {
                for (int l = 0; l < 16; l++) {
                    acc[l] = fma(x[i + l], y[i + l], acc[l]);
                }
            }
            double[] a0 = new double[4];
            for (int l = 0; l < 4; l++) {
                a0[l] = ((acc[l] + acc[4 + l]) + acc[8 + l]) + acc[12 + l];
            }
            dot = (a0[0] + a0[2]) + (a0[1] + a0[3]);
        }
        for (int i = n1; i < n; i++) {
            dot = fma(y[i], x[i], dot);
        }
        return dot;
    }

    /**
     * OpenBLAS's ddot when either vector has a stride other than 1: products paired into two
     * unfused partial sums per 4 elements, the tail as an FMA chain, then {@code temp1 + temp2}.
     */
    static double ddotStrided(double[] x, double[] y, int n) {
        int n1 = n & -4;
        double t1 = 0.0;
        double t2 = 0.0;
        int i = 0;
        for (; i < n1; i += 4) {
            double m1 = y[i] * x[i];
            double m2 = y[i + 1] * x[i + 1];
            double m3 = y[i + 2] * x[i + 2];
            double m4 = y[i + 3] * x[i + 3];
            t1 += m1 + m3;
            t2 += m2 + m4;
        }
        for (; i < n; i++) {
            t1 = fma(y[i], x[i], t1);
        }
        return t1 + t2;
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
