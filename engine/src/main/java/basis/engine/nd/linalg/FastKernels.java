package basis.engine.nd.linalg;

import basis.engine.nd.GemmKernel;
import basis.engine.nd.ReflectorKernel;

/**
 * The fast path of the decompositions for large matrices: the same LAPACK algorithms, but with
 * plain multiply-then-add in a fixed order instead of the reproduced OpenBLAS kernels and their
 * emulated fused multiply-adds ({@link Kernels#fma}), loops arranged for the caches (contiguous
 * column sweeps the JIT vectorises, a blocked LU with a level-3 update).
 *
 * <p>Like {@code Ops.LARGE_MATMUL} for matrix products: a decomposition whose work m * n * min(m, n)
 * reaches {@link #THRESHOLD} takes this path. Its results no longer reproduce NumPy's last bits (with
 * that many operations NumPy's own last bits depend on OpenBLAS's kernel and thread count anyway),
 * but they are deterministic (the same bits on the JVM and in Wasm: only + - * / and sqrt, in a
 * fixed order, no threads) and as accurate as LAPACK's: the residuals and orthogonality stay of the
 * order of n * eps. Smaller problems keep the exact path, so printed results of course-sized
 * matrices still match NumPy's. Conventions are kept: singular values descending, eigenvalues
 * ascending, the vectors' signs as the same LAPACK routines (QR iteration) fix them. NumPy's LAPACK
 * switches to divide and conquer above 25 columns, whose signs are its own, so at these sizes about
 * half the vectors come out with the opposite sign to NumPy's (as with the exact path there):
 * U and V^T always consistently (U diag(s) V^T = A), the values to about 1e-14 relative.
 *
 * <p>Column-major storage throughout, as in {@link Kernels}. The inner loops copy the column they
 * work on into a scratch array at the same index as the vectors they combine it with: the JIT
 * (C2) vectorises {@code y[i] += a * x[i]} over arrays indexed alike, but not over two streams at
 * unrelated offsets (3 times slower). The copies change no result.
 */
final class FastKernels {
    private FastKernels() {}

    /** Work (m * n * min(m, n)) from which a decomposition takes the fast path: about 160^3. */
    static final long THRESHOLD = 1L << 22;

    /** Whether an m x n decomposition takes the fast path. */
    static boolean large(int m, int n) {
        return (long) m * n * Math.min(m, n) >= THRESHOLD;
    }

    private static final double TINY = 0x1p-500;
    private static final double HUGE = 0x1p+500;

    /**
     * The 2-norm of n elements of x at stride inc: a plain sum of squares when the largest element
     * is in a safe range, else one scaled by the largest element (no overflow, no underflow to 0).
     */
    static double nrm2(int n, double[] x, int off, int inc) {
        double max = 0;
        for (int i = 0; i < n; i++) {
            double v = Math.abs(x[off + i * inc]);
            if (!(v <= max)) {
                if (v != v) {
                    return v;
                }
                max = v;
            }
        }
        if (max == 0 || Double.isInfinite(max)) {
            return max;
        }
        if (max > TINY && max < HUGE) {
            double s0 = 0;
            double s1 = 0;
            int i = 0;
            for (; i + 1 < n; i += 2) {
                double a = x[off + i * inc];
                double b = x[off + (i + 1) * inc];
                s0 += a * a;
                s1 += b * b;
            }
            if (i < n) {
                double a = x[off + i * inc];
                s0 += a * a;
            }
            return Math.sqrt(s0 + s1);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double a = x[off + i * inc] / max;
            sum += a * a;
        }
        return max * Math.sqrt(sum);
    }

