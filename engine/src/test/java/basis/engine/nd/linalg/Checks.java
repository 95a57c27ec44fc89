package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.EPS;

/** Residual measures shared by the decomposition suites (all relative, see {@link LinalgTolerance}). */
final class Checks {
    private Checks() {}

    /** The Frobenius norm, scaled so that tiny and huge entries neither underflow nor overflow. */
    static double frobenius(Matrix a) {
        double max = 0;
        for (double v : a.data) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0 || Double.isInfinite(max) || Double.isNaN(max)) {
            return max;
        }
        double s = 0;
        for (double v : a.data) {
            double q = v / max;
            s += q * q;
        }
        return max * Math.sqrt(s);
    }

    static Matrix minus(Matrix a, Matrix b) {
        Matrix r = new Matrix(a.rows, a.cols);
        for (int i = 0; i < r.data.length; i++) {
            r.data[i] = a.data[i] - b.data[i];
        }
        return r;
    }

    /** ||A - B||_F / (max(m, n, 1) eps ||A||_F), 0 when A is zero and B equals it. */
    static double relativeResidual(Matrix a, Matrix rebuilt) {
        if (a.rows != rebuilt.rows || a.cols != rebuilt.cols) {
            return Double.POSITIVE_INFINITY;
        }
        double diff = frobenius(minus(a, rebuilt));
        double scale = Math.max(1, Math.max(a.rows, a.cols)) * EPS * frobenius(a);
        if (diff == 0) {
            return 0;
        }
        return scale == 0 ? Double.POSITIVE_INFINITY : diff / scale;
    }

    /** ||Q^T Q - I||_F / (max(n, 1) eps) for the columns of q. */
    static double orthogonality(Matrix q) {
        Matrix g = q.transpose().times(q);
        Matrix d = minus(g, Matrix.identity(g.rows));
        return frobenius(d) / (Math.max(1, q.rows) * EPS);
    }

    static Matrix diag(int m, int n, double[] s) {
        Matrix d = new Matrix(m, n);
        for (int i = 0; i < s.length; i++) {
            d.set(i, i, s[i]);
        }
        return d;
    }
}
