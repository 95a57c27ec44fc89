package basis.engine.nd.linalg;

/**
 * Minimum-norm least squares min ||A x - B||, as LAPACK's {@code dgelsd} computes it for NumPy's
 * {@code lstsq}: for m &gt;= n a QR factorization first when m &gt;= 1.6n, Householder bidiagonalization with the left reflectors applied to B, the bidiagonal SVD
 * with its left rotations applied to B ({@code dlalsd}/{@code dbdsqr}), singular values at most
 * rcond * s_max treated as zero, then V and the right reflectors; for m &lt; n an LQ factorization
 * first (n &gt;= 1.6m) or the lower bidiagonal form. For matrices up to 25 columns (LAPACK's divide
 * and conquer starts beyond) this is NumPy's arithmetic. Singular values are returned descending.
 */
public final class LeastSquares {
    private static final double EPS = 0x1p-53; // dlamch('Epsilon')

    private Matrix x;
    private double[] s;
    private int rank;
    private double[] residuals;

    /**
     * Solves for the n x nrhs X.
     *
     * @param rcond singular values at most rcond * max(s) count as zero (rcond &lt;= 0 or &gt;= 1:
     *     machine epsilon)
     * @return false if the SVD did not converge
     */
    public boolean solve(Matrix a, Matrix b, double rcond) {
        int m = a.rows;
        int n = a.cols;
        int nrhs = b.cols;
        if (m < n) {
            return solveWide(a, b, rcond);
        }
        double rcnd = (rcond <= 0 || rcond >= 1) ? EPS : rcond;
        s = new double[n];
        x = new Matrix(n, nrhs);
        rank = 0;
        if (n == 0) {
            residuals = sumSquares(b, 0);
            return true;
        }
        if (a.maxAbs() == 0) {
            residuals = null;
            return true;
        }
        double[] w = a.data.clone();
        double[] bd = b.data.clone();
        int ldb = m;
        int mm = m;
        int mnthr = (int) ((float) n * 1.6f);
        double[] r = w;
        int ldr = m;
        if (m >= mnthr) {
            // dgeqrf, then B := Q^T B, then R alone.
            double[] tauq = new double[n];
            for (int i = 0; i < n; i++) {
                int ii = i + i * m;
                tauq[i] = Householder.larfg(m - i, w, ii, Math.min(i + 1, m - 1) + i * m, 1);
                if (i < n - 1) {
                    double aii = w[ii];
                    w[ii] = 1.0;
                    Householder.applyLeft(m - i, n - i - 1, w, ii, 1, tauq[i], w, ii + m, m);
                    w[ii] = aii;
                }
            }
            for (int i = 0; i < n; i++) {
                int ii = i + i * m;
                double aii = w[ii];
                w[ii] = 1.0;
                Householder.applyLeft(m - i, nrhs, w, ii, 1, tauq[i], bd, i, ldb);
                w[ii] = aii;
            }
            r = new double[n * n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i <= j; i++) {
                    r[i + j * n] = w[i + j * m];
                }
            }
            ldr = n;
            mm = n;
        }
        double[] d = new double[n];
        double[] e = new double[Math.max(n - 1, 0)];
        double[] tq = new double[n];
        double[] tp = new double[n];
        SingularValueDecomposition.bidiagonalize(r, mm, n, d, e, tq, tp);
        // B := Q_brd^T B (first mm rows), reflectors in order.
        for (int i = 0; i < n; i++) {
            int ii = i + i * ldr;
            double aii = r[ii];
            r[ii] = 1.0;
            Householder.applyLeft(mm - i, nrhs, r, ii, 1, tq[i], bd, i, ldb);
            r[ii] = aii;
        }
        if (!lalsd(n, nrhs, d, e, bd, ldb, rcnd)) {
            return false;
        }
        // X := P B: the right reflectors from the left, last first.
        for (int i = n - 2; i >= 0; i--) {
            int vi = i + (i + 1) * ldr;
            double saved = r[vi];
            r[vi] = 1.0;
            Householder.applyLeft(n - i - 1, nrhs, r, vi, ldr, tp[i], bd, i + 1, ldb);
            r[vi] = saved;
        }
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < n; i++) {
                x.set(i, j, bd[i + j * ldb]);
            }
        }
        residuals = (rank == n && m > n) ? sumSquares(new Matrix(m, nrhs, bd), n) : null;
        return true;
    }

    /** Column sums of squares of rows from..m-1 (NumPy's residuals, plain sums in order). */
    private static double[] sumSquares(Matrix b, int from) {
        double[] out = new double[b.cols];
        for (int j = 0; j < b.cols; j++) {
            double acc = 0;
            for (int i = from; i < b.rows; i++) {
                double v = b.get(i, j);
                acc = acc + v * v;
            }
            out[j] = acc;
        }
        return out;
    }

    /**
     * {@code dlalsd} for an upper bidiagonal of order n &lt;= 25 (larger orders use the same steps,
     * not LAPACK's divide and conquer): B (first n rows) := V diag(1/s) U^T B over the singular
     * values above rcnd * max(s); the singular values end in s, descending; sets the rank.
     */
    private boolean lalsd(int n, int nrhs, double[] d, double[] e, double[] b, int ldb, double rcnd) {
        if (n == 1) {
            if (d[0] == 0) {
                for (int j = 0; j < nrhs; j++) {
                    b[j * ldb] = 0;
                }
            } else {
                rank = 1;
                double mul = 1.0 / d[0];
                for (int j = 0; j < nrhs; j++) {
                    b[j * ldb] *= mul;
                }
                d[0] = Math.abs(d[0]);
            }
            s[0] = d[0];
            return true;
        }
        double orgnrm = 0;
        for (double v : d) {
            orgnrm = Math.max(orgnrm, Math.abs(v));
        }
        for (double v : e) {
            orgnrm = Math.max(orgnrm, Math.abs(v));
        }
        if (orgnrm == 0) {
            for (int j = 0; j < nrhs; j++) {
                for (int i = 0; i < n; i++) {
                    b[i + j * ldb] = 0;
                }
            }
            return true;
        }
        double down = 1.0 / orgnrm;
        for (int i = 0; i < n; i++) {
            d[i] *= down;
        }
        for (int i = 0; i < n - 1; i++) {
            e[i] *= down;
        }
        Matrix vt = Matrix.identity(n);
        Matrix c = new Matrix(n, nrhs);
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < n; i++) {
                c.set(i, j, b[i + j * ldb]);
            }
        }
        if (!SingularValueDecomposition.bdsqr(n, d, e, vt, null, c)) {
            return false;
        }
        // dlasdq then sorts the singular values ascending (selection sort, rows of V^T and C along).
        for (int i = 0; i < n; i++) {
            int isub = i;
            double smin = d[i];
            for (int j = i + 1; j < n; j++) {
                if (d[j] < smin) {
                    isub = j;
                    smin = d[j];
                }
            }
            if (isub != i) {
                d[isub] = d[i];
                d[i] = smin;
                swapRows(vt, isub, i);
                swapRows(c, isub, i);
            }
        }
        double tol = rcnd * Math.abs(d[Kernels.iamax(n, d, 0)]);
        for (int i = 0; i < n; i++) {
            if (d[i] <= tol) {
                for (int j = 0; j < nrhs; j++) {
                    c.set(i, j, 0.0);
                }
            } else {
                double mul = 1.0 / d[i];
                for (int j = 0; j < nrhs; j++) {
                    c.set(i, j, c.get(i, j) * mul);
                }
                rank++;
            }
        }
        // B := VT^T C (the GEMM kernel's FMA chain over k).
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int k = 0; k < n; k++) {
                    acc = Kernels.fma(vt.get(k, i), c.get(k, j), acc);
                }
                b[i + j * ldb] = acc;
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] *= orgnrm;
        }
        double[] sorted = d.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            s[i] = sorted[n - 1 - i];
        }
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < n; i++) {
                b[i + j * ldb] *= down;
            }
        }
        return true;
    }

    private static void swapRows(Matrix a, int r1, int r2) {
        for (int j = 0; j < a.cols; j++) {
            double t = a.get(r1, j);
            a.set(r1, j, a.get(r2, j));
            a.set(r2, j, t);
        }
    }

    /**
     * m &lt; n, as dgelsd: an LQ factorization first when n &gt;= 1.6m, else the lower bidiagonal form;
     * B is extended to n rows with zeros.
     */
    private boolean solveWide(Matrix a, Matrix b, double rcond) {
        int m = a.rows;
        int n = a.cols;
        int nrhs = b.cols;
        double rcnd = (rcond <= 0 || rcond >= 1) ? EPS : rcond;
        x = new Matrix(n, nrhs);
        s = new double[m];
        rank = 0;
        residuals = null;
        if (m == 0 || a.maxAbs() == 0) {
            return true;
        }
        int ldb = n;
        double[] bd = new double[n * nrhs];
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < m; i++) {
                bd[i + j * ldb] = b.get(i, j);
            }
        }
        double[] w = a.data.clone();
        int mnthr = (int) ((float) m * 1.6f);
        double[] d = new double[m];
        double[] e = new double[Math.max(m - 1, 0)];
        double[] tq = new double[m];
        double[] tp = new double[m];
        if (n >= mnthr) {
            double[] tl = new double[m];
            for (int i = 0; i < m; i++) {
                int ii = i + i * m;
                tl[i] = Householder.larfg(n - i, w, ii, i + Math.min(i + 1, n - 1) * m, m);
                if (i < m - 1) {
                    double aii = w[ii];
                    w[ii] = 1.0;
                    Householder.applyRight(m - i - 1, n - i, w, ii, m, tl[i], w, ii + 1, m);
                    w[ii] = aii;
                }
            }
            double[] l = new double[m * m];
            for (int j = 0; j < m; j++) {
                for (int i = j; i < m; i++) {
                    l[i + j * m] = w[i + j * m];
                }
            }
            SingularValueDecomposition.bidiagonalize(l, m, m, d, e, tq, tp);
            for (int i = 0; i < m; i++) {
                int ii = i + i * m;
                double aii = l[ii];
                l[ii] = 1.0;
                Householder.applyLeft(m - i, nrhs, l, ii, 1, tq[i], bd, i, ldb);
                l[ii] = aii;
            }
            if (!lalsd(m, nrhs, d, e, bd, ldb, rcnd)) {
                return false;
            }
            for (int i = m - 2; i >= 0; i--) {
                int vi = i + (i + 1) * m;
                double saved = l[vi];
                l[vi] = 1.0;
                Householder.applyLeft(m - i - 1, nrhs, l, vi, m, tp[i], bd, i + 1, ldb);
                l[vi] = saved;
            }
            for (int j = 0; j < nrhs; j++) {
                for (int i = m; i < n; i++) {
                    bd[i + j * ldb] = 0;
                }
            }
            // B := Q_lq^T B: the row reflectors from the left, last first.
            for (int i = m - 1; i >= 0; i--) {
                int ii = i + i * m;
                double aii = w[ii];
                w[ii] = 1.0;
                Householder.applyLeft(n - i, nrhs, w, ii, m, tl[i], bd, i, ldb);
                w[ii] = aii;
            }
        } else {
            SingularValueDecomposition.bidiagonalizeLower(w, m, n, d, e, tq, tp);
            for (int i = 0; i < m - 1; i++) {
                int vi = i + 1 + i * m;
                double saved = w[vi];
                w[vi] = 1.0;
                Householder.applyLeft(m - i - 1, nrhs, w, vi, 1, tq[i], bd, i + 1, ldb);
                w[vi] = saved;
            }
            // dlalsd('L'): rotate to upper bidiagonal, the rotations applied to B's rows.
            double[] cs = new double[m - 1];
            double[] sn = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                double[] g = Householder.lartg(d[i], e[i]);
                d[i] = g[2];
                e[i] = g[1] * d[i + 1];
                d[i + 1] = g[0] * d[i + 1];
                cs[i] = g[0];
                sn[i] = g[1];
            }
            for (int j = 0; j < nrhs; j++) {
                for (int i = 0; i < m - 1; i++) {
                    Kernels.rot(1, bd, i + j * ldb, 1, bd, i + 1 + j * ldb, 1, cs[i], sn[i]);
                }
            }
            if (!lalsd(m, nrhs, d, e, bd, ldb, rcnd)) {
                return false;
            }
            for (int i = m - 1; i >= 0; i--) {
                int ii = i + i * m;
                double saved = w[ii];
                w[ii] = 1.0;
                Householder.applyLeft(n - i, nrhs, w, ii, m, tp[i], bd, i, ldb);
                w[ii] = saved;
            }
        }
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < n; i++) {
                x.set(i, j, bd[i + j * ldb]);
            }
        }
        return true;
    }

    public Matrix getSolution() {
        return x;
    }

    /** Singular values of A, descending. */
    public double[] getSingularValues() {
        return s.clone();
    }

    public int getRank() {
        return rank;
    }

    /** Squared residual norms per column when rank == n &lt; m, else null (NumPy: empty). */
    public double[] getResiduals() {
        return residuals == null ? null : residuals.clone();
    }
}
