package basis.engine.nd.linalg;

import basis.engine.nd.FusedMultiplyAdd;

/**
 * Singular value decomposition A = U diag(s) V^T of an m x n matrix, in the steps of LAPACK's
 * {@code dgesdd} for small matrices (NumPy's {@code svd}): for m much larger than n (m &gt;= 11n/6) a
 * QR factorization first; Householder bidiagonalization ({@code dgebd2}); the implicit-shift
 * bidiagonal QR iteration of {@code dbdsqr} (zero shift when the shift would spoil relative
 * accuracy, chasing from the larger end); negative values made positive by flipping rows of V^T;
 * sorted descending; the reflectors then applied to the bidiagonal's singular vectors. Wide
 * matrices (m &lt; n) take dgesdd's own paths: an LQ factorization first when n &gt;= 11m/6, else a
 * lower bidiagonal form rotated to upper. The reflector applications and the final products use
 * the reproduced OpenBLAS kernels, so for small matrices (up to 15 or so columns; LAPACK switches
 * to divide and conquer after 25) U, S and V^T agree with NumPy bit for bit; singular values alone
 * ({@code compute_uv=False}) come from the dqds algorithm ({@link Dqds}) as in LAPACK.
 */
public final class SingularValueDecomposition {
    private static final double EPS = 0x1p-53;
    private static final double UNFL = Double.MIN_NORMAL;
    private static final int MAXITR = 6;

    private double[] s;
    private Matrix u;
    private Matrix vt;

    /**
     * Decomposes {@code a}.
     *
     * @param wantVectors false for singular values only
     * @param full with vectors: U is m x m and V^T n x n (else m x k and k x n, k = min(m, n))
     * @return false if the iteration did not converge (or the input is not finite)
     */
    public boolean decompose(Matrix a, boolean wantVectors, boolean full) {
        return decompose(a, wantVectors, full, false);
    }

    /** {@link #decompose}, free to overwrite {@code a} (a copy the caller made for this call). */
    public boolean decomposeOwned(Matrix a, boolean wantVectors, boolean full) {
        return decompose(a, wantVectors, full, true);
    }

    private boolean decompose(Matrix a, boolean wantVectors, boolean full, boolean owned) {
        int m = a.rows;
        int n = a.cols;
        if (!a.isFinite()) {
            return false;
        }
        if (m < n) {
            return decomposeWide(a, wantVectors, full);
        }
        // m >= n from here.
        if (n == 0) {
            s = new double[0];
            if (wantVectors) {
                u = full ? Matrix.identity(m) : new Matrix(m, 0);
                vt = new Matrix(0, 0);
            }
            return true;
        }
        boolean fast = FastKernels.large(m, n);
        double anrm = a.maxAbs();
        double smlnum = Math.sqrt(UNFL) / (2 * EPS);
        double bignum = 1 / smlnum;
        double scl = 1;
        if (anrm > 0 && anrm < smlnum) {
            scl = smlnum / anrm;
        } else if (anrm > bignum) {
            scl = bignum / anrm;
        }
        Matrix w = owned ? a : a.copy();
        if (scl != 1) {
            for (int i = 0; i < w.data.length; i++) {
                w.data[i] *= scl;
            }
        }
        boolean qrFirst = m >= (int) (n * 11.0 / 6.0);
        QRDecomposition qr = null;
        Matrix b = w;
        if (qrFirst) {
            qr = new QRDecomposition();
            qr.decompose(w, fast, true);
            b = qr.getR(n);
        }
        int mb = b.rows;
        double[] bd = b.data.clone();
        double[] d = new double[n];
        double[] e = new double[Math.max(n - 1, 0)];
        double[] tauq = new double[n];
        double[] taup = new double[n];
        bidiagonalize(bd, mb, n, d, e, tauq, taup, fast);
        Matrix ub = null;
        Matrix vtb = null;
        if (wantVectors) {
            ub = Matrix.identity(n);
            vtb = Matrix.identity(n);
        }
        boolean ok = bidiagonalSvd(n, d, e, vtb, ub);
        if (scl != 1) {
            for (int i = 0; i < n; i++) {
                d[i] /= scl;
            }
        }
        s = d;
        if (!wantVectors || !ok) {
            return ok;
        }
        // V^T = VTb P^T: the right reflectors applied from the right, last first.
        if (fast && n > 1) {
            FastKernels.applyQtRight(FastKernels.rowReflectors(bd, mb, 1, n - 1, n - 1), n - 1, n - 1, taup,
                    vtb.data, n, n, n);
        }
        for (int i = n - 2; i >= 0 && !fast; i--) {
            int vi = i + (i + 1) * mb;
            double saved = bd[vi];
            bd[vi] = 1.0;
            Householder.applyRight(n, n - i - 1, bd, vi, mb, taup[i], vtb.data, (i + 1) * n, n, fast);
            bd[vi] = saved;
        }
        vt = vtb;
        if (!qrFirst) {
            int cols = full ? m : n;
            Matrix c = new Matrix(m, cols);
            for (int j = 0; j < n; j++) {
                System.arraycopy(ub.data, j * n, c.data, j * m, n);
            }
            for (int j = n; j < cols; j++) {
                c.data[j + j * m] = 1.0;
            }
            applyQ(bd, m, n, tauq, c, fast);
            u = c;
        } else {
            Matrix c = ub;
            applyQ(bd, n, n, tauq, c, fast);
            if (!full && !fast && FusedMultiplyAdd.Installed.unit != null) {
                // Q formed over the factorization and Q C written over Q, row by row: no new m x n matrices.
                u = gemmRowsInPlace(qr.takeQ(), c);
                return true;
            }
            Matrix q = qr.getQ(full ? m : n);
            Matrix prod = gemm(q, c, n, fast);
            if (full) {
                Matrix uu = q.copy();
                System.arraycopy(prod.data, 0, uu.data, 0, m * n);
                u = uu;
            } else {
                u = prod;
            }
        }
        return true;
    }

