/**
 * The decompositions behind {@code np.linalg}, one class each (decompose, then getters), following
 * the LAPACK routines NumPy calls, and the OpenBLAS (SkylakeX) kernels those call, operation by
 * operation, so that results, orders and signs are NumPy's bit for bit for the matrix sizes
 * students use:
 *
 * <ul>
 *   <li>{@link basis.engine.nd.linalg.LUDecomposition}: dgetrf/dgetrs (det, slogdet, solve, inv)
 *       with {@link basis.engine.nd.linalg.Triangular}; every size OpenBLAS runs single-threaded.
 *   <li>{@link basis.engine.nd.linalg.CholeskyDecomposition}: dpotrf('L'), n &lt;= 32 (blocked beyond).
 *   <li>{@link basis.engine.nd.linalg.QRDecomposition}: dgeqr2 + dorg2r, min(m, n) &lt;= 128.
 *   <li>{@link basis.engine.nd.linalg.SymmetricEigen}: dsytd2 + dsteqr/dormtr (eigh, n &lt;= 25) or
 *       dsterf (eigvalsh, n &lt;= 32).
 *   <li>{@link basis.engine.nd.linalg.GeneralEigen}: dgebal + dgehd2 + dlahqr + dtrevc3 (eig and
 *       eigvals; vectors up to n = 15, values up to n = 74; dlaqr0 beyond).
 *   <li>{@link basis.engine.nd.linalg.SingularValueDecomposition}: dgesdd's four paths with dgebd2 +
 *       dbdsqr (vectors up to 25 columns) and {@link basis.engine.nd.linalg.Dqds} (values only, up to
 *       about 128).
 *   <li>{@link basis.engine.nd.linalg.LeastSquares}: dgelsd (lstsq), up to 25 columns.
 * </ul>
 * Past those sizes LAPACK switches algorithm (blocked, divide and conquer, multishift QR) and the
 * results agree to rounding. {@link basis.engine.nd.linalg.Matrix} is the column-major matrix they
 * share; {@link basis.engine.nd.linalg.CrMath} gives correctly rounded log/exp (the determinant's).
 * Everything here is deterministic plain arithmetic, identical on the JVM and in Wasm: no threads,
 * no {@code Math.fma} (emulated exactly, as is the x87 extended precision of OpenBLAS's dnrm2), only
 * the Math functions that agree between JVM and Wasm.
 */
package basis.engine.nd.linalg;
