package basis.engine.nd.linalg;

/**
 * Eigenvalues and right eigenvectors of a general real square matrix, in the steps of LAPACK's
 * {@code dgeev} (which NumPy's {@code eig} calls): balancing (permutations isolating eigenvalues,
 * then power-of-two scaling), Householder reduction to upper Hessenberg form, the double-shift QR
 * iteration of {@code dlahqr} with its deflation tests, exceptional shifts and standardized 2x2
 * blocks ({@code dlanv2}), eigenvectors of the quasi-triangular Schur form by back substitution
 * ({@code dtrevc}), transformed back and normalized to unit Euclidean norm with the largest
 * component of a complex vector made real. Following these steps gives the eigenvalues in NumPy's
 * order for the matrices students use (LAPACK switches to another QR variant from n = 75).
 */
public final class GeneralEigen {
    private static final double ULP = 0x1p-52; // dlamch('P')
    private static final double SAFMIN = Double.MIN_NORMAL;

    private double[] wr;
    private double[] wi;
    private Matrix vr;

    /**
     * Decomposes a copy of the square matrix {@code a}.
     *
     * @param wantVectors false for eigenvalues only
     * @return false if the QR iteration did not converge
     */
    public boolean decompose(Matrix a, boolean wantVectors) {
        int n = a.rows;
        if (a.cols != n) {
            throw new IllegalArgumentException("eigen decomposition needs a square matrix");
        }
        wr = new double[n];
        wi = new double[n];
        vr = wantVectors ? new Matrix(n, n) : null;
        if (n == 0) {
            return true;
        }
        double[] h = a.data.clone();
        // Scale if the entries are extremely small or large (dgeev).
        double anrm = 0;
        for (double v : h) {
            anrm = Math.max(anrm, Math.abs(v));
        }
        double smlnum = Math.sqrt(SAFMIN / ULP) / ULP;
        double bignum = 1 / smlnum;
        double cscale = 1;
        if (anrm > 0 && anrm < smlnum) {
            cscale = smlnum;
        } else if (anrm > bignum) {
            cscale = bignum;
        }
        if (cscale != 1) {
            for (int i = 0; i < h.length; i++) {
                h[i] = h[i] / anrm * cscale;
            }
        }
        double[] scale = new double[n];
        int[] lohi = balance(h, n, scale);
        int ilo = lohi[0];
        int ihi = lohi[1];
        double[] tau = new double[Math.max(n - 1, 0)];
        hessenberg(h, n, ilo, ihi, tau);
        double[] z = null;
        if (wantVectors) {
            z = formQ(h, n, ilo, ihi, tau);
        }
        // Only the Hessenberg part is used from here on.
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                h[i + j * n] = 0.0;
            }
        }
        for (int i = 0; i < n; i++) {
            if (i < ilo || i > ihi) {
                wr[i] = h[i + i * n];
                wi[i] = 0;
            }
        }
        int info = hqr(wantVectors, wantVectors, n, ilo, ihi, h, wr, wi, z);
        if (info != 0) {
            return false;
        }
        if (wantVectors) {
            double[] v = eigenvectors(n, h, z);
            backTransform(v, n, ilo, ihi, scale);
            normalize(v, n);
            vr = new Matrix(n, n, v);
        }
        if (cscale != 1) {
            for (int i = 0; i < n; i++) {
                wr[i] = wr[i] / cscale * anrm;
                wi[i] = wi[i] / cscale * anrm;
            }
        }
        return true;
    }

    /** Real parts of the eigenvalues, in LAPACK's order (a complex pair: +imag first). */
    public double[] getRealParts() {
        return wr.clone();
    }

    /** Imaginary parts of the eigenvalues. */
    public double[] getImagParts() {
        return wi.clone();
    }

    /** True if every eigenvalue is real (imaginary part exactly zero). */
    public boolean isReal() {
        for (double v : wi) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The eigenvectors as LAPACK stores them: column j for a real eigenvalue; for a complex pair at
     * j, j+1 the real part in column j and the imaginary part in column j+1 (the vector of the
     * eigenvalue with positive imaginary part; its conjugate belongs to the other).
     */
    public Matrix getVectorsPacked() {
        return vr;
    }

    // ------------------------------------------------------------------ balancing (dgebal 'B')

    /** Returns {ilo, ihi} (0-based, inclusive); scale holds permutation indices and scale factors. */
    static int[] balance(double[] a, int n, double[] scale) {
        int k = 0;
        int l = n - 1;
        // Rows isolating an eigenvalue: push them to the bottom.
        boolean noconv = true;
        while (noconv) {
            noconv = false;
            for (int i = l; i >= 0; i--) {
                boolean canSwap = true;
                for (int j = 0; j <= l; j++) {
                    if (i != j && a[i + j * n] != 0) {
                        canSwap = false;
                        break;
                    }
                }
                if (canSwap) {
                    scale[l] = i;
                    if (i != l) {
                        swapColumns(a, n, i, l, 0, l + 1);
                        swapRows(a, n, i, l, k, n);
                    }
                    noconv = true;
                    if (l == 0) {
                        return new int[] {0, 0};
                    }
                    l--;
                }
            }
        }
        // Columns isolating an eigenvalue: push them to the left.
        noconv = true;
        while (noconv) {
            noconv = false;
            for (int j = k; j <= l; j++) {
                boolean canSwap = true;
                for (int i = k; i <= l; i++) {
                    if (i != j && a[i + j * n] != 0) {
                        canSwap = false;
                        break;
                    }
                }
                if (canSwap) {
                    scale[k] = j;
                    if (j != k) {
                        swapColumns(a, n, j, k, 0, l + 1);
                        swapRows(a, n, j, k, k, n);
                    }
                    noconv = true;
                    k++;
                }
            }
        }
        for (int i = k; i <= l; i++) {
            scale[i] = 1.0;
        }
        double sfmin1 = SAFMIN / ULP;
        double sfmax1 = 1 / sfmin1;
        double sfmin2 = sfmin1 * 2;
        double sfmax2 = 1 / sfmin2;
        noconv = true;
        while (noconv) {
            noconv = false;
            for (int i = k; i <= l; i++) {
                double c = Householder.nrm2(l - k + 1, a, k + i * n, 1);
                double r = Householder.nrm2(l - k + 1, a, i + k * n, n);
                double ca = Math.abs(a[Kernels.iamax(l + 1, a, i * n) + i * n]);
                double ra = 0;
                for (int j = k; j < n; j++) {
                    ra = Math.max(ra, Math.abs(a[i + j * n]));
                }
                if (c == 0 || r == 0) {
                    continue;
                }
                double g = r / 2;
                double f = 1;
                double s = c + r;
                while (c < g && Math.max(f, Math.max(c, ca)) < sfmax2 && Math.min(r, Math.min(g, ra)) > sfmin2) {
                    f *= 2;
                    c *= 2;
                    ca *= 2;
                    r /= 2;
                    g /= 2;
                    ra /= 2;
                }
                g = c / 2;
                while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(Math.min(f, c), Math.min(g, ca)) > sfmin2) {
                    f /= 2;
                    c /= 2;
                    g /= 2;
                    ca /= 2;
                    r *= 2;
                    ra *= 2;
                }
                if (c + r >= 0.95 * s) {
                    continue;
                }
                if (f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1) {
                    continue;
                }
                if (f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f) {
                    continue;
                }
                g = 1 / f;
                scale[i] *= f;
                noconv = true;
                for (int j = k; j < n; j++) {
                    a[i + j * n] *= g;
                }
                for (int j = 0; j <= l; j++) {
                    a[j + i * n] *= f;
                }
            }
        }
        return new int[] {k, l};
    }

    private static void swapColumns(double[] a, int n, int c1, int c2, int from, int to) {
        for (int i = from; i < to; i++) {
            double t = a[i + c1 * n];
            a[i + c1 * n] = a[i + c2 * n];
            a[i + c2 * n] = t;
        }
    }

    private static void swapRows(double[] a, int n, int r1, int r2, int from, int to) {
        for (int j = from; j < to; j++) {
            double t = a[r1 + j * n];
            a[r1 + j * n] = a[r2 + j * n];
            a[r2 + j * n] = t;
        }
    }

    // ------------------------------------------------------------------ Hessenberg (dgehd2, dorghr)

    static void hessenberg(double[] a, int n, int ilo, int ihi, double[] tau) {
        for (int i = ilo; i < ihi; i++) {
            int vi = i + 1 + i * n;
            tau[i] = Householder.larfg(ihi - i, a, vi, Math.min(i + 2, n - 1) + i * n, 1);
            double aii = a[vi];
            a[vi] = 1.0;
            Householder.applyRight(ihi + 1, ihi - i, a, vi, 1, tau[i], a, (i + 1) * n, n);
            Householder.applyLeft(ihi - i, n - i - 1, a, vi, 1, tau[i], a, i + 1 + (i + 1) * n, n);
            a[vi] = aii;
        }
    }

    /** The orthogonal Q of the Hessenberg reduction (identity outside rows/columns ilo+1..ihi). */
    static double[] formQ(double[] a, int n, int ilo, int ihi, double[] tau) {
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i + i * n] = 1.0;
        }
        int nh = ihi - ilo;
        if (nh < 1) {
            return q;
        }
        // Block Q(ilo+1..ihi, ilo+1..ihi) = dorg2r of the reflectors (column j's vector in A(j+2.., j)).
        int b = ilo + 1;
        for (int j = 0; j < nh; j++) {
            for (int r = j + 1; r < nh; r++) {
                q[(b + r) + (b + j) * n] = a[(b + r) + (ilo + j) * n];
            }
        }
        for (int i = nh - 1; i >= 0; i--) {
            int ii = (b + i) + (b + i) * n;
            double t = tau[ilo + i];
            if (i < nh - 1) {
                q[ii] = 1.0;
                Householder.applyLeft(nh - i, nh - i - 1, q, ii, 1, t, q, ii + n, n);
            }
            for (int r = i + 1; r < nh; r++) {
                q[(b + r) + (b + i) * n] *= -t;
            }
            q[ii] = 1.0 - t;
            for (int r = 0; r < i; r++) {
                q[(b + r) + (b + i) * n] = 0.0;
            }
        }
        return q;
    }

    // ------------------------------------------------------------------ QR iteration (dlahqr)

    /** Returns 0, or 1 + the index of an eigenvalue that failed to converge. */
    static int hqr(boolean wantt, boolean wantz, int n, int ilo, int ihi, double[] h, double[] wr, double[] wi,
            double[] z) {
        if (ilo == ihi) {
            wr[ilo] = h[ilo + ilo * n];
            wi[ilo] = 0;
            return 0;
        }
        int nh = ihi - ilo + 1;
        double smlnum = SAFMIN * (nh / ULP);
        int i1 = 0;
        int i2 = n - 1;
        int itmax = 30 * Math.max(10, nh);
        int kdefl = 0;
        double[] v = new double[3];
        int i = ihi;
        while (i >= ilo) {
            int l = ilo;
            boolean converged = false;
            for (int its = 0; its <= itmax; its++) {
                int k;
                for (k = i; k > l; k--) {
                    double hkk1 = Math.abs(h[k + (k - 1) * n]);
                    if (hkk1 <= smlnum) {
                        break;
                    }
                    double tst = Math.abs(h[(k - 1) + (k - 1) * n]) + Math.abs(h[k + k * n]);
                    if (tst == 0) {
                        if (k - 2 >= ilo) {
                            tst += Math.abs(h[(k - 1) + (k - 2) * n]);
                        }
                        if (k + 1 <= ihi) {
                            tst += Math.abs(h[(k + 1) + k * n]);
                        }
                    }
                    if (hkk1 <= ULP * tst) {
                        double hk1k = Math.abs(h[(k - 1) + k * n]);
                        double ab = Math.max(hkk1, hk1k);
                        double ba = Math.min(hkk1, hk1k);
                        double d = Math.abs(h[(k - 1) + (k - 1) * n] - h[k + k * n]);
                        double aa = Math.max(Math.abs(h[k + k * n]), d);
                        double bb = Math.min(Math.abs(h[k + k * n]), d);
                        double s = aa + ab;
                        if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) {
                            break;
                        }
                    }
                }
                l = k;
                if (l > ilo) {
                    h[l + (l - 1) * n] = 0;
                }
                if (l >= i - 1) {
                    converged = true;
                    break;
                }
                kdefl++;
                if (!wantt) {
                    i1 = l;
                    i2 = i;
                }
                double h11;
                double h12;
                double h21;
                double h22;
                if (kdefl % 20 == 0) {
                    double s = Math.abs(h[i + (i - 1) * n]) + Math.abs(h[(i - 1) + (i - 2) * n]);
                    h11 = 0.75 * s + h[i + i * n];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else if (kdefl % 10 == 0) {
                    double s = Math.abs(h[(l + 1) + l * n]) + Math.abs(h[(l + 2) + (l + 1) * n]);
                    h11 = 0.75 * s + h[l + l * n];
                    h12 = -0.4375 * s;
                    h21 = s;
                    h22 = h11;
                } else {
                    h11 = h[(i - 1) + (i - 1) * n];
                    h21 = h[i + (i - 1) * n];
                    h12 = h[(i - 1) + i * n];
                    h22 = h[i + i * n];
                }
                double s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
                double rt1r;
                double rt1i;
                double rt2r;
                double rt2i;
                if (s == 0) {
                    rt1r = 0;
                    rt1i = 0;
                    rt2r = 0;
                    rt2i = 0;
                } else {
                    h11 /= s;
                    h21 /= s;
                    h12 /= s;
                    h22 /= s;
                    double tr = (h11 + h22) / 2;
                    double det = (h11 - tr) * (h22 - tr) - h12 * h21;
                    double rtdisc = Math.sqrt(Math.abs(det));
                    if (det >= 0) {
                        rt1r = tr * s;
                        rt2r = rt1r;
                        rt1i = rtdisc * s;
                        rt2i = -rt1i;
                    } else {
                        rt1r = tr + rtdisc;
                        rt2r = tr - rtdisc;
                        if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
                            rt1r *= s;
                            rt2r = rt1r;
                        } else {
                            rt2r *= s;
                            rt1r = rt2r;
                        }
                        rt1i = 0;
                        rt2i = 0;
                    }
                }
                int m;
                for (m = i - 2; m >= l; m--) {
                    double h21s = h[(m + 1) + m * n];
                    double hmm = h[m + m * n];
                    s = Math.abs(hmm - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
                    h21s = h[(m + 1) + m * n] / s;
                    v[0] = h21s * h[m + (m + 1) * n] + (hmm - rt1r) * ((hmm - rt2r) / s) - rt1i * (rt2i / s);
                    v[1] = h21s * (hmm + h[(m + 1) + (m + 1) * n] - rt1r - rt2r);
                    v[2] = h21s * h[(m + 2) + (m + 1) * n];
                    s = Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]);
                    v[0] /= s;
                    v[1] /= s;
                    v[2] /= s;
                    if (m == l) {
                        break;
                    }
                    double lhs = Math.abs(h[m + (m - 1) * n]) * (Math.abs(v[1]) + Math.abs(v[2]));
                    double rhs = ULP * Math.abs(v[0])
                            * (Math.abs(h[(m - 1) + (m - 1) * n]) + Math.abs(hmm) + Math.abs(h[(m + 1) + (m + 1) * n]));
                    if (lhs <= rhs) {
                        break;
                    }
                }
                for (k = m; k <= i - 1; k++) {
                    int nr = Math.min(3, i - k + 1);
                    if (k > m) {
                        for (int q = 0; q < nr; q++) {
                            v[q] = h[(k + q) + (k - 1) * n];
                        }
                    }
                    double t1 = Householder.larfg(nr, v, 0, 1, 1);
                    if (k > m) {
                        h[k + (k - 1) * n] = v[0];
                        h[(k + 1) + (k - 1) * n] = 0;
                        if (k < i - 1) {
                            h[(k + 2) + (k - 1) * n] = 0;
                        }
                    } else if (m > l) {
                        h[k + (k - 1) * n] *= (1 - t1);
                    }
                    double v2 = v[1];
                    double t2 = t1 * v2;
                    if (nr == 3) {
                        double v3 = v[2];
                        double t3 = t1 * v3;
                        for (int j = k; j <= i2; j++) {
                            double sum = h[k + j * n] + v2 * h[(k + 1) + j * n] + v3 * h[(k + 2) + j * n];
                            h[k + j * n] -= sum * t1;
                            h[(k + 1) + j * n] -= sum * t2;
                            h[(k + 2) + j * n] -= sum * t3;
                        }
                        for (int j = i1; j <= Math.min(k + 3, i); j++) {
                            double sum = h[j + k * n] + v2 * h[j + (k + 1) * n] + v3 * h[j + (k + 2) * n];
                            h[j + k * n] -= sum * t1;
                            h[j + (k + 1) * n] -= sum * t2;
                            h[j + (k + 2) * n] -= sum * t3;
                        }
                        if (wantz) {
                            for (int j = 0; j < n; j++) {
                                double sum = z[j + k * n] + v2 * z[j + (k + 1) * n] + v3 * z[j + (k + 2) * n];
                                z[j + k * n] -= sum * t1;
                                z[j + (k + 1) * n] -= sum * t2;
                                z[j + (k + 2) * n] -= sum * t3;
                            }
                        }
                    } else if (nr == 2) {
                        for (int j = k; j <= i2; j++) {
                            double sum = h[k + j * n] + v2 * h[(k + 1) + j * n];
                            h[k + j * n] -= sum * t1;
                            h[(k + 1) + j * n] -= sum * t2;
                        }
                        for (int j = i1; j <= i; j++) {
                            double sum = h[j + k * n] + v2 * h[j + (k + 1) * n];
                            h[j + k * n] -= sum * t1;
                            h[j + (k + 1) * n] -= sum * t2;
                        }
                        if (wantz) {
                            for (int j = 0; j < n; j++) {
                                double sum = z[j + k * n] + v2 * z[j + (k + 1) * n];
                                z[j + k * n] -= sum * t1;
                                z[j + (k + 1) * n] -= sum * t2;
                            }
                        }
                    }
                }
            }
            if (!converged) {
                return i + 1;
            }
            if (l == i) {
                wr[i] = h[i + i * n];
                wi[i] = 0;
            } else if (l == i - 1) {
                int p = i - 1;
                double[] r = lanv2(h[p + p * n], h[p + i * n], h[i + p * n], h[i + i * n]);
                h[p + p * n] = r[0];
                h[p + i * n] = r[1];
                h[i + p * n] = r[2];
                h[i + i * n] = r[3];
                wr[p] = r[4];
                wi[p] = r[5];
                wr[i] = r[6];
                wi[i] = r[7];
                double cs = r[8];
                double sn = r[9];
                if (wantt) {
                    if (i2 > i) {
                        Kernels.rot(i2 - i, h, p + (i + 1) * n, n, h, i + (i + 1) * n, n, cs, sn);
                    }
                    Kernels.rot(p - i1, h, i1 + p * n, 1, h, i1 + i * n, 1, cs, sn);
                }
                if (wantz) {
                    Kernels.rot(n, z, p * n, 1, z, i * n, 1, cs, sn);
                }
            }
            kdefl = 0;
            i = l - 1;
        }
        return 0;
    }

    /**
     * {@code dlanv2}: the standardized Schur factorization of [[a, b], [c, d]]. Returns {a, b, c, d,
     * rt1r, rt1i, rt2r, rt2i, cs, sn}.
     */
    static double[] lanv2(double a, double b, double c, double d) {
        double eps = ULP;
        double safmn2 = 0x1p-485;
        double safmx2 = 0x1p485;
        double cs;
        double sn;
        if (c == 0) {
            cs = 1;
            sn = 0;
        } else if (b == 0) {
            cs = 0;
            sn = 1;
            double temp = d;
            d = a;
            a = temp;
            b = -c;
            c = 0;
        } else if ((a - d) == 0 && Math.copySign(1.0, b) != Math.copySign(1.0, c)) {
            cs = 1;
            sn = 0;
        } else {
            double temp = a - d;
            double p = 0.5 * temp;
            double bcmax = Math.max(Math.abs(b), Math.abs(c));
            double bcmis = Math.min(Math.abs(b), Math.abs(c)) * Math.copySign(1.0, b) * Math.copySign(1.0, c);
            double scale = Math.max(Math.abs(p), bcmax);
            double z = (p / scale) * p + (bcmax / scale) * bcmis;
            if (z >= 4.0 * eps) {
                // Real eigenvalues.
                z = p + Math.copySign(Math.sqrt(scale) * Math.sqrt(z), p);
                a = d + z;
                d = d - (bcmax / z) * bcmis;
                double tau = Householder.lapy2(c, z);
                cs = z / tau;
                sn = c / tau;
                b = b - c;
                c = 0;
            } else {
                // Complex or nearly equal eigenvalues: make the diagonal equal.
                int count = 0;
                double sigma = b + c;
                while (true) {
                    count++;
                    scale = Math.max(Math.abs(temp), Math.abs(sigma));
                    if (scale >= safmx2) {
                        sigma *= safmn2;
                        temp *= safmn2;
                        if (count <= 20) {
                            continue;
                        }
                    }
                    if (scale <= safmn2) {
                        sigma *= safmx2;
                        temp *= safmx2;
                        if (count <= 20) {
                            continue;
                        }
                    }
                    break;
                }
                p = 0.5 * temp;
                double tau = Householder.lapy2(sigma, temp);
                cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
                sn = -(p / (tau * cs)) * Math.copySign(1.0, sigma);
                double aa = a * cs + b * sn;
                double bb = -a * sn + b * cs;
                double cc = c * cs + d * sn;
                double dd = -c * sn + d * cs;
                a = aa * cs + cc * sn;
                b = (bb * cs) + (dd * sn);
                c = -(aa * sn) + (cc * cs);
                d = -bb * sn + dd * cs;
                temp = 0.5 * (a + d);
                a = temp;
                d = temp;
                if (c != 0) {
                    if (b != 0) {
                        if (Math.copySign(1.0, b) == Math.copySign(1.0, c)) {
                            double sab = Math.sqrt(Math.abs(b));
                            double sac = Math.sqrt(Math.abs(c));
                            p = Math.copySign(sab * sac, c);
                            tau = 1 / Math.sqrt(Math.abs(b + c));
                            a = temp + p;
                            d = temp - p;
                            b = b - c;
                            c = 0;
                            double cs1 = sab * tau;
                            double sn1 = sac * tau;
                            temp = cs * cs1 - sn * sn1;
                            sn = cs * sn1 + sn * cs1;
                            cs = temp;
                        }
                    } else {
                        b = -c;
                        c = 0;
                        temp = cs;
                        cs = -sn;
                        sn = temp;
                    }
                }
            }
        }
        double rt1r = a;
        double rt2r = d;
        double rt1i;
        double rt2i;
        if (c == 0) {
            rt1i = 0;
            rt2i = 0;
        } else {
            rt1i = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
            rt2i = -rt1i;
        }
        return new double[] {a, b, c, d, rt1r, rt1i, rt2r, rt2i, cs, sn};
    }

    // ------------------------------------------------------------------ eigenvectors (dtrevc, dgebak)

    /**
     * Right eigenvectors of the quasi-triangular T, multiplied by the Schur vectors z, as LAPACK's
     * {@code dtrevc3} (with its blocked back-transformation, a GEMM): back substitution through
     * {@link #laln2} on T's 1x1 and 2x2 diagonal blocks with {@code daxpy} updates, then each vector
     * scaled to largest component 1 in magnitude. Complex pairs are stored as (real, imaginary)
     * columns for the eigenvalue with positive imaginary part.
     */
    static double[] eigenvectors(int n, double[] t, double[] z) {
        double[] out = new double[n * n];
        double unfl = SAFMIN;
        double smlnum = unfl * (n / ULP);
        double bignum = (1 - ULP) / smlnum;
        // Norms of the strictly upper part of T's columns (for overflow control).
        double[] cnorm = new double[n];
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                cnorm[j] += Math.abs(t[i + j * n]);
            }
        }
        double[] xr = new double[n];
        double[] xi = new double[n];
        double[] x = new double[4];
        int ki = n - 1;
        while (ki >= 0) {
            boolean pair = ki > 0 && t[ki + (ki - 1) * n] != 0;
            double wr = t[ki + ki * n];
            if (!pair) {
                double smin = Math.max(ULP * Math.abs(wr), smlnum);
                java.util.Arrays.fill(xr, 0.0);
                xr[ki] = 1;
                for (int k = 0; k < ki; k++) {
                    xr[k] = -t[k + ki * n];
                }
                int jnxt = ki - 1;
                for (int j = ki - 1; j >= 0; j--) {
                    if (j > jnxt) {
                        continue;
                    }
                    int j1 = j;
                    jnxt = j - 1;
                    if (j > 0 && t[j + (j - 1) * n] != 0) {
                        j1 = j - 1;
                        jnxt = j - 2;
                    }
                    if (j1 == j) {
                        double sc = laln2(1, 1, smin, t, n, j, new double[] {xr[j], 0, 0, 0}, wr, 0, x);
                        double xnorm = x[3];
                        if (xnorm > 1 && cnorm[j] > bignum / xnorm) {
                            x[0] /= xnorm;
                            sc /= xnorm;
                        }
                        if (sc != 1) {
                            scal(ki + 1, sc, xr);
                        }
                        xr[j] = x[0];
                        for (int k = 0; k < j; k++) {
                            xr[k] = Kernels.fma(-x[0], t[k + j * n], xr[k]);
                        }
                    } else {
                        double sc = laln2(2, 1, smin, t, n, j1, new double[] {xr[j1], xr[j], 0, 0}, wr, 0, x);
                        double xnorm = x[3];
                        if (xnorm > 1) {
                            double beta = Math.max(cnorm[j1], cnorm[j]);
                            if (beta > bignum / xnorm) {
                                x[0] /= xnorm;
                                x[1] /= xnorm;
                                sc /= xnorm;
                            }
                        }
                        if (sc != 1) {
                            scal(ki + 1, sc, xr);
                        }
                        xr[j1] = x[0];
                        xr[j] = x[1];
                        for (int k = 0; k < j1; k++) {
                            xr[k] = Kernels.fma(-x[0], t[k + j1 * n], xr[k]);
                        }
                        for (int k = 0; k < j1; k++) {
                            xr[k] = Kernels.fma(-x[1], t[k + j * n], xr[k]);
                        }
                    }
                }
                for (int r = 0; r < n; r++) {
                    double sum = 0;
                    for (int k = 0; k <= ki; k++) {
                        sum = Kernels.fma(z[r + k * n], xr[k], sum);
                    }
                    out[r + ki * n] = sum;
                }
                int ii = Kernels.iamax(n, out, ki * n);
                double remax = 1 / Math.abs(out[ii + ki * n]);
                for (int r = 0; r < n; r++) {
                    out[r + ki * n] *= remax;
                }
                ki--;
            } else {
                int p = ki - 1;
                double wi = Math.sqrt(Math.abs(t[ki + p * n])) * Math.sqrt(Math.abs(t[p + ki * n]));
                double smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
                java.util.Arrays.fill(xr, 0.0);
                java.util.Arrays.fill(xi, 0.0);
                if (Math.abs(t[p + ki * n]) >= Math.abs(t[ki + p * n])) {
                    xr[p] = 1;
                    xi[ki] = wi / t[p + ki * n];
                } else {
                    xr[p] = -wi / t[ki + p * n];
                    xi[ki] = 1;
                }
                xr[ki] = 0;
                xi[p] = 0;
                for (int k = 0; k < p; k++) {
                    xr[k] = -xr[p] * t[k + p * n];
                    xi[k] = -xi[ki] * t[k + ki * n];
                }
                int jnxt = ki - 2;
                for (int j = ki - 2; j >= 0; j--) {
                    if (j > jnxt) {
                        continue;
                    }
                    int j1 = j;
                    jnxt = j - 1;
                    if (j > 0 && t[j + (j - 1) * n] != 0) {
                        j1 = j - 1;
                        jnxt = j - 2;
                    }
                    if (j1 == j) {
                        double sc = laln2(1, 2, smin, t, n, j, new double[] {xr[j], 0, xi[j], 0}, wr, wi, x);
                        double xnorm = x[3];
                        double x11 = x[0];
                        double x12 = x[2];
                        if (xnorm > 1 && cnorm[j] > bignum / xnorm) {
                            x11 /= xnorm;
                            x12 /= xnorm;
                            sc /= xnorm;
                        }
                        if (sc != 1) {
                            scal(ki + 1, sc, xr);
                            scal(ki + 1, sc, xi);
                        }
                        xr[j] = x11;
                        xi[j] = x12;
                        for (int k = 0; k < j; k++) {
                            xr[k] = Kernels.fma(-x11, t[k + j * n], xr[k]);
                        }
                        for (int k = 0; k < j; k++) {
                            xi[k] = Kernels.fma(-x12, t[k + j * n], xi[k]);
                        }
                    } else {
                        double[] b = {xr[j1], xr[j], xi[j1], xi[j]};
                        double[] x4 = new double[5];
                        double sc = laln2(2, 2, smin, t, n, j1, b, wr, wi, x4);
                        double xnorm = x4[4];
                        if (xnorm > 1) {
                            double beta = Math.max(cnorm[j1], cnorm[j]);
                            if (beta > bignum / xnorm) {
                                double rec = 1 / xnorm;
                                for (int q = 0; q < 4; q++) {
                                    x4[q] *= rec;
                                }
                                sc *= rec;
                            }
                        }
                        if (sc != 1) {
                            scal(ki + 1, sc, xr);
                            scal(ki + 1, sc, xi);
                        }
                        xr[j1] = x4[0];
                        xr[j] = x4[1];
                        xi[j1] = x4[2];
                        xi[j] = x4[3];
                        for (int k = 0; k < j1; k++) {
                            xr[k] = Kernels.fma(-x4[0], t[k + j1 * n], xr[k]);
                        }
                        for (int k = 0; k < j1; k++) {
                            xr[k] = Kernels.fma(-x4[1], t[k + j * n], xr[k]);
                        }
                        for (int k = 0; k < j1; k++) {
                            xi[k] = Kernels.fma(-x4[2], t[k + j1 * n], xi[k]);
                        }
                        for (int k = 0; k < j1; k++) {
                            xi[k] = Kernels.fma(-x4[3], t[k + j * n], xi[k]);
                        }
                    }
                }
                for (int r = 0; r < n; r++) {
                    double sr = 0;
                    double si = 0;
                    for (int k = 0; k <= ki; k++) {
                        sr = Kernels.fma(z[r + k * n], xr[k], sr);
                        si = Kernels.fma(z[r + k * n], xi[k], si);
                    }
                    out[r + p * n] = sr;
                    out[r + ki * n] = si;
                }
                double emax = 0;
                for (int r = 0; r < n; r++) {
                    emax = Math.max(emax, Math.abs(out[r + p * n]) + Math.abs(out[r + ki * n]));
                }
                double remax = 1 / emax;
                for (int r = 0; r < n; r++) {
                    out[r + p * n] *= remax;
                    out[r + ki * n] *= remax;
                }
                ki -= 2;
            }
        }
        return out;
    }

    private static void scal(int len, double s, double[] v) {
        for (int i = 0; i < len; i++) {
            v[i] *= s;
        }
    }

    private static final boolean[] ZSWAP = {false, false, true, true};
    private static final boolean[] RSWAP = {false, true, false, true};
    private static final int[][] IPIVOT = {{0, 1, 2, 3}, {1, 0, 3, 2}, {2, 3, 0, 1}, {3, 2, 1, 0}};

    /**
     * {@code dlaln2} for (T_block - (wr + i wi) I) X = scale B with the na x na diagonal block of T at
     * (j, j) and nw = 1 (real) or 2 (complex) columns. b holds {b11, b21, b12, b22}; x receives
     * {x11, x21, x12, x22} and, at index 4 (na = 2, nw = 2) or 3 (otherwise), the norm of X.
     * Returns the scale.
     */
    static double laln2(int na, int nw, double smin, double[] t, int ldt, int j, double[] b, double wr, double wi,
            double[] x) {
        double smlnum = 2 * SAFMIN;
        double bignum = 1 / smlnum;
        double smini = Math.max(smin, smlnum);
        double scale = 1;
        if (na == 1) {
            double a = t[j + j * ldt];
            if (nw == 1) {
                double csr = a - wr;
                double cnorm = Math.abs(csr);
                if (cnorm < smini) {
                    csr = smini;
                    cnorm = smini;
                }
                double bnorm = Math.abs(b[0]);
                if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) {
                    scale = 1 / bnorm;
                }
                x[0] = (b[0] * scale) / csr;
                x[3] = Math.abs(x[0]);
            } else {
                double csr = a - wr;
                double csi = -wi;
                double cnorm = Math.abs(csr) + Math.abs(csi);
                if (cnorm < smini) {
                    csr = smini;
                    csi = 0;
                    cnorm = smini;
                }
                double bnorm = Math.abs(b[0]) + Math.abs(b[2]);
                if (cnorm < 1 && bnorm > 1 && bnorm > bignum * cnorm) {
                    scale = 1 / bnorm;
                }
                double[] q = ladiv(scale * b[0], scale * b[2], csr, csi);
                x[0] = q[0];
                x[2] = q[1];
                x[3] = Math.abs(x[0]) + Math.abs(x[2]);
            }
            return scale;
        }
        // 2x2: CR in column-major order {cr11, cr21, cr12, cr22}.
        double[] crv = {t[j + j * ldt] - wr, t[j + 1 + j * ldt], t[j + (j + 1) * ldt], t[j + 1 + (j + 1) * ldt] - wr};
        if (nw == 1) {
            double cmax = 0;
            int icmax = -1;
            for (int q = 0; q < 4; q++) {
                if (Math.abs(crv[q]) > cmax) {
                    cmax = Math.abs(crv[q]);
                    icmax = q;
                }
            }
            if (cmax < smini) {
                double bnorm = Math.max(Math.abs(b[0]), Math.abs(b[1]));
                if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) {
                    scale = 1 / bnorm;
                }
                double temp = scale / smini;
                x[0] = temp * b[0];
                x[1] = temp * b[1];
                x[3] = temp * bnorm;
                return scale;
            }
            double ur11 = crv[icmax];
            double cr21 = crv[IPIVOT[icmax][1]];
            double ur12 = crv[IPIVOT[icmax][2]];
            double cr22 = crv[IPIVOT[icmax][3]];
            double ur11r = 1 / ur11;
            double lr21 = ur11r * cr21;
            double ur22 = cr22 - ur12 * lr21;
            if (Math.abs(ur22) < smini) {
                ur22 = smini;
            }
            double br1;
            double br2;
            if (RSWAP[icmax]) {
                br1 = b[1];
                br2 = b[0];
            } else {
                br1 = b[0];
                br2 = b[1];
            }
            br2 = br2 - lr21 * br1;
            double bbnd = Math.max(Math.abs(br1 * (ur22 * ur11r)), Math.abs(br2));
            if (bbnd > 1 && Math.abs(ur22) < 1 && bbnd >= bignum * Math.abs(ur22)) {
                scale = 1 / bbnd;
            }
            double xr2 = (br2 * scale) / ur22;
            double xr1 = (scale * br1) * ur11r - xr2 * (ur11r * ur12);
            if (ZSWAP[icmax]) {
                x[0] = xr2;
                x[1] = xr1;
            } else {
                x[0] = xr1;
                x[1] = xr2;
            }
            double xnorm = Math.max(Math.abs(xr1), Math.abs(xr2));
            if (xnorm > 1 && cmax > 1 && xnorm > bignum / cmax) {
                double temp = cmax / bignum;
                x[0] *= temp;
                x[1] *= temp;
                xnorm *= temp;
                scale *= temp;
            }
            x[3] = xnorm;
            return scale;
        }
        double[] civ = {-wi, 0, 0, -wi};
        double cmax = 0;
        int icmax = -1;
        for (int q = 0; q < 4; q++) {
            if (Math.abs(crv[q]) + Math.abs(civ[q]) > cmax) {
                cmax = Math.abs(crv[q]) + Math.abs(civ[q]);
                icmax = q;
            }
        }
        if (cmax < smini) {
            double bnorm = Math.max(Math.abs(b[0]) + Math.abs(b[2]), Math.abs(b[1]) + Math.abs(b[3]));
            if (smini < 1 && bnorm > 1 && bnorm > bignum * smini) {
                scale = 1 / bnorm;
            }
            double temp = scale / smini;
            for (int q = 0; q < 4; q++) {
                x[q] = temp * b[q];
            }
            x[4] = temp * bnorm;
            return scale;
        }
        double ur11 = crv[icmax];
        double ui11 = civ[icmax];
        double cr21 = crv[IPIVOT[icmax][1]];
        double ci21 = civ[IPIVOT[icmax][1]];
        double ur12 = crv[IPIVOT[icmax][2]];
        double ui12 = civ[IPIVOT[icmax][2]];
        double cr22 = crv[IPIVOT[icmax][3]];
        double ci22 = civ[IPIVOT[icmax][3]];
        double ur11r;
        double ui11r;
        double lr21;
        double li21;
        double ur12s;
        double ui12s;
        double ur22;
        double ui22;
        if (icmax == 0 || icmax == 3) {
            if (Math.abs(ur11) > Math.abs(ui11)) {
                double temp = ui11 / ur11;
                ur11r = 1 / (ur11 * (1 + temp * temp));
                ui11r = -temp * ur11r;
            } else {
                double temp = ur11 / ui11;
                ui11r = -1 / (ui11 * (1 + temp * temp));
                ur11r = -temp * ui11r;
            }
            lr21 = cr21 * ur11r;
            li21 = cr21 * ui11r;
            ur12s = ur12 * ur11r;
            ui12s = ur12 * ui11r;
            ur22 = cr22 - ur12 * lr21;
            ui22 = ci22 - ur12 * li21;
        } else {
            ur11r = 1 / ur11;
            ui11r = 0;
            lr21 = cr21 * ur11r;
            li21 = ci21 * ur11r;
            ur12s = ur12 * ur11r;
            ui12s = ui12 * ur11r;
            ur22 = cr22 - ur12 * lr21 + ui12 * li21;
            ui22 = -ur12 * li21 - ui12 * lr21;
        }
        double u22abs = Math.abs(ur22) + Math.abs(ui22);
        if (u22abs < smini) {
            ur22 = smini;
            ui22 = 0;
        }
        double br1;
        double br2;
        double bi1;
        double bi2;
        if (RSWAP[icmax]) {
            br2 = b[0];
            br1 = b[1];
            bi2 = b[2];
            bi1 = b[3];
        } else {
            br1 = b[0];
            br2 = b[1];
            bi1 = b[2];
            bi2 = b[3];
        }
        br2 = br2 - lr21 * br1 + li21 * bi1;
        bi2 = bi2 - li21 * br1 - lr21 * bi1;
        double bbnd = Math.max((Math.abs(br1) + Math.abs(bi1)) * (u22abs * (Math.abs(ur11r) + Math.abs(ui11r))),
                Math.abs(br2) + Math.abs(bi2));
        if (bbnd > 1 && u22abs < 1 && bbnd >= bignum * u22abs) {
            scale = 1 / bbnd;
            br1 *= scale;
            bi1 *= scale;
            br2 *= scale;
            bi2 *= scale;
        }
        double[] q2 = ladiv(br2, bi2, ur22, ui22);
        double xr2 = q2[0];
        double xi2 = q2[1];
        double xr1 = ur11r * br1 - ui11r * bi1 - ur12s * xr2 + ui12s * xi2;
        double xi1 = ui11r * br1 + ur11r * bi1 - ui12s * xr2 - ur12s * xi2;
        if (ZSWAP[icmax]) {
            x[0] = xr2;
            x[1] = xr1;
            x[2] = xi2;
            x[3] = xi1;
        } else {
            x[0] = xr1;
            x[1] = xr2;
            x[2] = xi1;
            x[3] = xi2;
        }
        double xnorm = Math.max(Math.abs(xr1) + Math.abs(xi1), Math.abs(xr2) + Math.abs(xi2));
        if (xnorm > 1 && cmax > 1 && xnorm > bignum / cmax) {
            double temp = cmax / bignum;
            for (int q = 0; q < 4; q++) {
                x[q] *= temp;
            }
            xnorm *= temp;
            scale *= temp;
        }
        x[4] = xnorm;
        return scale;
    }

    /** {@code dladiv}: (a + i b) / (c + i d), robustly (Baudin and Smith). Returns {p, q}. */
    static double[] ladiv(double a, double b, double c, double d) {
        double aa = a;
        double bb = b;
        double cc = c;
        double dd = d;
        double ab = Math.max(Math.abs(a), Math.abs(b));
        double cd = Math.max(Math.abs(c), Math.abs(d));
        double s = 1.0;
        double ov = Double.MAX_VALUE;
        double un = SAFMIN;
        double eps = 0x1p-53;
        double bs = 2.0;
        double be = bs / (eps * eps);
        if (ab >= 0.5 * ov) {
            aa *= 0.5;
            bb *= 0.5;
            s *= 2;
        }
        if (cd >= 0.5 * ov) {
            cc *= 0.5;
            dd *= 0.5;
            s *= 0.5;
        }
        if (ab <= un * bs / eps) {
            aa *= be;
            bb *= be;
            s /= be;
        }
        if (cd <= un * bs / eps) {
            cc *= be;
            dd *= be;
            s *= be;
        }
        double p;
        double q;
        if (Math.abs(d) <= Math.abs(c)) {
            double[] r = ladiv1(aa, bb, cc, dd);
            p = r[0];
            q = r[1];
        } else {
            double[] r = ladiv1(bb, aa, dd, cc);
            p = r[0];
            q = -r[1];
        }
        return new double[] {p * s, q * s};
    }

    private static double[] ladiv1(double a, double b, double c, double d) {
        double r = d / c;
        double t = 1.0 / (c + d * r);
        double p = ladiv2(a, b, c, d, r, t);
        double q = ladiv2(b, -a, c, d, r, t);
        return new double[] {p, q};
    }

    private static double ladiv2(double a, double b, double c, double d, double r, double t) {
        if (r != 0) {
            double br = b * r;
            if (br != 0) {
                return (a + br) * t;
            }
            return a * t + (b * t) * r;
        }
        return (a + d * (b / c)) * t;
    }

    /** {@code dgebak('B', 'R')}: undo the balancing's scaling and permutations on the rows of v. */
    static void backTransform(double[] v, int n, int ilo, int ihi, double[] scale) {
        for (int i = ilo; i <= ihi && ilo != ihi; i++) {
            double s = scale[i];
            for (int j = 0; j < n; j++) {
                v[i + j * n] *= s;
            }
        }
        for (int ii = 0; ii < n; ii++) {
            int i = ii;
            if (i >= ilo && i <= ihi) {
                continue;
            }
            if (i < ilo) {
                i = ilo - 1 - ii;
            }
            int k = (int) scale[i];
            if (k != i) {
                swapRows(v, n, i, k, 0, n);
            }
        }
    }

    /** dgeev's normalization: unit 2-norm; a complex vector rotated so its largest component is real. */
    void normalize(double[] v, int n) {
        for (int i = 0; i < n; i++) {
            if (wi[i] == 0) {
                double scl = 1 / Householder.nrm2(n, v, i * n, 1);
                for (int r = 0; r < n; r++) {
                    v[r + i * n] *= scl;
                }
            } else if (wi[i] > 0) {
                int c1 = i * n;
                int c2 = (i + 1) * n;
                double scl = 1 / Householder.lapy2(Householder.nrm2(n, v, c1, 1), Householder.nrm2(n, v, c2, 1));
                for (int r = 0; r < n; r++) {
                    v[c1 + r] *= scl;
                    v[c2 + r] *= scl;
                }
                int k = 0;
                double best = -1;
                for (int r = 0; r < n; r++) {
                    double m = v[c1 + r] * v[c1 + r] + v[c2 + r] * v[c2 + r];
                    if (m > best) {
                        best = m;
                        k = r;
                    }
                }
                double[] rot = Householder.lartg(v[c1 + k], v[c2 + k]);
                double cs = rot[0];
                double sn = rot[1];
                Kernels.rot(n, v, c1, 1, v, c2, 1, cs, sn);
                v[c2 + k] = 0;
            }
        }
    }
}
