package basis.engine.nd.linalg;

/**
 * Householder QR decomposition A = Q R of an m x n matrix, as LAPACK's {@code dgeqr2} and
 * {@code dorg2r} compute it for NumPy's {@code qr}: reflector k zeroes column k below the diagonal
 * with {@link Householder#larfg}'s convention, so R's diagonal entry is -sign(a_kk) times the column
 * norm (and a column already zero below the diagonal is left as it is, H = I). Q is formed by
 * applying the reflectors to the identity, last first.
 */
public final class QRDecomposition {
    private Matrix qr;
    private double[] tau;
    private boolean fast;

    /** Factors a copy of {@code a}. */
    public void decompose(Matrix a) {
        decompose(a, false);
    }

    /** {@link #decompose}, with {@code fast} the reflectors built and applied by {@link FastKernels}. */
    void decompose(Matrix a, boolean fast) {
        decompose(a, fast, false);
    }

    /** {@link #decompose(Matrix, boolean)}, factoring {@code a} itself when {@code owned} (no copy). */
    void decompose(Matrix a, boolean fast, boolean owned) {
        this.fast = fast;
        int m = a.rows;
        int n = a.cols;
        int lda = Math.max(m, 1);
        qr = owned ? a : a.copy();
        double[] d = qr.data;
        int k = Math.min(m, n);
        tau = new double[k];
        for (int i = 0; i < k; i++) {
            int ii = i + i * lda;
            tau[i] = Householder.larfg(m - i, d, ii, Math.min(i + 1, m - 1) + i * lda, 1, fast);
            if (i < n - 1) {
                Householder.applyLeft(m - i, n - i - 1, d, ii, 1, tau[i], d, ii + lda, lda, fast);
            }
        }
    }

    /** R and the reflectors packed as {@code dgeqrf} leaves them (NumPy's mode='raw', transposed). */
    public Matrix getPacked() {
        return qr;
    }

    /** The reflectors' scalar factors. */
    public double[] getTau() {
        return tau.clone();
    }

    /** The upper triangular (trapezoidal) factor's first {@code rows} rows, zeros below the diagonal. */
    public Matrix getR(int rows) {
        int n = qr.cols;
        Matrix r = new Matrix(rows, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= Math.min(j, rows - 1); i++) {
                r.set(i, j, qr.get(i, j));
            }
        }
        return r;
    }

    /**
     * The first {@code cols} columns of Q (min(m, n) for the reduced factorization, m for the complete
     * one), as {@code dorg2r}: columns past the reflectors start as identity columns.
     */
    public Matrix getQ(int cols) {
        int m = qr.rows;
        int k = tau.length;
        int ldq = Math.max(m, 1);
        Matrix q = new Matrix(m, cols);
        double[] d = q.data;
        for (int j = 0; j < Math.min(k, cols); j++) {
            for (int i = j + 1; i < m; i++) {
                d[i + j * ldq] = qr.get(i, j);
            }
        }
        for (int j = k; j < cols; j++) {
            d[j + j * ldq] = 1.0;
        }
        formQ(q, cols);
        return q;
    }

    /**
     * The reduced Q (m x n, m &gt;= n) formed over the factorization's own storage, as {@code dorg2r}
     * does in place: no new matrix. This object's factors are gone afterwards (take R first).
     */
    Matrix takeQ() {
        formQ(qr, qr.cols);
        Matrix q = qr;
        qr = null;
        return q;
    }

    /** dorg2r's loop on q, whose first min(k, cols) columns hold the reflectors below the diagonal. */
    private void formQ(Matrix q, int cols) {
        int m = q.rows;
        int k = tau.length;
        int ldq = Math.max(m, 1);
        double[] d = q.data;
        for (int i = k - 1; i >= 0; i--) {
            int ii = i + i * ldq;
            if (i < cols - 1) {
                d[ii] = 1.0;
                Householder.applyLeft(m - i, cols - i - 1, d, ii, 1, tau[i], d, ii + ldq, ldq, fast);
            }
            if (i < m - 1) {
                double t = -tau[i];
                for (int r = i + 1; r < m; r++) {
                    d[r + i * ldq] *= t;
                }
            }
            d[ii] = 1.0 - tau[i];
            for (int r = 0; r < i; r++) {
                d[r + i * ldq] = 0.0;
            }
        }
    }
}
