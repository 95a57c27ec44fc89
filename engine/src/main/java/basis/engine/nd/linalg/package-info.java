/**
 * The decompositions behind {@code np.linalg}, one class each (decompose, then getters), following
 * the LAPACK routines NumPy calls so that results, orders and signs agree with NumPy's:
 *
 * <ul>
 *   <li>{@link basis.engine.nd.linalg.LUDecomposition}: dgetrf/dgetrs as NumPy's OpenBLAS runs them,
 *       operation for operation ({@link basis.engine.nd.linalg.Kernels},
 *       {@link basis.engine.nd.linalg.Triangular}): det, solve and inv are bit-identical to NumPy
 *       with OpenBLAS on one thread (NumPy's default for the sizes students use).
 *   <li>{@link basis.engine.nd.linalg.CholeskyDecomposition}: dpotrf('L'), bit-identical up to n = 32.
 *   <li>{@link basis.engine.nd.linalg.QRDecomposition}: dgeqr2 + dorg2r (R's signs as LAPACK's).
 *   <li>{@link basis.engine.nd.linalg.SymmetricEigen}: dsytd2 + dorgtr + dsteqr (eigh, eigvalsh).
 *   <li>{@link basis.engine.nd.linalg.GeneralEigen}: dgebal + dgehd2 + dlahqr + dtrevc (eig, eigvals).
 *   <li>{@link basis.engine.nd.linalg.SingularValueDecomposition}: dgesdd's path with dgebd2 + dbdsqr.
 * </ul>
 * {@link basis.engine.nd.linalg.Matrix} is the column-major matrix they share;
 * {@link basis.engine.nd.linalg.CrMath} gives correctly rounded log/exp (the determinant's), the
 * same on the JVM and in Wasm. Everything here is deterministic plain arithmetic: no threads, no
 * {@code Math.fma} (emulated exactly), only the Math functions that agree between JVM and Wasm.
 */
package basis.engine.nd.linalg;
