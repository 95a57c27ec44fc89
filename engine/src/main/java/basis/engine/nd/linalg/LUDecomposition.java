package basis.engine.nd.linalg;

/**
 * LU decomposition with partial pivoting, A = P L U, as LAPACK's {@code dgetrf} computes it in the
 * OpenBLAS that NumPy ships: the pivot is the first element of largest magnitude in the column;
 * OpenBLAS's recursive {@code getrf} (panels of half the columns, TRSM and GEMM updates) down to its
 * left-looking {@code getf2} (dot products for U, a matrix-vector product below the diagonal, a
 * scaling by the reciprocal of the pivot). {@link #solve} is {@code dgetrs}. Operation order and
 * fused multiply-adds follow OpenBLAS's kernels ({@link Kernels}, {@link Triangular}), so factors,
 * determinants and solutions agree with NumPy bit for bit whenever OpenBLAS runs them on one
 * thread (always for n*n &lt; 10000; with more threads NumPy's own last bits depend on the core count).
 * Large matrices ({@link FastKernels#large}) take a blocked factorization in plain arithmetic instead,
 * and their solves plain substitutions.
 */
public final class LUDecomposition {
    private Matrix lu;
    private int[] pivots;
    private int info;
    /** Whether the factorization took the fast path ({@link FastKernels}), and so will the solves. */
    private boolean fast;

    /**
     * Factors a copy of {@code a} (m x n, any shape).
     *
     * @return true if U has no exactly zero diagonal element ({@code info == 0})
     */
    public boolean decompose(Matrix a) {
        lu = a.copy();
        int m = a.rows;
        int n = a.cols;
        pivots = new int[Math.min(m, n)];
        fast = FastKernels.large(m, n);
        if (fast) {
            info = FastKernels.getrf(lu.data, m, n, pivots);
            return info == 0;
        }
        info = getrf(lu.data, m, n, Math.max(m, 1), pivots, -1, -1);
        return info == 0;
    }

    private static final int UNROLL_N = 2;

    /**
     * OpenBLAS's recursive {@code getrf_single}: for min(m, n) of 10 or more, panels of about half
     * the columns are factored recursively, the rows right of a panel solved with its unit lower
     * triangle ({@link Triangular#trsmLowerUnit}) and the trailing matrix updated by the GEMM kernel;
     * smaller problems go to {@link #getf2}. With {@code from >= 0} it factors the column range
     * [from, to) of rows from..m-1 of the whole matrix (pivots stored as absolute rows).
     */
    static int getrf(double[] a, int mAll, int nAll, int lda, int[] ipiv, int from, int to) {
        int m = mAll;
        int n = nAll;
        int offset = 0;
        if (from >= 0) {
            m -= from;
            n = to - from;
            offset = from;
        }
        if (m <= 0 || n <= 0) {
            return 0;
        }
        int base = offset * (lda + 1);
        int mn = Math.min(m, n);
        int blocking = ((mn / 2 + UNROLL_N - 1) / UNROLL_N) * UNROLL_N;
        if (blocking > Triangular.GEMM_Q) {
            blocking = Triangular.GEMM_Q;
        }
        if (blocking <= UNROLL_N * 2) {
            return getf2(a, base, m, n, lda, ipiv, offset);
        }
        int info = 0;
        for (int j = 0; j < mn; j += blocking) {
            int jb = Math.min(mn - j, blocking);
            int iinfo = getrf(a, mAll, nAll, lda, ipiv, offset + j, offset + j + jb);
            if (iinfo != 0 && info == 0) {
                info = iinfo + j;
            }
            if (j + jb < n) {
                int cols = n - j - jb;
                int colStart = offset + j + jb;
                // Row interchanges of this panel on the columns to its right.
                for (int k = offset + j; k < offset + j + jb; k++) {
                    swapRows(a, lda, k, ipiv[k], colStart, cols);
                }
                int l11 = base + j * (lda + 1);
                int a12 = base + j + (j + jb) * lda;
                Triangular.trsmLowerUnit(jb, cols, a, l11, lda, a, a12, lda);
                // A22 -= L21 * U12, each element by the GEMM kernel's inner product.
                int[] chunk = Kernels.gemmColumnChunks(cols);
                for (int is = j + jb; is < m; is += Triangular.GEMM_P) {
                    int imin = Math.min(m - is, Triangular.GEMM_P);
                    int[] tile = Kernels.gemmRowTiles(imin);
                    for (int c = 0; c < cols; c++) {
                        int u = a12 + c * lda;
                        for (int r = 0; r < imin; r++) {
                            double acc = Kernels.gemmDot(tile[r], chunk[c], jb, a, base + is + r + j * lda, lda, a, u);
                            a[u - j + is + r] -= acc;
                        }
                    }
                }
            }
        }
        for (int j = 0; j < mn; j += blocking) {
            int jb = Math.min(mn - j, blocking);
            for (int k = offset + j + jb; k < offset + mn; k++) {
                swapRows(a, lda, k, ipiv[k], offset + j, jb);
            }
        }
        return info;
    }