    /** dgesdd for m &lt; n (a is m x n with m &lt; n, finite). */
    private boolean decomposeWide(Matrix a, boolean wantVectors, boolean full) {
        int m = a.rows;
        int n = a.cols;
        if (m == 0) {
            s = new double[0];
            if (wantVectors) {
                u = new Matrix(0, 0);
                vt = full ? Matrix.identity(n) : new Matrix(0, n);
            }
            return true;
        }
        boolean fast = FastKernels.large(m, n);
        double anrm = a.maxAbs();
        double smlnum = Math.sqrt(UNFL) / (2 * EPS);
        double bignum = 1 / smlnum;
        double scl = 1;
        if (anrm > 0 && anrm < smlnum) {
            scl = smlnum / anrm;
        } else if (anrm > bignum) {
            scl = bignum / anrm;
        }
        double[] w = a.data.clone();
        if (scl != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] *= scl;
            }
        }
        boolean lqFirst = n >= (int) (m * 11.0 / 6.0);
        double[] d = new double[m];
        double[] e = new double[Math.max(m - 1, 0)];
        double[] tauq = new double[m];
        double[] taup = new double[m];
        boolean ok;
        if (lqFirst) {
            // dgelq2: row reflectors, L in the lower triangle of the first m columns.
            double[] tl = new double[m];
            for (int i = 0; i < m; i++) {
                int ii = i + i * m;
                tl[i] = Householder.larfg(n - i, w, ii, i + Math.min(i + 1, n - 1) * m, m, fast);
                if (i < m - 1) {
                    double aii = w[ii];
                    w[ii] = 1.0;
                    Householder.applyRight(m - i - 1, n - i, w, ii, m, tl[i], w, ii + 1, m, fast);
                    w[ii] = aii;
                }
            }
            double[] l = new double[m * m];
            for (int j = 0; j < m; j++) {
                for (int i = j; i < m; i++) {
                    l[i + j * m] = w[i + j * m];
                }
            }
            bidiagonalize(l, m, m, d, e, tauq, taup, fast);
            Matrix ub = wantVectors ? Matrix.identity(m) : null;
            Matrix vtb = wantVectors ? Matrix.identity(m) : null;
            ok = bidiagonalSvd(m, d, e, vtb, ub);
            if (ok && wantVectors) {
                applyQ(l, m, m, tauq, ub, fast);
                applyPt(l, m, m, taup, vtb, fast);
                Matrix q = formLq(w, m, n, tl, full ? n : m, fast);
                Matrix prod = gemmRows(vtb, q, m, fast);
                if (full) {
                    for (int j = 0; j < n; j++) {
                        for (int i = 0; i < m; i++) {
                            q.data[i + j * n] = prod.data[i + j * m];
                        }
                    }
                    vt = q;
                } else {
                    vt = prod;
                }
                u = ub;
            }
        } else {
            bidiagonalizeLower(w, m, n, d, e, tauq, taup, fast);
            // dbdsdc('L'): rotate the lower bidiagonal to upper, remembering the rotations for U.
            double[] cs = new double[Math.max(m - 1, 0)];
            double[] sn = new double[Math.max(m - 1, 0)];
            for (int i = 0; i < m - 1; i++) {
                double[] g = Householder.lartg(d[i], e[i]);
                d[i] = g[2];
                e[i] = g[1] * d[i + 1];
                d[i + 1] = g[0] * d[i + 1];
                cs[i] = g[0];
                sn[i] = -g[1];
            }
            Matrix ub = wantVectors ? Matrix.identity(m) : null;
            Matrix vtb = wantVectors ? Matrix.identity(m) : null;
            ok = bidiagonalSvd(m, d, e, vtb, ub);
            if (ok && wantVectors) {
                // dlasr('L', 'V', 'B') on Ub's rows.
                double[][] ubRows = PlaneRotations.rowsOf(ub);
                PlaneRotations.apply(ubRows, 0, m, cs, sn, 0, false);
                PlaneRotations.setRows(ub, ubRows);
                // U = Q Ub: Q's reflectors act on rows i+1.. (v stored below the subdiagonal).
                for (int i = m - 2; i >= 0; i--) {
                    int vi = i + 1 + i * m;
                    double saved = w[vi];
                    w[vi] = 1.0;
                    Householder.applyLeft(m - i - 1, m, w, vi, 1, tauq[i], ub.data, i + 1, m, fast);
                    w[vi] = saved;
                }
                int rows = full ? n : m;
                Matrix c = new Matrix(rows, n);
                for (int j = 0; j < m; j++) {
                    for (int i = 0; i < m; i++) {
                        c.set(i, j, vtb.get(i, j));
                    }
                }
                for (int j = m; j < rows; j++) {
                    c.set(j, j, 1.0);
                }
                // V^T = C P^T: P's reflectors (rows of a) from the right, last first.
                for (int i = m - 1; i >= 0; i--) {
                    int vi = i + i * m;
                    double saved = w[vi];
                    w[vi] = 1.0;
                    Householder.applyRight(rows, n - i, w, vi, m, taup[i], c.data, i * rows, rows, fast);
                    w[vi] = saved;
                }
                u = ub;
                vt = c;
            }
        }
        if (scl != 1) {
            for (int i = 0; i < m; i++) {
                d[i] /= scl;
            }
        }
        s = d;
        return ok;
    }

    /** dbdsdc's small case for an upper bidiagonal: n = 1 puts the sign into U; else dbdsqr. */
    private static boolean bidiagonalSvd(int n, double[] d, double[] e, Matrix vt, Matrix u) {
        if (n == 1 && vt != null) {
            u.set(0, 0, Math.copySign(1.0, d[0]));
            d[0] = Math.abs(d[0]);
            return true;
        }
        return bdsqr(n, d, e, vt, u);
    }

    /** C := C P^T with P = G(0) ... G(n-2) from the right reflectors of {@link #bidiagonalize}. */
    private static void applyPt(double[] a, int m, int n, double[] taup, Matrix c, boolean fast) {
        if (fast) {
            if (n > 1) {
                FastKernels.applyQtRight(FastKernels.rowReflectors(a, m, 1, n - 1, n - 1), n - 1, n - 1, taup,
                        c.data, c.rows, c.rows, c.rows);
            }
            return;
        }
        for (int i = n - 2; i >= 0; i--) {
            int vi = i + (i + 1) * m;
            double saved = a[vi];
            a[vi] = 1.0;
            Householder.applyRight(c.rows, n - i - 1, a, vi, m, taup[i], c.data, (i + 1) * c.rows, c.rows,
                    fast);
            a[vi] = saved;
        }
    }

    static void bidiagonalizeLower(double[] a, int m, int n, double[] d, double[] e, double[] tauq, double[] taup) {
        bidiagonalizeLower(a, m, n, d, e, tauq, taup, false);
    }

    /** {@code dgebd2} for m &lt; n: lower bidiagonal (d, e), reflectors left in a. */
    static void bidiagonalizeLower(double[] a, int m, int n, double[] d, double[] e, double[] tauq, double[] taup,
            boolean fast) {
        for (int i = 0; i < m; i++) {
            int ii = i + i * m;
            taup[i] = Householder.larfg(n - i, a, ii, i + Math.min(i + 1, n - 1) * m, m, fast);
            d[i] = a[ii];
            if (i < m - 1) {
                a[ii] = 1.0;
                Householder.applyRight(m - i - 1, n - i, a, ii, m, taup[i], a, ii + 1, m, fast);
                a[ii] = d[i];
                int vi = i + 1 + i * m;
                tauq[i] = Householder.larfg(m - i - 1, a, vi, Math.min(i + 2, m - 1) + i * m, 1, fast);
                e[i] = a[vi];
                a[vi] = 1.0;
                Householder.applyLeft(m - i - 1, n - i - 1, a, vi, 1, tauq[i], a, vi + m, m, fast);
                a[vi] = e[i];
            } else {
                tauq[i] = 0;
            }
        }
    }

    /**
     * {@code dorgl2}: the first {@code rows} rows of H(k-1) ... H(0) from the LQ row reflectors in a
     * (m x n, k = m reflectors), rows past k starting as unit rows.
     */
    private static Matrix formLq(double[] a, int m, int n, double[] tau, int rows, boolean fast) {
        int k = m;
        Matrix q = new Matrix(rows, n);
        double[] qd = q.data;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < n; j++) {
                qd[i + j * rows] = a[i + j * m];
            }
        }
        for (int j = k; j < rows; j++) {
            qd[j + j * rows] = 1.0;
        }
        for (int i = k - 1; i >= 0; i--) {
            int ii = i + i * rows;
            if (i < n - 1) {
                if (i < rows - 1) {
                    qd[ii] = 1.0;
                    Householder.applyRight(rows - i - 1, n - i, qd, ii, rows, tau[i], qd, ii + 1, rows, fast);
                }
                double t = -tau[i];
                for (int j = i + 1; j < n; j++) {
                    qd[i + j * rows] *= t;
                }
            }
            qd[ii] = 1.0 - tau[i];
            for (int j = 0; j < i; j++) {
                qd[i + j * rows] = 0.0;
            }
        }
        return q;
    }

    /** c (m x m) times the first m rows of q (q.rows x n): FMA chains, the small dgemm's order. */
    private static Matrix gemmRows(Matrix c, Matrix q, int m, boolean fast) {
        int n = q.cols;
        Matrix r = new Matrix(m, n);
        if (fast) {
            FastKernels.gemm(true, m, n, m, c.data, 0, m, q.data, 0, q.rows, r.data, 0, m);
            return r;
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                double acc = 0.0;
                for (int p = 0; p < m; p++) {
                    acc = Kernels.fma(c.data[i + p * m], q.data[p + j * q.rows], acc);
                }
                r.data[i + j * m] = acc;
            }
        }
        return r;
    }

    /**
     * {@link #gemm}'s exact path with the product written over q (m x k, c k x k), a block of rows
     * at a time: each element the same chain over p in order, so the same bits.
     */
    private static Matrix gemmRowsInPlace(Matrix q, Matrix c) {
        int m = q.rows;
        int k = c.rows;
        int cols = c.cols; // = q.cols = k
        double[] qd = q.data;
        double[] cd = c.data;
        // A block of rows copied out, then its product column by column (independent chains down
        // each column, which the processor overlaps) written back over the block.
        int rows = Math.min(m, 64);
        double[] blk = new double[rows * k];
        double[] acc = new double[rows];
        for (int i0 = 0; i0 < m; i0 += rows) {
            int nb = Math.min(rows, m - i0);
            for (int p = 0; p < k; p++) {
                System.arraycopy(qd, i0 + p * m, blk, p * rows, nb);
            }
            for (int j = 0; j < cols; j++) {
                int cj = j * k;
                double c0 = cd[cj];
                for (int i = 0; i < nb; i++) {
                    acc[i] = Kernels.fmaFromZero(blk[i], c0);
                }
                for (int p = 1; p < k; p++) {
                    double cp = cd[p + cj];
                    int bp = p * rows;
                    for (int i = 0; i < nb; i++) {
                        acc[i] = Kernels.fma(blk[bp + i], cp, acc[i]);
                    }
                }
                System.arraycopy(acc, 0, qd, i0 + j * m, nb);
            }
        }
        return q;
    }

    /**
     * The first k columns of q times c (k x c.cols), each element an FMA chain over k in order, as
     * OpenBLAS's small-matrix dgemm kernel computes it.
     */
    private static Matrix gemm(Matrix q, Matrix c, int k, boolean fast) {
        int m = q.rows;
        Matrix r = new Matrix(m, c.cols);
        if (fast) {
            FastKernels.gemm(true, m, c.cols, k, q.data, 0, m, c.data, 0, c.rows, r.data, 0, m);
            return r;
        }
        // Column by column, each element's chain over p in order (the same operations as one
        // element at a time; the elements of a column are independent, so their chains overlap).
        double[] rd = r.data;
        if (k >= 2 && m >= Kernels.FmaColumn.MIN_LENGTH && FusedMultiplyAdd.Installed.unit == null) {
            // The same chains, two terms and then one at a time down each column (Kernels.FmaColumn).
            Kernels.FmaColumn f = new Kernels.FmaColumn(m);
            for (int j = 0; j < c.cols; j++) {
                int cj = j * c.rows;
                f.twoTerms(m, q.data, 0, c.data[cj], c.data[cj + 1], q.data, m, rd, j * m);
                for (int p = 2; p < k; p++) {
                    f.axpy(m, c.data[p + cj], q.data, p * m, rd, j * m);
                }
            }
            return r;
        }
        for (int j = 0; j < c.cols; j++) {
            int rj = j * m;
            for (int p = 0; p < k; p++) {
                double cp = c.data[p + j * c.rows];
                int qp = p * m;
                if (p == 0) {
                    for (int i = 0; i < m; i++) {
                        rd[rj + i] = Kernels.fmaFromZero(q.data[qp + i], cp);
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        rd[rj + i] = Kernels.fma(q.data[qp + i], cp, rd[rj + i]);
                    }
                }
            }
        }
        return r;
    }

    /** Singular values, descending. */
    public double[] getSingularValues() {
        return s.clone();
    }

    /** Left singular vectors as columns. */
    public Matrix getU() {
        return u;
    }

    /** Right singular vectors as rows (NumPy's Vh). */
    public Matrix getVt() {
        return vt;
    }

    /** C := Q C with Q = H(0) ... H(n-1) from the left reflectors of {@link #bidiagonalize}. */
    private static void applyQ(double[] a, int m, int n, double[] tauq, Matrix c, boolean fast) {
        if (fast) {
            FastKernels.applyQLeft(FastKernels.columnReflectors(a, m, 0, m, n), m, n, tauq, c.data, 0, m, c.cols);
            return;
        }
        for (int i = n - 1; i >= 0; i--) {
            int vi = i + i * m;
            double saved = a[vi];
            a[vi] = 1.0;
            Householder.applyLeft(m - i, c.cols, a, vi, 1, tauq[i], c.data, i, m, fast);
            a[vi] = saved;
        }
    }

    static void bidiagonalize(double[] a, int m, int n, double[] d, double[] e, double[] tauq, double[] taup) {
        bidiagonalize(a, m, n, d, e, tauq, taup, false);
    }

    /** {@code dgebd2} for m &gt;= n: upper bidiagonal (d, e), reflectors left in a. */
    static void bidiagonalize(double[] a, int m, int n, double[] d, double[] e, double[] tauq, double[] taup,
            boolean fast) {
        if (fast && FastKernels.bidiagonalizeOnPlatform(a, m, n, d, e, tauq, taup)) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int ii = i + i * m;
            tauq[i] = Householder.larfg(m - i, a, ii, Math.min(i + 1, m - 1) + i * m, 1, fast);
            d[i] = a[ii];
            if (i < n - 1) {
                a[ii] = 1.0;
                Householder.applyLeft(m - i, n - i - 1, a, ii, 1, tauq[i], a, ii + m, m, fast);
                a[ii] = d[i];
                int vi = i + (i + 1) * m;
                taup[i] = Householder.larfg(n - i - 1, a, vi, i + Math.min(i + 2, n - 1) * m, m, fast);
                e[i] = a[vi];
                a[vi] = 1.0;
                Householder.applyRight(m - i - 1, n - i - 1, a, vi, m, taup[i], a, i + 1 + (i + 1) * m, m,
                        fast);
                a[vi] = e[i];
            } else {
                taup[i] = 0;
            }
        }
    }

    /**
     * {@code dbdsqr} for an upper bidiagonal matrix: singular values into d (descending), rotations
     * applied to the rows of vt and the columns of u when they are not null.
     */
    static boolean bdsqr(int n, double[] d, double[] e, Matrix vt, Matrix u) {
        return bdsqr(n, d, e, vt, u, null);
    }

    /**
     * {@code dbdsqr} with a matrix C (n rows) as well: the left rotations applied to its rows, as to
     * U's columns ({@code dlasdq}'s use for least squares). Any of vt, u, c may be null.
     */
    static boolean bdsqr(int n, double[] d, double[] e, Matrix vt, Matrix u, Matrix c) {
        // The rotated vectors as separate arrays (PlaneRotations): the rows of V^T and C, U's columns.
        double[][] vr = vt == null ? null : PlaneRotations.rowsOf(vt);
        double[][] uc = u == null ? null : PlaneRotations.columnsOf(u);
        double[][] cr = c == null ? null : PlaneRotations.rowsOf(c);
        boolean ok = bdsqr(n, d, e, vr, uc, cr);
        if (vt != null) {
            PlaneRotations.setRows(vt, vr);
        }
        if (u != null) {
            PlaneRotations.setColumns(u, uc);
        }
        if (c != null) {
            PlaneRotations.setRows(c, cr);
        }
        return ok;
    }

    /** {@link #bdsqr} on the rows of V^T (vt[i]), the columns of U (u[j]) and the rows of C (c[i]). */
    private static boolean bdsqr(int n, double[] d, double[] e, double[][] vt, double[][] u, double[][] c) {
        if (n == 0) {
            return true;
        }
        boolean rotate = vt != null || u != null || c != null;
        if (!rotate) {
            // dbdsqr without vectors hands over to dlasq1 (dqds).
            double[] d0 = d.clone();
            double[] e0 = e.clone();
            if (Dqds.singularValues(n, d, e)) {
                return true;
            }
            System.arraycopy(d0, 0, d, 0, n);
            System.arraycopy(e0, 0, e, 0, e.length);
        }
        if (n > 1) {
            int nm1 = n - 1;
            // The vectors in the platform's rotation kernel during the iteration, if it takes them.
            PlaneRotations.Rotated rvt = vt == null ? null : new PlaneRotations.Rotated(vt);
            PlaneRotations.Rotated ru = u == null ? null : new PlaneRotations.Rotated(u);
            PlaneRotations.Rotated rc = c == null ? null : new PlaneRotations.Rotated(c);
            double[] w0 = new double[nm1];
            double[] w1 = new double[nm1];
            double[] w2 = new double[nm1];
            double[] w3 = new double[nm1];
            double[] rot = new double[3];
            double tolmul = Math.max(10.0, Math.min(100.0, Math.pow(EPS, -0.125)));
            double tol = tolmul * EPS;
            double smax = 0;
            for (int i = 0; i < n; i++) {
                smax = Math.max(smax, Math.abs(d[i]));
            }
            for (int i = 0; i < n - 1; i++) {
                smax = Math.max(smax, Math.abs(e[i]));
            }
            double sminoa = Math.abs(d[0]);
            if (sminoa != 0) {
                double mu = sminoa;
                for (int i = 1; i < n; i++) {
                    mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
                    sminoa = Math.min(sminoa, mu);
                    if (sminoa == 0) {
                        break;
                    }
                }
            }
            sminoa = sminoa / Math.sqrt(n);
            double thresh = Math.max(tol * sminoa, MAXITR * (n * (n * UNFL)));
            int maxitdivn = MAXITR * n;
            int iterdivn = 0;
            int iter = -1;
            int oldll = -1;
            int oldm = -1;
            int idir = 0;
            double smin = 0;
            // 1-based indices below, as in the algorithm's description: d(i) = d[i - 1].
            int m = n;
            while (m > 1) {
                if (iter >= n) {
                    iter -= n;
                    iterdivn++;
                    if (iterdivn >= maxitdivn) {
                        unload(rvt, ru, rc);
                        return false;
                    }
                }
                smax = Math.abs(d[m - 1]);
                int ll = 0;
                boolean split = false;
                for (int lll = 1; lll <= m - 1; lll++) {
                    ll = m - lll;
                    double abss = Math.abs(d[ll - 1]);
                    double abse = Math.abs(e[ll - 1]);
                    if (abse <= thresh) {
                        split = true;
                        break;
                    }
                    smax = Math.max(smax, Math.max(abss, abse));
                }
                if (split) {
                    e[ll - 1] = 0;
                    if (ll == m - 1) {
                        m--;
                        continue;
                    }
                } else {
                    ll = 0;
                }
                ll++;
                if (ll == m - 1) {
                    double[] sv = lasv2(d[m - 2], e[m - 2], d[m - 1]);
                    d[m - 2] = sv[1];
                    e[m - 2] = 0;
                    d[m - 1] = sv[0];
                    if (rvt != null) {
                        rvt.rot(m - 2, m - 1, sv[3], sv[2]);
                    }
                    if (ru != null) {
                        ru.rot(m - 2, m - 1, sv[5], sv[4]);
                    }
                    if (rc != null) {
                        rc.rot(m - 2, m - 1, sv[5], sv[4]);
                    }
                    m -= 2;
                    continue;
                }
                if (ll > oldm || m < oldll) {
                    idir = Math.abs(d[ll - 1]) >= Math.abs(d[m - 1]) ? 1 : 2;
                }
                boolean restart = false;
                if (idir == 1) {
                    if (Math.abs(e[m - 2]) <= Math.abs(tol) * Math.abs(d[m - 1])) {
                        e[m - 2] = 0;
                        continue;
                    }
                    double mu = Math.abs(d[ll - 1]);
                    smin = mu;
                    for (int lll = ll; lll <= m - 1; lll++) {
                        if (Math.abs(e[lll - 1]) <= tol * mu) {
                            e[lll - 1] = 0;
                            restart = true;
                            break;
                        }
                        mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll - 1])));
                        smin = Math.min(smin, mu);
                    }
                } else {
                    if (Math.abs(e[ll - 1]) <= Math.abs(tol) * Math.abs(d[ll - 1])) {
                        e[ll - 1] = 0;
                        continue;
                    }
                    double mu = Math.abs(d[m - 1]);
                    smin = mu;
                    for (int lll = m - 1; lll >= ll; lll--) {
                        if (Math.abs(e[lll - 1]) <= tol * mu) {
                            e[lll - 1] = 0;
                            restart = true;
                            break;
                        }
                        mu = Math.abs(d[lll - 1]) * (mu / (mu + Math.abs(e[lll - 1])));
                        smin = Math.min(smin, mu);
                    }
                }
                if (restart) {
                    continue;
                }
                oldll = ll;
                oldm = m;
                double shift;
                if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) {
                    shift = 0;
                } else {
                    double sll;
                    if (idir == 1) {
                        sll = Math.abs(d[ll - 1]);
                        shift = las2(d[m - 2], e[m - 2], d[m - 1]);
                    } else {
                        sll = Math.abs(d[m - 1]);
                        shift = las2(d[ll - 1], e[ll - 1], d[ll]);
                    }
                    if (sll > 0) {
                        double q = shift / sll;
                        if (q * q < EPS) {
                            shift = 0;
                        }
                    }
                }
                iter += m - ll;
                int cnt = m - ll + 1;
                if (shift == 0) {
                    if (idir == 1) {
                        double cs = 1;
                        double oldcs = 1;
                        double oldsn = 0;
                        for (int i = ll; i <= m - 1; i++) {
                            Householder.lartg(d[i - 1] * cs, e[i - 1], rot);
                            cs = rot[0];
                            double sn = rot[1];
                            double r = rot[2];
                            if (i > ll) {
                                e[i - 2] = oldsn * r;
                            }
                            Householder.lartg(oldcs * r, d[i] * sn, rot);
                            oldcs = rot[0];
                            oldsn = rot[1];
                            d[i - 1] = rot[2];
                            w0[i - ll] = cs;
                            w1[i - ll] = sn;
                            w2[i - ll] = oldcs;
                            w3[i - ll] = oldsn;
                        }
                        double h = d[m - 1] * cs;
                        d[m - 1] = h * oldcs;
                        e[m - 2] = h * oldsn;
                        applyForward(rvt, ru, rc, ll - 1, cnt, w0, w1, w2, w3);
                        if (Math.abs(e[m - 2]) <= thresh) {
                            e[m - 2] = 0;
                        }
                    } else {
                        double cs = 1;
                        double oldcs = 1;
                        double oldsn = 0;
                        for (int i = m; i >= ll + 1; i--) {
                            Householder.lartg(d[i - 1] * cs, e[i - 2], rot);
                            cs = rot[0];
                            double sn = rot[1];
                            double r = rot[2];
                            if (i < m) {
                                e[i - 1] = oldsn * r;
                            }
                            Householder.lartg(oldcs * r, d[i - 2] * sn, rot);
                            oldcs = rot[0];
                            oldsn = rot[1];
                            d[i - 1] = rot[2];
                            w0[i - ll - 1] = cs;
                            w1[i - ll - 1] = -sn;
                            w2[i - ll - 1] = oldcs;
                            w3[i - ll - 1] = -oldsn;
                        }
                        double h = d[ll - 1] * cs;
                        d[ll - 1] = h * oldcs;
                        e[ll - 1] = h * oldsn;
                        applyBackward(rvt, ru, rc, ll - 1, cnt, w2, w3, w0, w1);
                        if (Math.abs(e[ll - 1]) <= thresh) {
                            e[ll - 1] = 0;
                        }
                    }
                } else {
                    if (idir == 1) {
                        double f = (Math.abs(d[ll - 1]) - shift)
                                * (Math.copySign(1.0, d[ll - 1]) + shift / d[ll - 1]);
                        double g = e[ll - 1];
                        for (int i = ll; i <= m - 1; i++) {
                            Householder.lartg(f, g, rot);
                            double cosr = rot[0];
                            double sinr = rot[1];
                            if (i > ll) {
                                e[i - 2] = rot[2];
                            }
                            f = cosr * d[i - 1] + sinr * e[i - 1];
                            e[i - 1] = cosr * e[i - 1] - sinr * d[i - 1];
                            g = sinr * d[i];
                            d[i] = cosr * d[i];
                            Householder.lartg(f, g, rot);
                            double cosl = rot[0];
                            double sinl = rot[1];
                            d[i - 1] = rot[2];
                            f = cosl * e[i - 1] + sinl * d[i];
                            d[i] = cosl * d[i] - sinl * e[i - 1];
                            if (i < m - 1) {
                                g = sinl * e[i];
                                e[i] = cosl * e[i];
                            }
                            w0[i - ll] = cosr;
                            w1[i - ll] = sinr;
                            w2[i - ll] = cosl;
                            w3[i - ll] = sinl;
                        }
                        e[m - 2] = f;
                        applyForward(rvt, ru, rc, ll - 1, cnt, w0, w1, w2, w3);
                        if (Math.abs(e[m - 2]) <= thresh) {
                            e[m - 2] = 0;
                        }
                    } else {
                        double f = (Math.abs(d[m - 1]) - shift)
                                * (Math.copySign(1.0, d[m - 1]) + shift / d[m - 1]);
                        double g = e[m - 2];
                        for (int i = m; i >= ll + 1; i--) {
                            Householder.lartg(f, g, rot);
                            double cosr = rot[0];
                            double sinr = rot[1];
                            if (i < m) {
                                e[i - 1] = rot[2];
                            }
                            f = cosr * d[i - 1] + sinr * e[i - 2];
                            e[i - 2] = cosr * e[i - 2] - sinr * d[i - 1];
                            g = sinr * d[i - 2];
                            d[i - 2] = cosr * d[i - 2];
                            Householder.lartg(f, g, rot);
                            double cosl = rot[0];
                            double sinl = rot[1];
                            d[i - 1] = rot[2];
                            f = cosl * e[i - 2] + sinl * d[i - 2];
                            d[i - 2] = cosl * d[i - 2] - sinl * e[i - 2];
                            if (i > ll + 1) {
                                g = sinl * e[i - 3];
                                e[i - 3] = cosl * e[i - 3];
                            }
                            w0[i - ll - 1] = cosr;
                            w1[i - ll - 1] = -sinr;
                            w2[i - ll - 1] = cosl;
                            w3[i - ll - 1] = -sinl;
                        }
                        e[ll - 1] = f;
                        if (Math.abs(e[ll - 1]) <= thresh) {
                            e[ll - 1] = 0;
                        }
                        applyBackward(rvt, ru, rc, ll - 1, cnt, w2, w3, w0, w1);
                    }
                }
            }
            unload(rvt, ru, rc);
        }
        // Make the singular values positive (flipping rows of V^T), then sort descending.
        for (int i = 0; i < n; i++) {
            if (d[i] == 0) {
                d[i] = 0.0;
            }
            if (d[i] < 0) {
                d[i] = -d[i];
                if (vt != null) {
                    for (int j = 0; j < vt[i].length; j++) {
                        vt[i][j] = -vt[i][j];
                    }
                }
            }
        }
        for (int i = 1; i <= n - 1; i++) {
            int isub = 1;
            double mn = d[0];
            for (int j = 2; j <= n + 1 - i; j++) {
                if (d[j - 1] <= mn) {
                    isub = j;
                    mn = d[j - 1];
                }
            }
            int last = n + 1 - i;
            if (isub != last) {
                d[isub - 1] = d[last - 1];
                d[last - 1] = mn;
                swap(vt, isub - 1, last - 1);
                swap(u, isub - 1, last - 1);
                swap(c, isub - 1, last - 1);
            }
        }
        return true;
    }

    /** The rotated vectors back in their arrays (from the platform's rotation kernel, if it held them). */
    private static void unload(PlaneRotations.Rotated vt, PlaneRotations.Rotated u, PlaneRotations.Rotated c) {
        if (vt != null) {
            vt.unload();
        }
        if (u != null) {
            u.unload();
        }
        if (c != null) {
            c.unload();
        }
    }

    private static void swap(double[][] a, int i, int j) {
        if (a != null) {
            double[] t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The forward sweep's rotations: (c1, s1) on the rows of V^T, (c2, s2) on U's columns and C's rows. */
    private static void applyForward(PlaneRotations.Rotated vt, PlaneRotations.Rotated u, PlaneRotations.Rotated c,
            int from, int cnt, double[] c1, double[] s1, double[] c2, double[] s2) {
        apply(vt, u, c, from, cnt, c1, s1, c2, s2, true);
    }

    /** The backward sweep's rotations: (c1, s1) on the rows of V^T, (c2, s2) on U's columns and C's rows. */
    private static void applyBackward(PlaneRotations.Rotated vt, PlaneRotations.Rotated u, PlaneRotations.Rotated c,
            int from, int cnt, double[] c1, double[] s1, double[] c2, double[] s2) {
        apply(vt, u, c, from, cnt, c1, s1, c2, s2, false);
    }

    private static void apply(PlaneRotations.Rotated vt, PlaneRotations.Rotated u, PlaneRotations.Rotated c, int from,
            int cnt, double[] c1, double[] s1, double[] c2, double[] s2, boolean forward) {
        if (vt != null) {
            vt.apply(from, cnt, c1, s1, 0, forward);
        }
        if (u != null) {
            u.apply(from, cnt, c2, s2, 0, forward);
        }
        if (c != null) {
            c.apply(from, cnt, c2, s2, 0, forward);
        }
    }

    /** {@code dlas2}: the smaller singular value of [[f, g], [0, h]]. */
    static double las2(double f, double g, double h) {
        return las2Both(f, g, h)[0];
    }

    /** {@code dlas2}: {ssmin, ssmax} of [[f, g], [0, h]]. */
    static double[] las2Both(double f, double g, double h) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhmn = Math.min(fa, ha);
        double fhmx = Math.max(fa, ha);
        if (fhmn == 0) {
            if (fhmx == 0) {
                return new double[] {0, ga};
            }
            double mx = Math.max(fhmx, ga);
            double q = Math.min(fhmx, ga) / mx;
            return new double[] {0, mx * Math.sqrt(1 + q * q)};
        }
        if (ga < fhmx) {
            double as = 1 + fhmn / fhmx;
            double at = (fhmx - fhmn) / fhmx;
            double au = (ga / fhmx) * (ga / fhmx);
            double c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
            return new double[] {fhmn * c, fhmx / c};
        }
        double au = fhmx / ga;
        if (au == 0) {
            return new double[] {(fhmn * fhmx) / ga, ga};
        }
        double as = 1 + fhmn / fhmx;
        double at = (fhmx - fhmn) / fhmx;
        double c = 1 / (Math.sqrt(1 + (as * au) * (as * au)) + Math.sqrt(1 + (at * au) * (at * au)));
        double ssmin = (fhmn * c) * au;
        return new double[] {ssmin + ssmin, ga / (c + c)};
    }

    /**
     * {@code dlasv2}: SVD of [[f, g], [0, h]]. Returns {ssmin, ssmax, snr, csr, snl, csl}.
     */
    static double[] lasv2(double f, double g, double h) {
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        int pmax = 1;
        boolean swap = ha > fa;
        if (swap) {
            pmax = 3;
            double temp = ft;
            ft = ht;
            ht = temp;
            temp = fa;
            fa = ha;
            ha = temp;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double ssmin;
        double ssmax;
        double clt;
        double crt;
        double slt;
        double srt;
        if (ga == 0) {
            ssmin = ha;
            ssmax = fa;
            clt = 1;
            crt = 1;
            slt = 0;
            srt = 0;
        } else {
            boolean gasmal = true;
            ssmin = 0;
            ssmax = 0;
            clt = 0;
            crt = 0;
            slt = 0;
            srt = 0;
            if (ga > fa) {
                pmax = 2;
                if ((fa / ga) < EPS) {
                    gasmal = false;
                    ssmax = ga;
                    if (ha > 1) {
                        ssmin = fa / (ga / ha);
                    } else {
                        ssmin = (fa / ga) * ha;
                    }
                    clt = 1;
                    slt = ht / gt;
                    srt = 1;
                    crt = ft / gt;
                }
            }
            if (gasmal) {
                double dd = fa - ha;
                double l = dd == fa ? 1.0 : dd / fa;
                double mm0 = gt / ft;
                double t = 2 - l;
                double mm = mm0 * mm0;
                double tt = t * t;
                double sv = Math.sqrt(tt + mm);
                double r = l == 0 ? Math.abs(mm0) : Math.sqrt(l * l + mm);
                double aa = 0.5 * (sv + r);
                ssmin = ha / aa;
                ssmax = fa * aa;
                if (mm == 0) {
                    if (l == 0) {
                        t = Math.copySign(2.0, ft) * Math.copySign(1.0, gt);
                    } else {
                        t = gt / Math.copySign(dd, ft) + mm0 / t;
                    }
                } else {
                    t = (mm0 / (sv + t) + mm0 / (r + l)) * (1 + aa);
                }
                l = Math.sqrt(t * t + 4);
                crt = 2 / l;
                srt = t / l;
                clt = (crt + srt * mm0) / aa;
                slt = (ht / ft) * srt / aa;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign;
        if (pmax == 1) {
            tsign = Math.copySign(1.0, csr) * Math.copySign(1.0, csl) * Math.copySign(1.0, f);
        } else if (pmax == 2) {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, csl) * Math.copySign(1.0, g);
        } else {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, snl) * Math.copySign(1.0, h);
        }
        ssmax = Math.copySign(ssmax, tsign);
        ssmin = Math.copySign(ssmin, tsign * Math.copySign(1.0, f) * Math.copySign(1.0, h));
        return new double[] {ssmin, ssmax, snr, csr, snl, csl};
    }
}
