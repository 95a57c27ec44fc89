package basis.engine.nd.linalg;

/**
 * Eigen decomposition A = V diag(w) V^T of a real symmetric matrix, read from one triangle, in the
 * steps LAPACK's {@code dsyevd} takes for small matrices: Householder reduction to tridiagonal form
 * ({@code dsytd2}, through the reproduced OpenBLAS symv/dot/axpy/syr2 kernels); with vectors the
 * implicit QL/QR iteration with Wilkinson shifts on the identity ({@code dsteqr}) and the reflectors
 * applied to it ({@code dormtr}); eigenvalues alone by the root-free variant ({@code dsterf}).
 * Eigenvalues ascending. For n up to 25 (where NumPy's LAPACK switches to divide and conquer) this
 * is NumPy's arithmetic, so values and vectors (signs included) normally agree bit for bit.
 * Large matrices ({@link FastKernels#large}) take the same steps in plain arithmetic
 * ({@link #tridiagonalizeFast}, the fast reflector applications); signs of the vectors then follow
 * the same conventions but may differ from NumPy's where its own rounding decides them.
 */
public final class SymmetricEigen {
    private static final int MAXIT = 30;
    private static final double EPS = 0x1p-53;
    private static final double SAFMIN = Double.MIN_NORMAL;

    private double[] values;
    private Matrix vectors;

