package basis.engine.nd.linalg;

/**
 * The tolerances of the linear-algebra tests, in one place (as EJML's UtilEjml.TEST_F64). Residuals
 * are measured relative to n * eps * ||A|| (Frobenius norms), the size a backward-stable algorithm
 * guarantees up to a modest constant; the constants below are those modest factors.
 */
final class LinalgTolerance {
    private LinalgTolerance() {}

    /** Machine epsilon (unit roundoff times two), 2^-52. */
    static final double EPS = 0x1p-52;

    /** Rebuilt factors: ||A - rebuilt||_F <= RESIDUAL * max(m, n) * eps * ||A||_F. */
    static final double RESIDUAL = 8.0;

    /** Orthonormal factors: ||Q^T Q - I||_F <= ORTHOGONALITY * n * eps. */
    static final double ORTHOGONALITY = 8.0;

    /** Eigenpairs: ||A V - V diag(w)||_F <= EIGEN_RESIDUAL * n * eps * ||A||_F * ||V||_F. */
    static final double EIGEN_RESIDUAL = 16.0;

    /**
     * Values compared with NumPy that are unique but not reproduced bit for bit (eigenvalues,
     * singular values, R of QR, least squares): |ours - numpy| <= VALUE * n * eps * scale, where scale
     * is ||A||_F for eigen/singular values and R, and the size of the solution times cond(A) for
     * least-squares solutions.
     */
    static final double VALUE = 64.0;

    /** Determinants: NumPy's glibc log/exp are not always correctly rounded (ours are). */
    static final int DET_MAX_ULPS = 4;

    /** Share of determinant cases allowed to differ from NumPy in the last bits (see DET_MAX_ULPS). */
    static final double DET_INEXACT_SHARE = 0.02;
}
