package basis.engine.nd;

/**
 * A faster kernel for applying Householder reflectors to a matrix that stays in the platform's
 * memory (the unblocked bidiagonalization of the SVD's fast path, {@code dgebd2}), which a platform
 * may install in {@link Installed#kernel}: the browser installs one that runs a WebAssembly SIMD
 * module (TeaVM emits no SIMD; see the web-client's {@code basis.web.SimdReflectors}). The JVM
 * installs none and runs the engine's own loops, which HotSpot vectorizes.
 *
 * <p>The contract keeps the results identical to the engine's loops ({@code FastKernels.applyLeft}
 * and {@code applyRight}), bit for bit: for the rows x cols block C of the stored matrix at
 * (row, col) and v = v[0 .. rows-1] (left) or v[0 .. cols-1] (right):
 * <pre>
 *   applyLeft:  for each column j of C in order:
 *                 s0..s3 = 0; for i = 0, 4, .. while i + 3 &lt; rows: s0 += v[i] C(i, j);
 *                   s1 += v[i+1] C(i+1, j); s2 += v[i+2] C(i+2, j); s3 += v[i+3] C(i+3, j)
 *                 then for the remaining i: s0 += v[i] C(i, j)
 *                 w = tau * ((s0 + s2) + (s1 + s3))
 *                 if (w != 0) for each i: C(i, j) += (-w) * v[i]
 *   applyRight: w[i] = 0 for each row i;
 *               for each column j in order: if (v[j] != 0) for each i: w[i] += v[j] * C(i, j)
 *               for each column j: t = tau * v[j]; if (t != 0) for each i: C(i, j) += (-t) * w[i]
 * </pre>
 * each product rounded, then each sum (no fused multiply-add, no reassociation). A kernel may
 * decline a matrix (too small, no memory) by returning null from {@link #load}; the caller then
 * works on its array.
 */
public interface ReflectorKernel {
    /**
     * Copies the rows x cols column-major matrix {@code a} (leading dimension rows) into the
     * platform's memory, or returns null having done nothing. The caller leaves the array alone
     * until {@link Stored#unload} fills it again.
     */
    Stored load(double[] a, int rows, int cols);

    /** A matrix in the platform's memory. Rows and columns count from 0, as in the array given to load. */
    interface Stored {
        /** Copies {@code count} elements from (row, col) on, along the row or down the column, into {@code into}. */
        void read(int row, int col, int count, boolean alongRow, double[] into);

        /** Replaces {@code count} elements from (row, col) on, along the row or down the column, by {@code from}. */
        void write(int row, int col, int count, boolean alongRow, double[] from);

        /** C := (I - tau v v^T) C for the rows x cols block C at (row, col), as described in {@link ReflectorKernel}. */
        void applyLeft(int row, int col, int rows, int cols, double[] v, double tau);

        /** C := C (I - tau v v^T) for the rows x cols block C at (row, col), as described in {@link ReflectorKernel}. */
        void applyRight(int row, int col, int rows, int cols, double[] v, double tau);

        /** Copies the matrix back into the array given to load and releases the memory. */
        void unload(double[] a);
    }

    /** Where a platform installs its kernel at start-up (null: none). */
    final class Installed {
        private Installed() {}

        /** The installed kernel, or null. No static initializer on purpose: it would cost every caller. */
        public static ReflectorKernel kernel;
    }
}