    private static void swapRows(double[] a, int lda, int r1, int r2, int col0, int ncols) {
        if (r1 == r2) {
            return;
        }
        for (int c = col0; c < col0 + ncols; c++) {
            double t = a[r1 + c * lda];
            a[r1 + c * lda] = a[r2 + c * lda];
            a[r2 + c * lda] = t;
        }
    }

    /**
     * OpenBLAS's {@code getf2_k} on the column-major m x n matrix at {@code a[base..]}: pivots are
     * stored 0-based at ipiv[offset + j] as absolute rows (local row + offset); returns LAPACK's info
     * (0, or 1 + the first column whose pivot is exactly zero).
     */
    static int getf2(double[] a, int base, int m, int n, int lda, int[] ipiv, int offset) {
        int info = 0;
        for (int j = 0; j < n; j++) {
            int b = base + j * lda;
            int len = Math.min(j, m);
            for (int i = 0; i < len; i++) {
                int ip = ipiv[i + offset] - offset;
                if (ip != i) {
                    double t = a[b + i];
                    a[b + i] = a[b + ip];
                    a[b + ip] = t;
                }
            }
            for (int i = 1; i < len; i++) {
                a[b + i] -= Kernels.dot(i, a, base + i, lda, a, b, 1);
            }
            if (j < m) {
                Kernels.gemvN(m - j, j, -1.0, a, base + j, lda, a, b, a, b + j);
                int jp = j + Kernels.iamax(m - j, a, b + j);
                ipiv[j + offset] = jp + offset;
                double temp = a[b + jp];
                if (temp != 0) {
                    if (Math.abs(temp) >= Double.MIN_NORMAL) {
                        temp = 1.0 / temp;
                        if (jp != j) {
                            for (int k = 0; k <= j; k++) {
                                double t = a[base + j + k * lda];
                                a[base + j + k * lda] = a[base + jp + k * lda];
                                a[base + jp + k * lda] = t;
                            }
                        }
                        if (j + 1 < m) {
                            Kernels.scal(m - j - 1, temp, a, b + j + 1);
                        }
                    }
                } else if (info == 0) {
                    info = j + 1;
                }
            }
        }
        return info;
    }

    /** L and U packed in one matrix (L's unit diagonal implied), as dgetrf leaves them. */
    public Matrix getLU() {
        return lu;
    }

    /** 0-based pivot rows: row i was interchanged with row pivots[i], for i in order. */
    public int[] getPivots() {
        return pivots.clone();
    }

    /** LAPACK's info: 0, or the 1-based index of the first exactly zero pivot. */
    public int info() {
        return info;
    }

    public boolean isSingular() {
        return info != 0;
    }