    /**
     * Decomposes the symmetric matrix given by the lower ({@code lower = true}) or upper triangle
     * of {@code a}.
     *
     * @param wantVectors false to compute eigenvalues only
     * @return false if the iteration did not converge
     */
    public boolean decompose(Matrix a, boolean lower, boolean wantVectors) {
        int n = a.rows;
        if (a.cols != n) {
            throw new IllegalArgumentException("eigen decomposition needs a square matrix");
        }
        values = new double[n];
        vectors = wantVectors ? new Matrix(n, n) : null;
        if (n == 0) {
            return true;
        }
        // The lower triangle of the symmetric matrix (mirroring the upper one if that is given).
        Matrix s = new Matrix(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                s.set(i, j, lower ? a.get(i, j) : a.get(j, i));
            }
        }
        if (n == 1) {
            values[0] = s.get(0, 0);
            if (wantVectors) {
                vectors.set(0, 0, 1.0);
            }
            return true;
        }
        // Scale into a safe range as dsyevd does.
        double anrm = 0;
        for (double v : s.data) {
            double av = Math.abs(v);
            if (av > anrm || av != av) {
                anrm = av;
            }
        }
        double rmin = Math.sqrt(SAFMIN / EPS / 2);
        double rmax = Math.sqrt(1 / (SAFMIN / EPS / 2));
        double sigma = 1;
        if (anrm > 0 && anrm < rmin) {
            sigma = rmin / anrm;
        } else if (anrm > rmax) {
            sigma = rmax / anrm;
        }
        if (sigma != 1) {
            for (int i = 0; i < s.data.length; i++) {
                s.data[i] *= sigma;
            }
        }
        double[] d = new double[n];
        double[] e = new double[n - 1];
        double[] tau = new double[n - 1];
        boolean fast = FastKernels.large(n, n);
        if (fast) {
            tridiagonalizeFast(s.data, n, d, e, tau);
        } else {
            tridiagonalize(s.data, n, d, e, tau);
        }
        Matrix z = null;
        if (wantVectors) {
            z = Matrix.identity(n);
        }
        boolean ok = wantVectors ? steqr(n, d, e, z) : sterf(n, d, e);
        if (sigma != 1) {
            for (int i = 0; i < n; i++) {
                d[i] /= sigma;
            }
        }
        values = d;
        if (wantVectors) {
            // dormtr: Z := Q Z, the reflectors applied from the left, last first.
            double[] q = s.data;
            if (fast) {
                FastKernels.applyQLeft(FastKernels.columnReflectors(q, n, 1, n - 1, n - 1), n - 1, n - 1, tau,
                        z.data, 1, n, n);
            }
            for (int i = n - 2; i >= 0 && !fast; i--) {
                int vi = i + 1 + i * n;
                double saved = q[vi];
                q[vi] = 1.0;
                Householder.applyLeft(n - i - 1, n, q, vi, 1, tau[i], z.data, i + 1, n);
                q[vi] = saved;
            }
            vectors = z;
        }
        return ok;
    }

    /** Eigenvalues in ascending order. */
    public double[] getValues() {
        return values.clone();
    }

    /** Orthonormal eigenvectors as columns, in the order of {@link #getValues()}. */
    public Matrix getVectors() {
        return vectors;
    }

    /**
     * {@code dsytd2('L')}: reduces the lower triangle in a (n x n, column-major) to tridiagonal form
     * T = Q^T A Q; diagonal into d, subdiagonal into e, reflectors left below the subdiagonal.
     */
    static void tridiagonalize(double[] a, int n, double[] d, double[] e, double[] tau) {
        double[] w = new double[n];
        for (int i = 0; i < n - 1; i++) {
            int len = n - i - 1;
            int vi = i + 1 + i * n; // v starts at A(i+1, i)
            double taui = Householder.larfg(len, a, vi, Math.min(i + 2, n - 1) + i * n, 1);
            e[i] = a[vi];
            if (taui != 0) {
                a[vi] = 1.0;
                int a22 = i + 1 + (i + 1) * n;
                // w = taui * A22 v (dsymv, lower triangle), then w += alpha v with
                // alpha = -taui/2 (w . v) (ddot, daxpy), then A22 -= v w^T + w v^T (dsyr2).
                java.util.Arrays.fill(w, 0, len, 0.0);
                Kernels.symvL(len, taui, a, a22, n, a, vi, w, 0);
                double alpha = -0.5 * taui * Kernels.dot(len, w, 0, 1, a, vi, 1);
                Kernels.axpy(len, alpha, a, vi, w, 0);
                for (int c = 0; c < len; c++) {
                    double t1 = -a[vi + c];
                    int col = a22 + c * n;
                    for (int r = c; r < len; r++) {
                        a[col + r] = Kernels.fma(t1, w[r], a[col + r]);
                    }
                    double t2 = -w[c];
                    for (int r = c; r < len; r++) {
                        a[col + r] = Kernels.fma(t2, a[vi + r], a[col + r]);
                    }
                }
                a[vi] = e[i];
            }
            d[i] = a[i + i * n];
            tau[i] = taui;
        }
        d[n - 1] = a[n * n - 1];
    }

    /**
     * {@link #tridiagonalize} in plain arithmetic for large matrices: the same reflectors, with
     * w = A22 v (lower triangle, each column read once for its axpy and its dot), then
     * w := tau w - (tau^2 / 2)(w . v) v and the rank-2 update, column by column.
     */
    static void tridiagonalizeFast(double[] a, int n, double[] d, double[] e, double[] tau) {
        // v, w and the current column of A22 share their indices (rows of A22), see FastKernels.
        double[] w = new double[n];
        double[] v = new double[n];
        double[] col = new double[n];
        for (int i = 0; i < n - 1; i++) {
            int len = n - i - 1;
            int vi = i + 1 + i * n;
            double taui = Householder.larfg(len, a, vi, Math.min(i + 2, n - 1) + i * n, 1, true);
            e[i] = a[vi];
            if (taui != 0) {
                a[vi] = 1.0;
                System.arraycopy(a, vi, v, 0, len);
                java.util.Arrays.fill(w, 0, len, 0.0);
                int a22 = i + 1 + (i + 1) * n;
                for (int c = 0; c < len; c++) {
                    int cc = a22 + c * n;
                    System.arraycopy(a, cc + c, col, c, len - c);
                    double vc = v[c];
                    FastKernels.axpyRange(vc, col, w, c + 1, len);
                    w[c] += col[c] * vc + FastKernels.dotRange(col, v, c + 1, len);
                }
                for (int r = 0; r < len; r++) {
                    w[r] *= taui;
                }
                double alpha = -0.5 * taui * FastKernels.dotRange(w, v, 0, len);
                FastKernels.axpyRange(alpha, v, w, 0, len);
                for (int c = 0; c < len; c++) {
                    int cc = a22 + c * n;
                    double t1 = v[c];
                    double t2 = w[c];
                    System.arraycopy(a, cc + c, col, c, len - c);
                    for (int r = c; r < len; r++) {
                        col[r] = (col[r] - v[r] * t2) - w[r] * t1;
                    }
                    System.arraycopy(col, c, a, cc + c, len - c);
                }
                a[vi] = e[i];
            }
            d[i] = a[i + i * n];
            tau[i] = taui;
        }
        d[n - 1] = a[n * n - 1];
    }

    /**
     * {@code dsteqr}: eigenvalues (into d, ascending) of the symmetric tridiagonal matrix (d, e), and
     * with z != null the rotations applied to z's columns. Returns false if not converged.
     */
    static boolean steqr(int n, double[] d, double[] e, Matrix z) {
        // Z's columns as separate arrays for the rotations (PlaneRotations).
        double[][] zc = z == null ? null : PlaneRotations.columnsOf(z);
        boolean ok = steqr(n, d, e, zc);
        if (z != null) {
            PlaneRotations.setColumns(z, zc);
        }
        return ok;
    }

    /** {@link #steqr} on the columns z[j] of Z. */
    private static boolean steqr(int n, double[] d, double[] e, double[][] z) {
        if (n <= 1) {
            return true;
        }
        double eps2 = EPS * EPS;
        double safmax = 1 / SAFMIN;
        double ssfmax = Math.sqrt(safmax) / 3;
        double ssfmin = Math.sqrt(SAFMIN) / eps2;
        int nmaxit = n * MAXIT;
        int jtot = 0;
        double[] cw = new double[n];
        double[] sw = new double[n];
        int l1 = 0;
        while (true) {
            if (l1 > n - 1) {
                break;
            }
            if (l1 > 0) {
                e[l1 - 1] = 0;
            }
            int m = n - 1;
            for (int mm = l1; mm < n - 1; mm++) {
                double tst = Math.abs(e[mm]);
                if (tst == 0) {
                    m = mm;
                    break;
                }
                if (tst <= Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1])) * EPS) {
                    e[mm] = 0;
                    m = mm;
                    break;
                }
            }
            int l = l1;
            int lsv = l;
            int lend = m;
            int lendsv = lend;
            l1 = m + 1;
            if (lend == l) {
                continue;
            }
            // Scale the block l..lend.
            double anorm = 0;
            for (int i = l; i <= lend; i++) {
                anorm = maxNaN(anorm, Math.abs(d[i]));
            }
            for (int i = l; i < lend; i++) {
                anorm = maxNaN(anorm, Math.abs(e[i]));
            }
            int iscale = 0;
            if (anorm == 0) {
                continue;
            }
            if (anorm != anorm) {
                return false;
            }
            if (anorm > ssfmax) {
                iscale = 1;
                scale(d, e, l, lend, ssfmax / anorm);
            } else if (anorm < ssfmin) {
                iscale = 2;
                scale(d, e, l, lend, ssfmin / anorm);
            }
            if (Math.abs(d[lend]) < Math.abs(d[l])) {
                lend = lsv;
                l = lendsv;
            }
            if (lend > l) {
                // QL iteration: look for a small subdiagonal element from the top.
                while (true) {
                    int mm = lend;
                    if (l != lend) {
                        for (int i = l; i < lend; i++) {
                            double tst = Math.abs(e[i]);
                            tst *= tst;
                            if (tst <= (eps2 * Math.abs(d[i])) * Math.abs(d[i + 1]) + SAFMIN) {
                                mm = i;
                                break;
                            }
                        }
                    }
                    m = mm;
                    if (m < lend) {
                        e[m] = 0;
                    }
                    double p = d[l];
                    if (m == l) {
                        d[l] = p;
                        l++;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l + 1) {
                        double[] ev = laev2(d[l], e[l], d[l + 1]);
                        if (z != null) {
                            cw[l] = ev[2];
                            sw[l] = ev[3];
                            rotateBackward(z, l, 2, cw, sw, l);
                        }
                        d[l] = ev[0];
                        d[l + 1] = ev[1];
                        e[l] = 0;
                        l += 2;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    double g = (d[l + 1] - p) / (2 * e[l]);
                    double r = Householder.lapy2(g, 1.0);
                    g = d[m] - p + (e[l] / (g + Math.copySign(r, g)));
                    double s = 1;
                    double c = 1;
                    p = 0;
                    for (int i = m - 1; i >= l; i--) {
                        double f = s * e[i];
                        double b = c * e[i];
                        double[] rot = Householder.lartg(g, f);
                        c = rot[0];
                        s = rot[1];
                        r = rot[2];
                        if (i != m - 1) {
                            e[i + 1] = r;
                        }
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                        if (z != null) {
                            cw[i] = c;
                            sw[i] = -s;
                        }
                    }
                    if (z != null) {
                        rotateBackward(z, l, m - l + 1, cw, sw, l);
                    }
                    d[l] = d[l] - p;
                    e[l] = g;
                }
            } else {
                // QR iteration: look for a small subdiagonal element from the bottom.
                while (true) {
                    int mm = lend;
                    if (l != lend) {
                        for (int i = l; i > lend; i--) {
                            double tst = Math.abs(e[i - 1]);
                            tst *= tst;
                            if (tst <= (eps2 * Math.abs(d[i])) * Math.abs(d[i - 1]) + SAFMIN) {
                                mm = i;
                                break;
                            }
                        }
                    }
                    m = mm;
                    if (m > lend) {
                        e[m - 1] = 0;
                    }
                    double p = d[l];
                    if (m == l) {
                        d[l] = p;
                        l--;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l - 1) {
                        double[] ev = laev2(d[l - 1], e[l - 1], d[l]);
                        if (z != null) {
                            cw[m] = ev[2];
                            sw[m] = ev[3];
                            rotateForward(z, l - 1, 2, cw, sw, m);
                        }
                        d[l - 1] = ev[0];
                        d[l] = ev[1];
                        e[l - 1] = 0;
                        l -= 2;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    double g = (d[l - 1] - p) / (2 * e[l - 1]);
                    double r = Householder.lapy2(g, 1.0);
                    g = d[m] - p + (e[l - 1] / (g + Math.copySign(r, g)));
                    double s = 1;
                    double c = 1;
                    p = 0;
                    for (int i = m; i <= l - 1; i++) {
                        double f = s * e[i];
                        double b = c * e[i];
                        double[] rot = Householder.lartg(g, f);
                        c = rot[0];
                        s = rot[1];
                        r = rot[2];
                        if (i != m) {
                            e[i - 1] = r;
                        }
                        g = d[i] - p;
                        r = (d[i + 1] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i] = g + p;
                        g = c * r - b;
                        if (z != null) {
                            cw[i] = c;
                            sw[i] = s;
                        }
                    }
                    if (z != null) {
                        rotateForward(z, m, l - m + 1, cw, sw, m);
                    }
                    d[l] = d[l] - p;
                    e[l - 1] = g;
                }
            }
            if (iscale == 1) {
                scale(d, e, lsv, lendsv, anorm / ssfmax);
            } else if (iscale == 2) {
                scale(d, e, lsv, lendsv, anorm / ssfmin);
            }
            if (jtot >= nmaxit) {
                for (int i = 0; i < n - 1; i++) {
                    if (e[i] != 0) {
                        return false;
                    }
                }
                break;
            }
        }
        // Selection sort into ascending order, swapping vectors along.
        for (int ii = 1; ii < n; ii++) {
            int i = ii - 1;
            int k = i;
            double p = d[i];
            for (int j = ii; j < n; j++) {
                if (d[j] < p) {
                    k = j;
                    p = d[j];
                }
            }
            if (k != i) {
                d[k] = d[i];
                d[i] = p;
                if (z != null) {
                    double[] t = z[i];
                    z[i] = z[k];
                    z[k] = t;
                }
            }
        }
        return true;
    }

    /**
     * {@code dsterf}: eigenvalues (into d, ascending) of the symmetric tridiagonal (d, e) by the
     * Pal-Walker-Kahan root-free QL/QR iteration. Returns false if not converged.
     */
    static boolean sterf(int n, double[] d, double[] e) {
        if (n <= 1) {
            return true;
        }
        double eps2 = EPS * EPS;
        double safmax = 1 / SAFMIN;
        double ssfmax = Math.sqrt(safmax) / 3;
        double ssfmin = Math.sqrt(SAFMIN) / eps2;
        int nmaxit = n * MAXIT;
        int jtot = 0;
        int l1 = 0;
        while (l1 <= n - 1) {
            if (l1 > 0) {
                e[l1 - 1] = 0;
            }
            int m = n - 1;
            for (int mm = l1; mm < n - 1; mm++) {
                if (Math.abs(e[mm]) <= (Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1]))) * EPS) {
                    e[mm] = 0;
                    m = mm;
                    break;
                }
            }
            int l = l1;
            int lsv = l;
            int lend = m;
            int lendsv = lend;
            l1 = m + 1;
            if (lend == l) {
                continue;
            }
            double anorm = 0;
            for (int i = l; i <= lend; i++) {
                anorm = maxNaN(anorm, Math.abs(d[i]));
            }
            for (int i = l; i < lend; i++) {
                anorm = maxNaN(anorm, Math.abs(e[i]));
            }
            int iscale = 0;
            if (anorm == 0) {
                continue;
            }
            if (anorm != anorm) {
                return false;
            }
            if (anorm > ssfmax) {
                iscale = 1;
                scale(d, e, l, lend, ssfmax / anorm);
            } else if (anorm < ssfmin) {
                iscale = 2;
                scale(d, e, l, lend, ssfmin / anorm);
            }
            for (int i = l; i < lend; i++) {
                e[i] = e[i] * e[i];
            }
            if (Math.abs(d[lend]) < Math.abs(d[l])) {
                lend = lsv;
                l = lendsv;
            }
            if (lend >= l) {
                // QL iteration.
                while (true) {
                    int mm = lend;
                    if (l != lend) {
                        for (int i = l; i < lend; i++) {
                            if (Math.abs(e[i]) <= eps2 * Math.abs(d[i] * d[i + 1])) {
                                mm = i;
                                break;
                            }
                        }
                    }
                    m = mm;
                    if (m < lend) {
                        e[m] = 0;
                    }
                    double p = d[l];
                    if (m == l) {
                        d[l] = p;
                        l++;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l + 1) {
                        double rte = Math.sqrt(e[l]);
                        double[] ev = laev2(d[l], rte, d[l + 1]);
                        d[l] = ev[0];
                        d[l + 1] = ev[1];
                        e[l] = 0;
                        l += 2;
                        if (l <= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    double rte = Math.sqrt(e[l]);
                    double sigma = (d[l + 1] - p) / (2 * rte);
                    double r = Householder.lapy2(sigma, 1.0);
                    sigma = p - (rte / (sigma + Math.copySign(r, sigma)));
                    double c = 1;
                    double s = 0;
                    double gamma = d[m] - sigma;
                    p = gamma * gamma;
                    for (int i = m - 1; i >= l; i--) {
                        double bb = e[i];
                        r = p + bb;
                        if (i != m - 1) {
                            e[i + 1] = s * r;
                        }
                        double oldc = c;
                        c = p / r;
                        s = bb / r;
                        double oldgam = gamma;
                        double alpha = d[i];
                        gamma = c * (alpha - sigma) - s * oldgam;
                        d[i + 1] = oldgam + (alpha - gamma);
                        p = c != 0 ? (gamma * gamma) / c : oldc * bb;
                    }
                    e[l] = s * p;
                    d[l] = sigma + gamma;
                }
            } else {
                // QR iteration.
                while (true) {
                    int mm = lend;
                    for (int i = l; i >= lend + 1; i--) {
                        if (Math.abs(e[i - 1]) <= eps2 * Math.abs(d[i] * d[i - 1])) {
                            mm = i;
                            break;
                        }
                    }
                    m = mm;
                    if (m > lend) {
                        e[m - 1] = 0;
                    }
                    double p = d[l];
                    if (m == l) {
                        d[l] = p;
                        l--;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (m == l - 1) {
                        double rte = Math.sqrt(e[l - 1]);
                        double[] ev = laev2(d[l], rte, d[l - 1]);
                        d[l] = ev[0];
                        d[l - 1] = ev[1];
                        e[l - 1] = 0;
                        l -= 2;
                        if (l >= lend) {
                            continue;
                        }
                        break;
                    }
                    if (jtot == nmaxit) {
                        break;
                    }
                    jtot++;
                    double rte = Math.sqrt(e[l - 1]);
                    double sigma = (d[l - 1] - p) / (2 * rte);
                    double r = Householder.lapy2(sigma, 1.0);
                    sigma = p - (rte / (sigma + Math.copySign(r, sigma)));
                    double c = 1;
                    double s = 0;
                    double gamma = d[m] - sigma;
                    p = gamma * gamma;
                    for (int i = m; i <= l - 1; i++) {
                        double bb = e[i];
                        r = p + bb;
                        if (i != m) {
                            e[i - 1] = s * r;
                        }
                        double oldc = c;
                        c = p / r;
                        s = bb / r;
                        double oldgam = gamma;
                        double alpha = d[i + 1];
                        gamma = c * (alpha - sigma) - s * oldgam;
                        d[i] = oldgam + (alpha - gamma);
                        p = c != 0 ? (gamma * gamma) / c : oldc * bb;
                    }
                    e[l - 1] = s * p;
                    d[l] = sigma + gamma;
                }
            }
            if (iscale == 1) {
                for (int i = lsv; i <= lendsv; i++) {
                    d[i] *= anorm / ssfmax;
                }
            } else if (iscale == 2) {
                for (int i = lsv; i <= lendsv; i++) {
                    d[i] *= anorm / ssfmin;
                }
            }
            if (jtot >= nmaxit) {
                for (int i = 0; i < n - 1; i++) {
                    if (e[i] != 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        java.util.Arrays.sort(d, 0, n);
        return true;
    }

    private static double maxNaN(double a, double b) {
        return (b > a || b != b) ? b : a;
    }

    private static void scale(double[] d, double[] e, int from, int to, double f) {
        for (int i = from; i <= to; i++) {
            d[i] *= f;
        }
        for (int i = from; i < to; i++) {
            e[i] *= f;
        }
    }

    /**
     * {@code dlaev2}: eigenvalues rt1 (larger in magnitude), rt2 of [[a, b], [b, c]] and the unit
     * eigenvector (cs1, sn1) of rt1. Returns {rt1, rt2, cs1, sn1}.
     */
    static double[] laev2(double a, double b, double c) {
        double sm = a + c;
        double df = a - c;
        double adf = Math.abs(df);
        double tb = b + b;
        double ab = Math.abs(tb);
        double acmx;
        double acmn;
        if (Math.abs(a) > Math.abs(c)) {
            acmx = a;
            acmn = c;
        } else {
            acmx = c;
            acmn = a;
        }
        double rt;
        if (adf > ab) {
            double q = ab / adf;
            rt = adf * Math.sqrt(1.0 + q * q);
        } else if (adf < ab) {
            double q = adf / ab;
            rt = ab * Math.sqrt(1.0 + q * q);
        } else {
            rt = ab * Math.sqrt(2.0);
        }
        double rt1;
        double rt2;
        int sgn1;
        if (sm < 0) {
            rt1 = 0.5 * (sm - rt);
            sgn1 = -1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else if (sm > 0) {
            rt1 = 0.5 * (sm + rt);
            sgn1 = 1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else {
            rt1 = 0.5 * rt;
            rt2 = -0.5 * rt;
            sgn1 = 1;
        }
        double cs;
        int sgn2;
        if (df >= 0) {
            cs = df + rt;
            sgn2 = 1;
        } else {
            cs = df - rt;
            sgn2 = -1;
        }
        double cs1;
        double sn1;
        if (Math.abs(cs) > ab) {
            double ct = -tb / cs;
            sn1 = 1 / Math.sqrt(1.0 + ct * ct);
            cs1 = ct * sn1;
        } else if (ab == 0) {
            cs1 = 1;
            sn1 = 0;
        } else {
            double tn = -cs / tb;
            cs1 = 1 / Math.sqrt(1.0 + tn * tn);
            sn1 = tn * cs1;
        }
        if (sgn1 == sgn2) {
            double tn = cs1;
            cs1 = -sn1;
            sn1 = tn;
        }
        return new double[] {rt1, rt2, cs1, sn1};
    }

    /**
     * {@code dlasr('R', 'V', 'B')} on columns col..col+cnt-1 of z: rotation j (c[off+j], s[off+j])
     * acts on columns j, j+1, last first.
     */
    private static void rotateBackward(double[][] z, int col, int cnt, double[] c, double[] s, int off) {
        PlaneRotations.apply(z, col, cnt, c, s, off, false);
    }

    /** {@code dlasr('R', 'V', 'F')}: the same rotations, first first. */
    private static void rotateForward(double[][] z, int col, int cnt, double[] c, double[] s, int off) {
        PlaneRotations.apply(z, col, cnt, c, s, off, true);
    }
}