    /** x . y over n unit-stride elements, four partial sums (a fixed order). */
    static double dot(int n, double[] x, int xo, double[] y, int yo) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += x[xo + i] * y[yo + i];
            s1 += x[xo + i + 1] * y[yo + i + 1];
            s2 += x[xo + i + 2] * y[yo + i + 2];
            s3 += x[xo + i + 3] * y[yo + i + 3];
        }
        for (; i < n; i++) {
            s0 += x[xo + i] * y[yo + i];
        }
        return (s0 + s2) + (s1 + s3);
    }

    /** y[i] += alpha * x[i] over n unit-stride elements. */
    static void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += alpha * x[xo + i];
        }
    }

    /** x . y over elements [from, to) of both (four partial sums, a fixed order). */
    static double dotRange(double[] x, double[] y, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (; i < to; i++) {
            s0 += x[i] * y[i];
        }
        return (s0 + s2) + (s1 + s3);
    }

    /** y[i] += alpha * x[i] over elements [from, to) of both. */
    static void axpyRange(double alpha, double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] += alpha * x[i];
        }
    }

    /**
     * C := (I - tau v v^T) C for the m x n matrix C at c[co] (leading dimension ldc), v contiguous
     * with v[0] = 1: column by column (copied next to v), w_j = v . C(:, j), then
     * C(:, j) -= (tau w_j) v, so each column is read once while it is in the cache.
     */
    static void applyLeft(int m, int n, double[] v, double tau, double[] c, int co, int ldc) {
        double[] col = new double[m];
        for (int j = 0; j < n; j++) {
            int cj = co + j * ldc;
            System.arraycopy(c, cj, col, 0, m);
            double w = tau * dotRange(v, col, 0, m);
            if (w != 0) {
                axpyRange(-w, v, col, 0, m);
                System.arraycopy(col, 0, c, cj, m);
            }
        }
    }

    /**
     * C := C (I - tau v v^T) for the m x n matrix C at c[co], v contiguous with v[0] = 1:
     * w = C v as a sum of columns, then C(:, j) -= (tau v_j) w.
     */
    static void applyRight(int m, int n, double[] v, double tau, double[] c, int co, int ldc) {
        double[] w = new double[m];
        double[] col = new double[m];
        for (int j = 0; j < n; j++) {
            if (v[j] != 0) {
                System.arraycopy(c, co + j * ldc, col, 0, m);
                axpyRange(v[j], col, w, 0, m);
            }
        }
        for (int j = 0; j < n; j++) {
            double t = tau * v[j];
            if (t != 0) {
                int cj = co + j * ldc;
                System.arraycopy(c, cj, col, 0, m);
                axpyRange(-t, w, col, 0, m);
                System.arraycopy(col, 0, c, cj, m);
            }
        }
    }

    /**
     * {@code dgebd2} for m &gt;= n ({@link SingularValueDecomposition#bidiagonalize}'s fast path) with
     * the matrix in the platform's {@link ReflectorKernel} (the browser's SIMD module) from the first
     * step to the last: the same steps with the same bits, {@link Householder#larfg} on copies of the
     * column and the row it reads, each reflector (1 first, trailing zeros dropped, as
     * {@link Householder#applyLeft} and {@link Householder#applyRight} pass it here) applied by the
     * kernel. Returns false, having done nothing, when no kernel is installed or it declines the matrix.
     */
    static boolean bidiagonalizeOnPlatform(double[] a, int m, int n, double[] d, double[] e, double[] tauq,
            double[] taup) {
        ReflectorKernel kernel = ReflectorKernel.Installed.kernel;
        if (kernel == null || m < n || n < 2) {
            return false;
        }
        ReflectorKernel.Stored stored = kernel.load(a, m, n);
        if (stored == null) {
            return false;
        }
        try {
            bidiagonalizeStored(stored, m, n, d, e, tauq, taup);
        } finally {
            stored.unload(a);
        }
        return true;
    }

    /** {@link #bidiagonalizeOnPlatform}'s steps on the stored matrix. */
    private static void bidiagonalizeStored(ReflectorKernel.Stored stored, int m, int n, double[] d, double[] e,
            double[] tauq, double[] taup) {
        double[] col = new double[m];
        double[] row = new double[n];
        double[] v = new double[m];
        for (int i = 0; i < n; i++) {
            int len = m - i;
            stored.read(i, i, len, false, col);
            tauq[i] = Householder.larfg(len, col, 0, Math.min(1, len - 1), 1, true);
            stored.write(i, i, len, false, col);
            d[i] = col[0];
            if (i < n - 1) {
                if (tauq[i] != 0) {
                    stored.applyLeft(i, i + 1, unitLeading(len, col, v), n - i - 1, v, tauq[i]);
                }
                int rl = n - i - 1;
                stored.read(i, i + 1, rl, true, row);
                taup[i] = Householder.larfg(rl, row, 0, Math.min(1, rl - 1), 1, true);
                stored.write(i, i + 1, rl, true, row);
                e[i] = row[0];
                if (taup[i] != 0) {
                    stored.applyRight(i + 1, i + 1, m - i - 1, unitLeading(rl, row, v), v, taup[i]);
                }
            } else {
                taup[i] = 0;
            }
        }
    }

    /** v := x[0 .. len-1] with v[0] = 1; returns len without v's trailing zeros. */
    private static int unitLeading(int len, double[] x, double[] v) {
        v[0] = 1.0;
        System.arraycopy(x, 1, v, 1, len - 1);
        int last = len;
        while (last > 0 && v[last - 1] == 0) {
            last--;
        }
        return last;
    }

    private static final int LU_BLOCK = 48;

    /**
     * Blocked right-looking LU with partial pivoting ({@code dgetrf}'s algorithm) of the m x n
     * column-major matrix a: panels of {@link #LU_BLOCK} columns factored column by column (pivot =
     * the first element of largest magnitude, as {@code idamax}), the rows to their right solved with
     * the panel's unit lower triangle, and the trailing matrix updated by a rank-{@code LU_BLOCK}
     * product. Pivots 0-based into ipiv; returns LAPACK's info (0, or 1 + the first zero pivot).
     */
    static int getrf(double[] a, int m, int n, int[] ipiv) {
        int lda = m;
        int mn = Math.min(m, n);
        int info = 0;
        for (int j0 = 0; j0 < mn; j0 += LU_BLOCK) {
            int jb = Math.min(LU_BLOCK, mn - j0);
            int jEnd = j0 + jb;
            // The panel, unblocked; row interchanges over the whole width at once.
            for (int k = j0; k < jEnd; k++) {
                int colK = k * lda;
                int p = k;
                double max = Math.abs(a[colK + k]);
                for (int i = k + 1; i < m; i++) {
                    double v = Math.abs(a[colK + i]);
                    if (v > max) {
                        max = v;
                        p = i;
                    }
                }
                ipiv[k] = p;
                if (a[colK + p] != 0) {
                    if (p != k) {
                        for (int c = 0; c < n; c++) {
                            double t = a[k + c * lda];
                            a[k + c * lda] = a[p + c * lda];
                            a[p + c * lda] = t;
                        }
                    }
                    double piv = a[colK + k];
                    if (Math.abs(piv) >= Double.MIN_NORMAL) {
                        double r = 1.0 / piv;
                        for (int i = k + 1; i < m; i++) {
                            a[colK + i] *= r;
                        }
                    } else {
                        for (int i = k + 1; i < m; i++) {
                            a[colK + i] /= piv;
                        }
                    }
                } else if (info == 0) {
                    info = k + 1;
                }
                // Rank-1 update of the rest of the panel.
                for (int c = k + 1; c < jEnd; c++) {
                    double u = a[k + c * lda];
                    if (u != 0) {
                        axpy(m - k - 1, -u, a, colK + k + 1, a, c * lda + k + 1);
                    }
                }
            }
            if (jEnd < n) {
                // U12 := L11^-1 A12, column by column.
                for (int c = jEnd; c < n; c++) {
                    int col = c * lda;
                    for (int k = j0; k < jEnd; k++) {
                        double u = a[col + k];
                        if (u != 0) {
                            axpy(jEnd - k - 1, -u, a, k * lda + k + 1, a, col + k + 1);
                        }
                    }
                }
                // A22 -= L21 U12.
                gemm(false, m - jEnd, n - jEnd, jb, a, jEnd + j0 * lda, lda, a, j0 + jEnd * lda, lda, a,
                        jEnd + jEnd * lda, lda);
            }
        }
        return info;
    }

    /**
     * Solves L U X = B in place for the n x n factors of {@link #getrf} (unit lower L) and the
     * n x nrhs column-major B (rows already interchanged): column-oriented substitutions.
     */
    static void luSolve(double[] lu, int n, double[] b, int nrhs) {
        for (int j = 0; j < nrhs; j++) {
            int col = j * n;
            for (int k = 0; k < n; k++) {
                double x = b[col + k];
                if (x != 0) {
                    axpy(n - k - 1, -x, lu, k * n + k + 1, b, col + k + 1);
                }
            }
            for (int k = n - 1; k >= 0; k--) {
                double x = b[col + k] / lu[k * n + k];
                b[col + k] = x;
                if (x != 0) {
                    axpy(k, -x, lu, k * n, b, col);
                }
            }
        }
    }

    /**
     * The k reflectors stored below a diagonal, as LAPACK leaves them, as a dense len x k matrix for
     * {@link #applyQLeft}: column j is 1 at row j and a(rowOff + r, j) for rows r &gt; j.
     */
    static double[] columnReflectors(double[] a, int lda, int rowOff, int len, int k) {
        double[] v = new double[len * k];
        for (int j = 0; j < k; j++) {
            v[j + j * len] = 1.0;
            for (int r = j + 1; r < len; r++) {
                v[r + j * len] = a[rowOff + r + j * lda];
            }
        }
        return v;
    }

    /**
     * Reflectors stored along rows right of a diagonal (the right reflectors of a bidiagonalization):
     * column j of the dense len x k result is 1 at row j and a(j, colOff + r) for rows r &gt; j.
     */
    static double[] rowReflectors(double[] a, int lda, int colOff, int len, int k) {
        double[] v = new double[len * k];
        for (int j = 0; j < k; j++) {
            v[j + j * len] = 1.0;
            for (int r = j + 1; r < len; r++) {
                v[r + j * len] = a[j + (colOff + r) * lda];
            }
        }
        return v;
    }

    /** Reflectors per block in {@link #applyQLeft} and {@link #applyQtRight}. */
    private static final int WY_BLOCK = 32;

    /**
     * The block reflector of H(j0) ... H(j1-1) (H(j) = I - tau_j v_j v_j^T, v_j column j of the
     * len x k matrix v, zero above row j and 1 at row j): I - V T V^T with V = v(j0.., j0..j1-1) and
     * T upper triangular ({@code dlarft('F', 'C')}). Returns T (nb x nb, column-major).
     */
    private static double[] blockT(double[] v, int len, int j0, int j1, double[] tau) {
        int nb = j1 - j0;
        double[] t = new double[nb * nb];
        for (int i = 0; i < nb; i++) {
            double ti = tau[j0 + i];
            if (ti != 0) {
                int vi = (j0 + i) * len + j0 + i;
                // t(0..i-1, i) = -tau_i V(i.., 0..i-1)^T v_i, then times T(0..i-1, 0..i-1).
                for (int p = 0; p < i; p++) {
                    t[p + i * nb] = -ti * dot(len - j0 - i, v, (j0 + p) * len + j0 + i, v, vi);
                }
                for (int r = 0; r < i; r++) {
                    double acc = 0;
                    for (int p = r; p < i; p++) {
                        acc += t[r + p * nb] * t[p + i * nb];
                    }
                    t[r + i * nb] = acc;
                }
            }
            t[i + i * nb] = ti;
        }
        return t;
    }

    /** V(j0.., j0..j1-1)^T as a column-major nb x (len - j0) matrix. */
    private static double[] blockVt(double[] v, int len, int j0, int j1) {
        int nb = j1 - j0;
        int rows = len - j0;
        double[] vt = new double[nb * rows];
        for (int p = 0; p < nb; p++) {
            int col = (j0 + p) * len + j0;
            for (int r = p; r < rows; r++) {
                vt[p + r * nb] = v[col + r];
            }
        }
        return vt;
    }

    /**
     * C := H(0) H(1) ... H(k-1) C ({@code dormqr('L', 'N')}'s blocked form, as {@code dlarfb}) for the
     * len x cols matrix C at c[co] (leading dimension ldc), the reflectors as columns of the dense
     * len x k matrix v (column j zero above row j, 1 at row j). Blocks of {@link #WY_BLOCK}
     * reflectors, last block first: W = V^T C, W := T W, C -= V W, the products by {@link #gemm}.
     */
    static void applyQLeft(double[] v, int len, int k, double[] tau, double[] c, int co, int ldc, int cols) {
        int last = ((k - 1) / WY_BLOCK) * WY_BLOCK;
        for (int j0 = last; j0 >= 0; j0 -= WY_BLOCK) {
            int j1 = Math.min(k, j0 + WY_BLOCK);
            int nb = j1 - j0;
            int rows = len - j0;
            double[] t = blockT(v, len, j0, j1, tau);
            double[] vt = blockVt(v, len, j0, j1);
            double[] w = new double[nb * cols];
            gemm(true, nb, cols, rows, vt, 0, nb, c, co + j0, ldc, w, 0, nb);
            for (int j = 0; j < cols; j++) {
                int wc = j * nb;
                for (int r = 0; r < nb; r++) {
                    double acc = 0;
                    for (int p = r; p < nb; p++) {
                        acc += t[r + p * nb] * w[wc + p];
                    }
                    w[wc + r] = acc;
                }
            }
            gemm(false, rows, cols, nb, v, j0 * len + j0, len, w, 0, nb, c, co + j0, ldc);
        }
    }

    /**
     * C := C H(k-1) ... H(1) H(0), that is C (H(0) ... H(k-1))^T, for the rows x len matrix C at c[co]
     * (leading dimension ldc), the reflectors as in {@link #applyQLeft}. Blocks last first:
     * W = C V, W := W T^T, C -= W V^T.
     */
    static void applyQtRight(double[] v, int len, int k, double[] tau, double[] c, int co, int ldc, int rows) {
        int last = ((k - 1) / WY_BLOCK) * WY_BLOCK;
        for (int j0 = last; j0 >= 0; j0 -= WY_BLOCK) {
            int j1 = Math.min(k, j0 + WY_BLOCK);
            int nb = j1 - j0;
            int span = len - j0;
            double[] t = blockT(v, len, j0, j1, tau);
            double[] vt = blockVt(v, len, j0, j1);
            double[] w = new double[rows * nb];
            int cb = co + j0 * ldc;
            gemm(true, rows, nb, span, c, cb, ldc, v, j0 * len + j0, len, w, 0, rows);
            // W := W T^T: column r becomes sum over p >= r of T(r, p) W(:, p), in place upwards.
            double[] col = new double[rows];
            for (int r = 0; r < nb; r++) {
                java.util.Arrays.fill(col, 0.0);
                for (int p = r; p < nb; p++) {
                    double f = t[r + p * nb];
                    if (f != 0) {
                        axpy(rows, f, w, p * rows, col, 0);
                    }
                }
                System.arraycopy(col, 0, w, r * rows, rows);
            }
            gemm(false, rows, span, nb, w, 0, rows, vt, 0, nb, c, cb, ldc);
        }
    }

    private static final int GEMM_ROWS = 256;

    /**
     * C -= A B (or C += A B when {@code add}) for A (m x k at a[ao], lda), B (k x n at b[bo], ldb),
     * C (m x n at c[co], ldc): A's columns packed into separate arrays, then for each block of rows
     * and each column of C (copied out and back), the k columns of A added four at a time in order.
     * Element C(i, j) is always updated as C(i, j) - A(i, 0) B(0, j) - A(i, 1) B(1, j) - ... in that
     * order, one rounding per operation.
     */
    static void gemm(boolean add, int m, int n, int k, double[] a, int ao, int lda, double[] b, int bo, int ldb,
            double[] c, int co, int ldc) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        GemmKernel kernel = GemmKernel.Installed.kernel;
        // The platform's kernel (the browser's SIMD module) in the same order: C(i, j) - A(i, p) (-B(p, j))
        // has the bits of C(i, j) + A(i, p) B(p, j), so "add" is its plain addition.
        if (kernel != null && kernel.multiply(true, !add, m, k, n, a, ao, 1, lda, b, bo, 1, ldb, c, co, 1, ldc)) {
            return;
        }
        double sign = add ? -1.0 : 1.0;
        for (int i0 = 0; i0 < m; i0 += GEMM_ROWS) {
            int rows = Math.min(GEMM_ROWS, m - i0);
            double[][] ap = new double[k][];
            for (int p = 0; p < k; p++) {
                int from = ao + i0 + p * lda;
                ap[p] = java.util.Arrays.copyOfRange(a, from, from + rows);
            }
            double[] col = new double[rows];
            for (int j = 0; j < n; j++) {
                int cj = co + i0 + j * ldc;
                int bj = bo + j * ldb;
                System.arraycopy(c, cj, col, 0, rows);
                int p = 0;
                for (; p + 3 < k; p += 4) {
                    double b0 = sign * b[bj + p];
                    double b1 = sign * b[bj + p + 1];
                    double b2 = sign * b[bj + p + 2];
                    double b3 = sign * b[bj + p + 3];
                    double[] a0 = ap[p];
                    double[] a1 = ap[p + 1];
                    double[] a2 = ap[p + 2];
                    double[] a3 = ap[p + 3];
                    for (int i = 0; i < rows; i++) {
                        col[i] = (((col[i] - a0[i] * b0) - a1[i] * b1) - a2[i] * b2) - a3[i] * b3;
                    }
                }
                for (; p < k; p++) {
                    double b0 = sign * b[bj + p];
                    double[] a0 = ap[p];
                    for (int i = 0; i < rows; i++) {
                        col[i] -= a0[i] * b0;
                    }
                }
                System.arraycopy(col, 0, c, cj, rows);
            }
        }
    }
}
