package basis.engine.nd;

/**
 * A faster kernel for sequences of plane rotations (LAPACK's {@code dlasr} with a variable pivot:
 * the bidiagonal QR iteration's rotations of U and V^T) that a platform may install in
 * {@link Installed#kernel}: the browser installs one that runs a WebAssembly SIMD module (TeaVM
 * emits no SIMD; see the web-client's {@code basis.web.SimdRotations}). The JVM installs none and
 * runs the engine's own loops, which HotSpot vectorizes.
 *
 * <p>The vectors live in the platform's memory from {@link #load} to {@link Vectors#unload}, so a
 * sweep of rotations costs no copying. The contract keeps the results identical to the engine's
 * loops, bit for bit: {@code apply(first, cnt, c, s, off, forward)} applies, for q = 0 .. cnt-2
 * (forward) or q = cnt-2 .. 0 (backward) in that order, rotation j = q with
 * {@code ct = c[off + j]}, {@code st = s[off + j]} to the vectors x = first + j and y = first + j + 1:
 * <pre>
 *   if (ct == 1 &amp;&amp; st == 0) skip it (an identity changes nothing, not even the sign of a zero)
 *   else for every element i:  t = y[i]; v = x[i]; y[i] = ct * t - st * v; x[i] = st * t + ct * v
 * </pre>
 * each product rounded, then each sum (no fused multiply-add, no reassociation). A kernel may
 * decline a set of vectors (too small to pay for the copies, no memory) by returning null from
 * {@link #load}; the caller then rotates its arrays.
 */
public interface RotationKernel {
    /**
     * Copies the vectors (at least two, all of one length) into the platform's memory for a series
     * of {@link Vectors#apply} calls, or returns null having done nothing. The caller leaves the
     * arrays alone until {@link Vectors#unload} fills them again (it may use two of them as buffers
     * for {@link Vectors#read} and {@link Vectors#write}).
     */
    Vectors load(double[][] vectors);

    /** A set of vectors in the platform's memory, indexed as the arrays given to {@link #load}. */
    interface Vectors {
        /** Applies the rotation sequence described in {@link RotationKernel}. */
        void apply(int first, int cnt, double[] c, double[] s, int off, boolean forward);

        /** Copies vector i into {@code into} (of the vectors' length). */
        void read(int i, double[] into);

        /** Replaces vector i by {@code from} (of the vectors' length). */
        void write(int i, double[] from);

        /** Copies every vector back into the arrays given to {@link #load} and releases the memory. */
        void unload(double[][] vectors);
    }

    /** Where a platform installs its kernel at start-up (null: none). */
    final class Installed {
        private Installed() {}

        /** The installed kernel, or null. No static initializer on purpose: it would cost every caller. */
        public static RotationKernel kernel;
    }
}
