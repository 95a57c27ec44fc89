package basis.engine.nd.linalg;

/**
 * Singular values of an upper bidiagonal matrix by the dqds algorithm, as LAPACK's {@code dlasq1}
 * to {@code dlasq6} compute them when no singular vectors are wanted (NumPy's
 * {@code svd(compute_uv=False)}, hence {@code norm(A, 2)}, {@code cond}, {@code matrix_rank}). The
 * arrays are 1-based internally (index 0 unused) to keep the q/e interleaving of the algorithm
 * readable: z(4k-3) = q_k, z(4k-1) = e_k for ping, +1 for pong. One instance per call (it keeps the
 * iteration state LAPACK passes between its routines).
 */
final class Dqds {
    private static final double EPS = 0x1p-52; // dlamch('P')
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double CBIAS = 1.5;

    private final double[] z;
    private int i0;
    private int n0;
    private int pp;
    private double dmin;
    private double sigma;
    private double desig;
    private double qmax;
    private int nfail;
    private int iter;
    private int ndiv;
    private int ttype;
    private double dmin1;
    private double dmin2;
    private double dn;
    private double dn1;
    private double dn2;
    private double g;
    private double tau;

    private Dqds(int n) {
        z = new double[4 * n + 6];
    }

    /**
     * {@code dlasq1}: the singular values of the bidiagonal (d, e) into d, descending; e is
     * destroyed. Returns false if the algorithm failed to converge.
     */
    static boolean singularValues(int n, double[] d, double[] e) {
        if (n == 0) {
            return true;
        }
        if (n == 1) {
            d[0] = Math.abs(d[0]);
            return true;
        }
        if (n == 2) {
            double[] r = SingularValueDecomposition.las2Both(d[0], e[0], d[1]);
            d[0] = r[1];
            d[1] = r[0];
            return true;
        }
        double sigmx = 0;
        for (int i = 0; i < n - 1; i++) {
            d[i] = Math.abs(d[i]);
            sigmx = Math.max(sigmx, Math.abs(e[i]));
        }
        d[n - 1] = Math.abs(d[n - 1]);
        if (sigmx == 0) {
            sortDescending(d, 0, n);
            return true;
        }
        for (int i = 0; i < n; i++) {
            sigmx = Math.max(sigmx, d[i]);
        }
        double scale = Math.sqrt(EPS / SAFMIN);
        Dqds q = new Dqds(n);
        double mul = scale / sigmx;
        // work(1..2n-1): d and e interleaved, scaled and squared.
        for (int i = 0; i < n; i++) {
            double v = d[i] * mul;
            q.z[2 * i + 1] = v * v;
        }
        for (int i = 0; i < n - 1; i++) {
            double v = e[i] * mul;
            q.z[2 * i + 2] = v * v;
        }
        q.z[2 * n] = 0;
        int info = q.dlasq2(n);
        double back = sigmx / scale;
        if (info == 0) {
            for (int i = 0; i < n; i++) {
                d[i] = Math.sqrt(q.z[i + 1]) * back;
            }
            return true;
        }
        if (info == 2) {
            for (int i = 0; i < n; i++) {
                d[i] = Math.sqrt(q.z[2 * i + 1]) * back;
            }
        }
        return false;
    }