    /** The m x min(m, n) unit lower triangular factor. */
    public Matrix getL() {
        int m = lu.rows;
        int k = Math.min(m, lu.cols);
        Matrix l = new Matrix(m, k);
        for (int j = 0; j < k; j++) {
            l.set(j, j, 1.0);
            for (int i = j + 1; i < m; i++) {
                l.set(i, j, lu.get(i, j));
            }
        }
        return l;
    }

    /** The min(m, n) x n upper triangular factor. */
    public Matrix getU() {
        int n = lu.cols;
        int k = Math.min(lu.rows, n);
        Matrix u = new Matrix(k, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= Math.min(j, k - 1); i++) {
                u.set(i, j, lu.get(i, j));
            }
        }
        return u;
    }

    /** The permutation matrix P with A = P L U. */
    public Matrix getP() {
        int m = lu.rows;
        int[] perm = rowPermutation();
        Matrix p = new Matrix(m, m);
        for (int i = 0; i < m; i++) {
            p.set(perm[i], i, 1.0);
        }
        return p;
    }

    /** perm[i] = the row of A that ended up as row i of L U. */
    public int[] rowPermutation() {
        int m = lu.rows;
        int[] perm = new int[m];
        for (int i = 0; i < m; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < pivots.length; i++) {
            int t = perm[i];
            perm[i] = perm[pivots[i]];
            perm[pivots[i]] = t;
        }
        return perm;
    }

    /**
     * Sign and log-magnitude of the determinant as NumPy's {@code _umath_linalg} computes them:
     * the sign from the number of row interchanges and the signs of U's diagonal, the logarithm as
     * the sum of log|u_ii| in order. For a singular factorization: sign 0, log -inf.
     */
    public double[] slogdet() {
        int n = lu.rows;
        if (info != 0) {
            return new double[] {0.0, Double.NEGATIVE_INFINITY};
        }
        int changes = 0;
        for (int i = 0; i < n; i++) {
            if (pivots[i] != i) {
                changes++;
            }
        }
        double sign = (changes % 2) != 0 ? -1.0 : 1.0;
        double logdet = 0.0;
        for (int i = 0; i < n; i++) {
            double e = lu.data[i + i * n];
            if (e < 0) {
                sign = -sign;
                e = -e;
            }
            logdet += CrMath.log(e);
        }
        return new double[] {sign, logdet};
    }

    /** {@code sign * exp(logdet)}, NumPy's determinant (exactly 0.0 for a singular factorization). */
    public double det() {
        double[] s = slogdet();
        return s[0] * CrMath.exp(s[1]);
    }

    /**
     * Solves A X = B for square A after a successful {@link #decompose}, as {@code dgetrs}: rows of B
     * interchanged, then forward and back substitution (OpenBLAS's {@code trsv} for one right-hand
     * side, its {@code trsm} for several).
     */
    public Matrix solve(Matrix b) {
        int n = lu.rows;
        if (lu.cols != n || b.rows != n) {
            throw new IllegalArgumentException("solve needs a square factorization and " + n + " rows");
        }
        Matrix x = b.copy();
        int nrhs = b.cols;
        for (int j = 0; j < nrhs; j++) {
            int c = j * n;
            for (int i = 0; i < n; i++) {
                int ip = pivots[i];
                if (ip != i) {
                    double t = x.data[c + i];
                    x.data[c + i] = x.data[c + ip];
                    x.data[c + ip] = t;
                }
            }
        }
        if (fast) {
            FastKernels.luSolve(lu.data, n, x.data, nrhs);
        } else if (nrhs == 1) {
            Triangular.trsvLowerUnit(n, lu.data, n, x.data, 0);
            Triangular.trsvUpper(n, lu.data, n, x.data, 0);
        } else {
            Triangular.trsmLowerUnit(n, nrhs, lu.data, n, x.data, n);
            Triangular.trsmUpper(n, nrhs, lu.data, n, x.data, n);
        }
        return x;
    }
}
