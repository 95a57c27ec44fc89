package basis.engine.nd.linalg;

/**
 * Cholesky decomposition A = L L^T of a symmetric positive definite matrix, from its lower
 * triangle (the upper one is not read), as LAPACK's {@code dpotrf('L')} in NumPy's OpenBLAS:
 * OpenBLAS's unblocked {@code potf2_L} (column j: the diagonal minus a dot product, its square root,
 * the column below by a matrix-vector product scaled by the reciprocal). Bit-identical to NumPy up
 * to n = 32, where OpenBLAS switches to a blocked algorithm; agrees to rounding beyond.
 */
public final class CholeskyDecomposition {
    private Matrix l;
    private int info;

    /**
     * Factors a copy of the square matrix {@code a}.
     *
     * @return false if a leading minor is not positive definite (then {@link #info()} is its order)
     */
    public boolean decompose(Matrix a) {
        if (a.rows != a.cols) {
            throw new IllegalArgumentException("Cholesky needs a square matrix");
        }
        int n = a.rows;
        int lda = Math.max(n, 1);
        double[] d = a.data.clone();
        info = 0;
        for (int j = 0; j < n; j++) {
            int jj = j + j * lda;
            double ajj = d[jj] - Kernels.dot(j, d, j, lda, d, j, lda);
            if (ajj <= 0) {
                d[jj] = ajj;
                info = j + 1;
                break;
            }
            ajj = Math.sqrt(ajj);
            d[jj] = ajj;
            int below = n - j - 1;
            if (below > 0) {
                Kernels.gemvN(below, j, -1.0, d, j + 1, lda, d, j, lda, d, jj + 1);
                Kernels.scal(below, 1.0 / ajj, d, jj + 1);
            }
        }
        // NumPy returns the lower triangle with zeros above the diagonal.
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                d[i + j * lda] = 0.0;
            }
        }
        l = new Matrix(n, n, d);
        return info == 0;
    }

    /** The lower triangular factor (meaningful only after a successful decomposition). */
    public Matrix getL() {
        return l;
    }

    /** LAPACK's info: 0, or the order of the first leading minor that is not positive definite. */
    public int info() {
        return info;
    }
}
