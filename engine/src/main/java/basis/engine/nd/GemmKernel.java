package basis.engine.nd;

/**
 * A faster kernel for large float64 matrix products that a platform may install in {@link #installed}:
 * the browser installs one that runs a WebAssembly SIMD module (TeaVM emits no SIMD; see the
 * web-client's {@code basis.web.SimdGemm}). The JVM installs none and runs the engine's own loops,
 * which HotSpot vectorizes.
 *
 * <p>The contract keeps results identical to the engine's loops, bit for bit: every element is
 * computed in exactly their order, so a kernel changes speed only. For i &lt; n, j &lt; m:
 * <pre>
 *   acc = accumulate ? C(i, j) : 0.0
 *   for q = 0 .. k-1:  acc = subtract ? acc - A(i, q) * B(q, j) : acc + A(i, q) * B(q, j)
 *   C(i, j) = acc
 * </pre>
 * each product rounded, then each sum (no fused multiply-add, no reassociation), where
 * {@code A(i, q) = a[ao + i * as0 + q * as1]}, {@code B(q, j) = b[bo + q * bs0 + j * bs1]} and
 * {@code C(i, j) = c[co + i * cs0 + j * cs1]}. The kernel may decline (for shapes it is slow at, or
 * when it cannot get memory) by returning false without touching C; the caller then runs its loops.
 */
public interface GemmKernel {
    /** Computes C as described above and returns true, or returns false having done nothing. */
    boolean multiply(boolean accumulate, boolean subtract, int n, int k, int m,
            double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
            double[] c, int co, int cs0, int cs1);

    /** Where a platform installs its kernel at start-up (null: none). */
    final class Installed {
        private Installed() {}

        /** The installed kernel, or null. No static initializer on purpose: it would cost every caller. */
        public static GemmKernel kernel;
    }
}