    private static void sortDescending(double[] a, int from, int to) {
        java.util.Arrays.sort(a, from, to);
        for (int i = from, j = to - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code dlasq2} on z(1..4n); returns LAPACK's info. */
    private int dlasq2(int n) {
        double tol = EPS * 100;
        double tol2 = tol * tol;
        // n >= 3 here.
        z[2 * n] = 0;
        double emin = z[2];
        double qmx = 0;
        double zmax = 0;
        double dd = 0;
        double ee = 0;
        for (int k = 1; k <= 2 * (n - 1); k += 2) {
            if (z[k] < 0 || z[k + 1] < 0) {
                return -(200 + k);
            }
            dd = dd + z[k];
            ee = ee + z[k + 1];
            qmx = Math.max(qmx, z[k]);
            emin = Math.min(emin, z[k + 1]);
            zmax = Math.max(Math.max(qmx, zmax), z[k + 1]);
        }
        if (z[2 * n - 1] < 0) {
            return -(200 + 2 * n - 1);
        }
        dd = dd + z[2 * n - 1];
        qmx = Math.max(qmx, z[2 * n - 1]);
        if (ee == 0) {
            for (int k = 2; k <= n; k++) {
                z[k] = z[2 * k - 1];
            }
            sortDescending(z, 1, n + 1);
            z[2 * n - 1] = dd;
            return 0;
        }
        double trace = dd + ee;
        if (trace == 0) {
            z[2 * n - 1] = 0;
            return 0;
        }
        // Rearrange to the 4-stride layout.
        for (int k = 2 * n; k >= 2; k -= 2) {
            z[2 * k] = 0;
            z[2 * k - 1] = z[k];
            z[2 * k - 2] = 0;
            z[2 * k - 3] = z[k - 1];
        }
        i0 = 1;
        n0 = n;
        if (CBIAS * z[4 * i0 - 3] < z[4 * n0 - 3]) {
            int ipn4 = 4 * (i0 + n0);
            for (int i4 = 4 * i0; i4 <= 2 * (i0 + n0 - 1); i4 += 4) {
                swap(i4 - 3, ipn4 - i4 - 3);
                swap(i4 - 1, ipn4 - i4 - 5);
            }
        }
        // Initial split checking via dqd and Li's test.
        pp = 0;
        for (int k = 1; k <= 2; k++) {
            double d = z[4 * n0 + pp - 3];
            for (int i4 = 4 * (n0 - 1) + pp; i4 >= 4 * i0 + pp; i4 -= 4) {
                if (z[i4 - 1] <= tol2 * d) {
                    z[i4 - 1] = -0.0;
                    d = z[i4 - 3];
                } else {
                    d = z[i4 - 3] * (d / (d + z[i4 - 1]));
                }
            }
            emin = z[4 * i0 + pp + 1];
            d = z[4 * i0 + pp - 3];
            for (int i4 = 4 * i0 + pp; i4 <= 4 * (n0 - 1) + pp; i4 += 4) {
                z[i4 - 2 * pp - 2] = d + z[i4 - 1];
                if (z[i4 - 1] <= tol2 * d) {
                    z[i4 - 1] = -0.0;
                    z[i4 - 2 * pp - 2] = d;
                    z[i4 - 2 * pp] = 0;
                    d = z[i4 + 1];
                } else if (SAFMIN * z[i4 + 1] < z[i4 - 2 * pp - 2] && SAFMIN * z[i4 - 2 * pp - 2] < z[i4 + 1]) {
                    double temp = z[i4 + 1] / z[i4 - 2 * pp - 2];
                    z[i4 - 2 * pp] = z[i4 - 1] * temp;
                    d = d * temp;
                } else {
                    z[i4 - 2 * pp] = z[i4 + 1] * (z[i4 - 1] / z[i4 - 2 * pp - 2]);
                    d = z[i4 + 1] * (d / z[i4 - 2 * pp - 2]);
                }
                emin = Math.min(emin, z[i4 - 2 * pp]);
            }
            z[4 * n0 - pp - 2] = d;
            qmx = z[4 * i0 - pp - 2];
            for (int i4 = 4 * i0 - pp + 2; i4 <= 4 * n0 - pp - 2; i4 += 4) {
                qmx = Math.max(qmx, z[i4]);
            }
            pp = 1 - pp;
        }
        ttype = 0;
        dmin1 = 0;
        dmin2 = 0;
        dn = 0;
        dn1 = 0;
        dn2 = 0;
        g = 0;
        tau = 0;
        iter = 2;
        nfail = 0;
        ndiv = 2 * (n0 - i0);
        for (int iwhila = 1; iwhila <= n + 1; iwhila++) {
            if (n0 < 1) {
                finish(n);
                return 0;
            }
            desig = 0;
            sigma = n0 == n ? 0 : -z[4 * n0 - 1];
            if (sigma < 0) {
                return 1;
            }
            // Find the last unreduced submatrix's top index i0; find qmax and emin.
            double emax = 0;
            emin = n0 > i0 ? Math.abs(z[4 * n0 - 5]) : 0;
            double qmin = z[4 * n0 - 3];
            qmx = qmin;
            int i4;
            boolean found = false;
            for (i4 = 4 * n0; i4 >= 8; i4 -= 4) {
                if (z[i4 - 5] <= 0) {
                    found = true;
                    break;
                }
                if (qmin >= 4 * emax) {
                    qmin = Math.min(qmin, z[i4 - 3]);
                    emax = Math.max(emax, z[i4 - 5]);
                }
                qmx = Math.max(qmx, z[i4 - 7] + z[i4 - 5]);
                emin = Math.min(emin, z[i4 - 5]);
            }
            if (!found) {
                i4 = 4;
            }
            i0 = i4 / 4;
            pp = 0;
            if (n0 - i0 > 1) {
                double dee = z[4 * i0 - 3];
                double deemin = dee;
                int kmin = i0;
                for (int j4 = 4 * i0 + 1; j4 <= 4 * n0 - 3; j4 += 4) {
                    dee = z[j4] * (dee / (dee + z[j4 - 2]));
                    if (dee <= deemin) {
                        deemin = dee;
                        kmin = (j4 + 3) / 4;
                    }
                }
                if ((kmin - i0) * 2 < n0 - kmin && deemin <= 0.5 * z[4 * n0 - 3]) {
                    int ipn4 = 4 * (i0 + n0);
                    pp = 2;
                    for (int j4 = 4 * i0; j4 <= 2 * (i0 + n0 - 1); j4 += 4) {
                        swap(j4 - 3, ipn4 - j4 - 3);
                        swap(j4 - 2, ipn4 - j4 - 2);
                        swap(j4 - 1, ipn4 - j4 - 5);
                        swap(j4, ipn4 - j4 - 4);
                    }
                }
            }
            // Put -(initial shift) into dmin.
            dmin = -Math.max(0, qmin - 2 * Math.sqrt(qmin) * Math.sqrt(emax));
            qmax = qmx;
            int nbig = 100 * (n0 - i0 + 1);
            boolean done = false;
            for (int iwhilb = 1; iwhilb <= nbig; iwhilb++) {
                if (i0 > n0) {
                    done = true;
                    break;
                }
                dlasq3();
                pp = 1 - pp;
                // When emin is very small, check for splits.
                if (pp == 0 && n0 - i0 >= 3) {
                    if (z[4 * n0] <= tol2 * qmax || z[4 * n0 - 1] <= tol2 * sigma) {
                        int splt = i0 - 1;
                        qmax = z[4 * i0 - 3];
                        emin = z[4 * i0 - 1];
                        double oldemn = z[4 * i0];
                        for (int j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
                            if (z[j4] <= tol2 * z[j4 - 3] || z[j4 - 1] <= tol2 * sigma) {
                                z[j4 - 1] = -sigma;
                                splt = j4 / 4;
                                qmax = 0;
                                emin = z[j4 + 3];
                                oldemn = z[j4 + 4];
                            } else {
                                qmax = Math.max(qmax, z[j4 + 1]);
                                emin = Math.min(emin, z[j4 - 1]);
                                oldemn = Math.min(oldemn, z[j4]);
                            }
                        }
                        z[4 * n0 - 1] = emin;
                        z[4 * n0] = oldemn;
                        i0 = splt + 1;
                    }
                }
            }
            if (!done) {
                // Maximum number of iterations exceeded: info = 2 (the caller gives up).
                return 2;
            }
        }
        return 3;
    }

    private void finish(int n) {
        for (int k = 2; k <= n; k++) {
            z[k] = z[4 * k - 3];
        }
        sortDescending(z, 1, n + 1);
    }

    private void swap(int a, int b) {
        double t = z[a];
        z[a] = z[b];
        z[b] = t;
    }

    /** {@code dlasq3}: deflation checks, then one dqds step with a shift (or a zero shift). */
    private void dlasq3() {
        int n0in = n0;
        double tol = EPS * 100;
        double tol2 = tol * tol;
        while (true) {
            if (n0 < i0) {
                return;
            }
            boolean deflate1 = n0 == i0;
            int nn = 4 * n0 + pp;
            if (!deflate1) {
                if (n0 == i0 + 1) {
                    deflate2(nn, tol2);
                    continue;
                }
                if (z[nn - 5] > tol2 * (sigma + z[nn - 3]) && z[nn - 2 * pp - 4] > tol2 * z[nn - 7]) {
                    if (z[nn - 9] > tol2 * sigma && z[nn - 2 * pp - 8] > tol2 * z[nn - 11]) {
                        break;
                    }
                    deflate2(nn, tol2);
                    continue;
                }
            }
            z[4 * n0 - 3] = z[4 * n0 + pp - 3] + sigma;
            n0--;
        }
        if (pp == 2) {
            pp = 0;
        }
        // Reverse the qd-array if warranted.
        if (dmin <= 0 || n0 < n0in) {
            if (CBIAS * z[4 * i0 + pp - 3] < z[4 * n0 + pp - 3]) {
                int ipn4 = 4 * (i0 + n0);
                for (int j4 = 4 * i0; j4 <= 2 * (i0 + n0 - 1); j4 += 4) {
                    swap(j4 - 3, ipn4 - j4 - 3);
                    swap(j4 - 2, ipn4 - j4 - 2);
                    swap(j4 - 1, ipn4 - j4 - 5);
                    swap(j4, ipn4 - j4 - 4);
                }
                if (n0 - i0 <= 4) {
                    z[4 * n0 + pp - 1] = z[4 * i0 + pp - 1];
                    z[4 * n0 - pp] = z[4 * i0 - pp];
                }
                dmin2 = Math.min(dmin2, z[4 * n0 + pp - 1]);
                z[4 * n0 + pp - 1] = Math.min(Math.min(z[4 * n0 + pp - 1], z[4 * i0 + pp - 1]), z[4 * i0 + pp + 3]);
                z[4 * n0 - pp] = Math.min(Math.min(z[4 * n0 - pp], z[4 * i0 - pp]), z[4 * i0 - pp + 4]);
                qmax = Math.max(Math.max(qmax, z[4 * i0 + pp - 3]), z[4 * i0 + pp + 1]);
                dmin = -0.0;
            }
        }
        dlasq4(n0in);
        boolean zeroShift = false;
        while (true) {
            dlasq5();
            ndiv += n0 - i0 + 2;
            iter++;
            if (dmin >= 0 && dmin1 >= 0) {
                break;
            } else if (dmin < 0 && dmin1 > 0 && z[4 * (n0 - 1) - pp] < tol * (sigma + dn1)
                    && Math.abs(dn) < tol * sigma) {
                z[4 * (n0 - 1) - pp + 2] = 0;
                dmin = 0;
                break;
            } else if (dmin < 0) {
                nfail++;
                if (ttype < -22) {
                    tau = 0;
                } else if (dmin1 > 0) {
                    tau = (tau + dmin) * (1 - 2 * EPS);
                    ttype -= 11;
                } else {
                    tau = 0.25 * tau;
                    ttype -= 12;
                }
            } else if (dmin != dmin) {
                if (tau == 0) {
                    zeroShift = true;
                    break;
                }
                tau = 0;
            } else {
                zeroShift = true;
                break;
            }
        }
        if (zeroShift) {
            dlasq6();
            ndiv += n0 - i0 + 2;
            iter++;
            tau = 0;
        }
        if (tau < sigma) {
            desig = desig + tau;
            double t = sigma + desig;
            desig = desig - (t - sigma);
            sigma = t;
        } else {
            double t = sigma + tau;
            desig = sigma - (t - tau) + desig;
            sigma = t;
        }
    }

    /** Deflation of the last two eigenvalues (label 40 of dlasq3). */
    private void deflate2(int nn, double tol2) {
        if (z[nn - 3] > z[nn - 7]) {
            swap(nn - 3, nn - 7);
        }
        double t = 0.5 * ((z[nn - 7] - z[nn - 3]) + z[nn - 5]);
        if (z[nn - 5] > z[nn - 3] * tol2 && t != 0) {
            double s = z[nn - 3] * (z[nn - 5] / t);
            if (s <= t) {
                s = z[nn - 3] * (z[nn - 5] / (t * (1 + Math.sqrt(1 + s / t))));
            } else {
                s = z[nn - 3] * (z[nn - 5] / (t + Math.sqrt(t) * Math.sqrt(t + s)));
            }
            t = z[nn - 7] + (s + z[nn - 5]);
            z[nn - 3] = z[nn - 3] * (z[nn - 7] / t);
            z[nn - 7] = t;
        }
        z[4 * n0 - 7] = z[nn - 7] + sigma;
        z[4 * n0 - 3] = z[nn - 3] + sigma;
        n0 -= 2;
    }

    /** {@code dlasq4}: the shift tau (left unchanged where LAPACK returns early). */
    private void dlasq4(int n0in) {
        final double cnst1 = 0.563;
        final double cnst2 = 1.01;
        final double cnst3 = 1.05;
        final double third = 0.333;
        if (dmin <= 0) {
            tau = -dmin;
            ttype = -1;
            return;
        }
        int nn = 4 * n0 + pp;
        double s = 0;
        double a2;
        double b1;
        double b2;
        double gap1;
        double gap2;
        double gam;
        if (n0in == n0) {
            if (dmin == dn || dmin == dn1) {
                b1 = Math.sqrt(z[nn - 3]) * Math.sqrt(z[nn - 5]);
                b2 = Math.sqrt(z[nn - 7]) * Math.sqrt(z[nn - 9]);
                a2 = z[nn - 7] + z[nn - 5];
                if (dmin == dn && dmin1 == dn1) {
                    gap2 = dmin2 - a2 - dmin2 * 0.25;
                    if (gap2 > 0 && gap2 > b2) {
                        gap1 = a2 - dn - (b2 / gap2) * b2;
                    } else {
                        gap1 = a2 - dn - (b1 + b2);
                    }
                    if (gap1 > 0 && gap1 > b1) {
                        s = Math.max(dn - (b1 / gap1) * b1, 0.5 * dmin);
                        ttype = -2;
                    } else {
                        s = 0;
                        if (dn > b1) {
                            s = dn - b1;
                        }
                        if (a2 > (b1 + b2)) {
                            s = Math.min(s, a2 - (b1 + b2));
                        }
                        s = Math.max(s, third * dmin);
                        ttype = -3;
                    }
                } else {
                    ttype = -4;
                    s = 0.25 * dmin;
                    int np;
                    if (dmin == dn) {
                        gam = dn;
                        a2 = 0;
                        if (z[nn - 5] > z[nn - 7]) {
                            return;
                        }
                        b2 = z[nn - 5] / z[nn - 7];
                        np = nn - 9;
                    } else {
                        np = nn - 2 * pp;
                        gam = dn1;
                        if (z[np - 4] > z[np - 2]) {
                            return;
                        }
                        a2 = z[np - 4] / z[np - 2];
                        if (z[nn - 9] > z[nn - 11]) {
                            return;
                        }
                        b2 = z[nn - 9] / z[nn - 11];
                        np = nn - 13;
                    }
                    a2 = a2 + b2;
                    for (int i4 = np; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        if (b2 == 0) {
                            break;
                        }
                        b1 = b2;
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b2 = b2 * (z[i4] / z[i4 - 2]);
                        a2 = a2 + b2;
                        if (100 * Math.max(b2, b1) < a2 || cnst1 < a2) {
                            break;
                        }
                    }
                    a2 = cnst3 * a2;
                    if (a2 < cnst1) {
                        s = gam * (1 - Math.sqrt(a2)) / (1 + a2);
                    }
                }
            } else if (dmin == dn2) {
                ttype = -5;
                s = 0.25 * dmin;
                int np = nn - 2 * pp;
                b1 = z[np - 2];
                b2 = z[np - 6];
                gam = dn2;
                if (z[np - 8] > b2 || z[np - 4] > b1) {
                    return;
                }
                a2 = (z[np - 8] / b2) * (1 + z[np - 4] / b1);
                if (n0 - i0 > 2) {
                    b2 = z[nn - 13] / z[nn - 15];
                    a2 = a2 + b2;
                    for (int i4 = nn - 17; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        if (b2 == 0) {
                            break;
                        }
                        b1 = b2;
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b2 = b2 * (z[i4] / z[i4 - 2]);
                        a2 = a2 + b2;
                        if (100 * Math.max(b2, b1) < a2 || cnst1 < a2) {
                            break;
                        }
                    }
                    a2 = cnst3 * a2;
                }
                if (a2 < cnst1) {
                    s = gam * (1 - Math.sqrt(a2)) / (1 + a2);
                }
            } else {
                if (ttype == -6) {
                    g = g + third * (1 - g);
                } else if (ttype == -18) {
                    g = 0.25 * third;
                } else {
                    g = 0.25;
                }
                s = g * dmin;
                ttype = -6;
            }
        } else if (n0in == n0 + 1) {
            if (dmin1 == dn1 && dmin2 == dn2) {
                ttype = -7;
                s = third * dmin1;
                if (z[nn - 5] > z[nn - 7]) {
                    return;
                }
                b1 = z[nn - 5] / z[nn - 7];
                b2 = b1;
                if (b2 != 0) {
                    for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        a2 = b1;
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b1 = b1 * (z[i4] / z[i4 - 2]);
                        b2 = b2 + b1;
                        if (100 * Math.max(b1, a2) < b2) {
                            break;
                        }
                    }
                }
                b2 = Math.sqrt(cnst3 * b2);
                a2 = dmin1 / (1 + b2 * b2);
                gap2 = 0.5 * dmin2 - a2;
                if (gap2 > 0 && gap2 > b2 * a2) {
                    s = Math.max(s, a2 * (1 - cnst2 * a2 * (b2 / gap2) * b2));
                } else {
                    s = Math.max(s, a2 * (1 - cnst2 * b2));
                    ttype = -8;
                }
            } else {
                s = 0.25 * dmin1;
                if (dmin1 == dn1) {
                    s = 0.5 * dmin1;
                }
                ttype = -9;
            }
        } else if (n0in == n0 + 2) {
            if (dmin2 == dn2 && 2 * z[nn - 5] < z[nn - 7]) {
                ttype = -10;
                s = third * dmin2;
                if (z[nn - 5] > z[nn - 7]) {
                    return;
                }
                b1 = z[nn - 5] / z[nn - 7];
                b2 = b1;
                if (b2 != 0) {
                    for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b1 = b1 * (z[i4] / z[i4 - 2]);
                        b2 = b2 + b1;
                        if (100 * b1 < b2) {
                            break;
                        }
                    }
                }
                b2 = Math.sqrt(cnst3 * b2);
                a2 = dmin2 / (1 + b2 * b2);
                gap2 = z[nn - 7] + z[nn - 9] - Math.sqrt(z[nn - 11]) * Math.sqrt(z[nn - 9]) - a2;
                if (gap2 > 0 && gap2 > b2 * a2) {
                    s = Math.max(s, a2 * (1 - cnst2 * a2 * (b2 / gap2) * b2));
                } else {
                    s = Math.max(s, a2 * (1 - cnst2 * b2));
                }
            } else {
                s = 0.25 * dmin2;
                ttype = -11;
            }
        } else if (n0in > n0 + 2) {
            s = 0;
            ttype = -12;
        }
        tau = s;
    }

    /** {@code dlasq5} (IEEE arithmetic): one dqds transform with shift tau. */
    private void dlasq5() {
        if (n0 - i0 - 1 <= 0) {
            return;
        }
        double dthresh = EPS * (sigma + tau);
        if (tau < dthresh * 0.5) {
            tau = 0;
        }
        int j4 = 4 * i0 + pp - 3;
        double emin = z[j4 + 4];
        double d = z[j4] - tau;
        dmin = d;
        dmin1 = -z[j4];
        boolean clamp = tau == 0;
        if (pp == 0) {
            for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
                z[j4 - 2] = d + z[j4 - 1];
                double temp = z[j4 + 1] / z[j4 - 2];
                d = d * temp - tau;
                if (clamp && d < dthresh) {
                    d = 0;
                }
                dmin = Math.min(dmin, d);
                z[j4] = z[j4 - 1] * temp;
                emin = Math.min(z[j4], emin);
            }
        } else {
            for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
                z[j4 - 3] = d + z[j4];
                double temp = z[j4 + 2] / z[j4 - 3];
                d = d * temp - tau;
                if (clamp && d < dthresh) {
                    d = 0;
                }
                dmin = Math.min(dmin, d);
                z[j4 - 1] = z[j4] * temp;
                emin = Math.min(z[j4 - 1], emin);
            }
        }
        double dnm2 = d;
        dmin2 = dmin;
        j4 = 4 * (n0 - 2) - pp;
        int j4p2 = j4 + 2 * pp - 1;
        z[j4 - 2] = dnm2 + z[j4p2];
        z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
        double dnm1 = z[j4p2 + 2] * (dnm2 / z[j4 - 2]) - tau;
        dmin = Math.min(dmin, dnm1);
        dmin1 = dmin;
        j4 += 4;
        j4p2 = j4 + 2 * pp - 1;
        z[j4 - 2] = dnm1 + z[j4p2];
        z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
        dn = z[j4p2 + 2] * (dnm1 / z[j4 - 2]) - tau;
        dmin = Math.min(dmin, dn);
        dn1 = dnm1;
        dn2 = dnm2;
        z[j4 + 2] = dn;
        z[4 * n0 - pp] = emin;
    }

    /** {@code dlasq6}: one dqd transform without shift, guarding against underflow. */
    private void dlasq6() {
        if (n0 - i0 - 1 <= 0) {
            return;
        }
        int j4 = 4 * i0 + pp - 3;
        double emin = z[j4 + 4];
        double d = z[j4];
        dmin = d;
        if (pp == 0) {
            for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
                z[j4 - 2] = d + z[j4 - 1];
                if (z[j4 - 2] == 0) {
                    z[j4] = 0;
                    d = z[j4 + 1];
                    dmin = d;
                    emin = 0;
                } else if (SAFMIN * z[j4 + 1] < z[j4 - 2] && SAFMIN * z[j4 - 2] < z[j4 + 1]) {
                    double temp = z[j4 + 1] / z[j4 - 2];
                    z[j4] = z[j4 - 1] * temp;
                    d = d * temp;
                } else {
                    z[j4] = z[j4 + 1] * (z[j4 - 1] / z[j4 - 2]);
                    d = z[j4 + 1] * (d / z[j4 - 2]);
                }
                dmin = Math.min(dmin, d);
                emin = Math.min(emin, z[j4]);
            }
        } else {
            for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
                z[j4 - 3] = d + z[j4];
                if (z[j4 - 3] == 0) {
                    z[j4 - 1] = 0;
                    d = z[j4 + 2];
                    dmin = d;
                    emin = 0;
                } else if (SAFMIN * z[j4 + 2] < z[j4 - 3] && SAFMIN * z[j4 - 3] < z[j4 + 2]) {
                    double temp = z[j4 + 2] / z[j4 - 3];
                    z[j4 - 1] = z[j4] * temp;
                    d = d * temp;
                } else {
                    z[j4 - 1] = z[j4 + 2] * (z[j4] / z[j4 - 3]);
                    d = z[j4 + 2] * (d / z[j4 - 3]);
                }
                dmin = Math.min(dmin, d);
                emin = Math.min(emin, z[j4 - 1]);
            }
        }
        double dnm2 = d;
        dmin2 = dmin;
        j4 = 4 * (n0 - 2) - pp;
        int j4p2 = j4 + 2 * pp - 1;
        z[j4 - 2] = dnm2 + z[j4p2];
        double dnm1;
        if (z[j4 - 2] == 0) {
            z[j4] = 0;
            dnm1 = z[j4p2 + 2];
            dmin = dnm1;
            emin = 0;
        } else if (SAFMIN * z[j4p2 + 2] < z[j4 - 2] && SAFMIN * z[j4 - 2] < z[j4p2 + 2]) {
            double temp = z[j4p2 + 2] / z[j4 - 2];
            z[j4] = z[j4p2] * temp;
            dnm1 = dnm2 * temp;
        } else {
            z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
            dnm1 = z[j4p2 + 2] * (dnm2 / z[j4 - 2]);
        }
        dmin = Math.min(dmin, dnm1);
        dmin1 = dmin;
        j4 += 4;
        j4p2 = j4 + 2 * pp - 1;
        z[j4 - 2] = dnm1 + z[j4p2];
        if (z[j4 - 2] == 0) {
            z[j4] = 0;
            dn = z[j4p2 + 2];
            dmin = dn;
            emin = 0;
        } else if (SAFMIN * z[j4p2 + 2] < z[j4 - 2] && SAFMIN * z[j4 - 2] < z[j4p2 + 2]) {
            double temp = z[j4p2 + 2] / z[j4 - 2];
            z[j4] = z[j4p2] * temp;
            dn = dnm1 * temp;
        } else {
            z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
            dn = z[j4p2 + 2] * (dnm1 / z[j4 - 2]);
        }
        dmin = Math.min(dmin, dn);
        dn1 = dnm1;
        dn2 = dnm2;
        z[j4 + 2] = dn;
        z[4 * n0 - pp] = emin;
    }
}
