package basis.web;

import basis.engine.nd.RotationKernel;
import org.teavm.classlib.PlatformDetector;
import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.runtime.heap.Heap;

/**
 * The browser's {@link RotationKernel}: the bidiagonal QR iteration's rotation sweeps (U's columns,
 * V^T's rows) in WebAssembly SIMD128, in the module {@code wasm/kernels.wasm} next to
 * {@link SimdGemm}'s product kernel ({@code rot_fwd}, {@code rot_bwd}; see build-kernels.mjs).
 *
 * <p>{@link #load} copies the vectors into the engine's linear memory for the whole iteration, in
 * blocks of {@link #E} elements: block b of vector j at {@code base + (b * count + j) * E * 8}, so a
 * block of all the vectors is contiguous and the kernel streams through it, carrying one vector's
 * block in registers from one rotation to the next. The last block is zero-padded (the padding is
 * rotated along and never read back). A sweep copies only its cosines and sines.
 *
 * <p>Every element sees the contract's operations in its order (f64x2.mul/add/sub round each lane
 * as the scalar operations do), so the bits are the JVM's.
 */
final class SimdRotations implements RotationKernel {
    /** Elements per block; build-kernels.mjs's 2 * RV. */
    static final int E = 8;
    /** Fewer elements than this in all (count * length) stay in the Java loops: the copies would cost more. */
    static final int MIN_ELEMENTS = 256;
    /** The most memory one set of vectors may take (bytes); larger ones stay in the Java loops. */
    static final long MAX_BYTES = 256L << 20;

    @Import(module = "basisKernels", name = "rot_fwd")
    private static native void rotFwd(int p, int cp, int sp, int nrot, int nb, int bstride);

    @Import(module = "basisKernels", name = "rot_bwd")
    private static native void rotBwd(int p, int cp, int sp, int nrot, int nb, int bstride);

    /** Rotation sweeps run here (for {@link #status()}). */
    private int sweeps;

    /** Installs the kernel if the worker could link the module (on the JVM, in WebEntryTest: never). */
    static void install() {
        if (PlatformDetector.isWebAssemblyGC() && SimdGemm.available() == 1) {
            RotationKernel.Installed.kernel = new SimdRotations();
        }
    }

    /** "", or ", N rotation sweeps" when installed (see WebEntry.simdKernels). */
    static String status() {
        RotationKernel kernel = RotationKernel.Installed.kernel;
        return kernel instanceof SimdRotations ? ", " + ((SimdRotations) kernel).sweeps + " rotation sweeps" : "";
    }

    @Override
    public Vectors load(double[][] vectors) {
        int count = vectors.length;
        if (count < 2) {
            return null;
        }
        int len = vectors[0].length;
        if ((long) count * len < MIN_ELEMENTS) {
            return null;
        }
        int nb = (len + E - 1) / E;
        long dataBytes = 8L * E * nb * count;
        long bytes = dataBytes + 16L * count + 64;
        if (bytes > MAX_BYTES) {
            return null;
        }
        Address region = Heap.alloc((int) bytes);
        if (region == null || region.toInt() == 0) {
            return null;
        }
        int base = (region.toInt() + 63) & ~63;
        Address.fillZero(Address.fromInt(base), (int) dataBytes);
        Store store = new Store(region, base, count, len, nb, base + (int) dataBytes);
        for (int j = 0; j < count; j++) {
            store.write(j, vectors[j]);
        }
        return store;
    }

    /** One set of vectors in linear memory, and room for a sweep's cosines and sines after it. */
    private final class Store implements Vectors {
        private Address region;
        private final int base;
        private final int count;
        private final int len;
        private final int nb;
        private final int cp;
        private final int sp;

        Store(Address region, int base, int count, int len, int nb, int cs) {
            this.region = region;
            this.base = base;
            this.count = count;
            this.len = len;
            this.nb = nb;
            this.cp = cs;
            this.sp = cs + 8 * count;
        }

        @Override
        public void apply(int first, int cnt, double[] c, double[] s, int off, boolean forward) {
            int nrot = cnt - 1;
            if (nrot <= 0) {
                return;
            }
            for (int q = 0; q < nrot; q++) {
                Address.fromInt(cp + 8 * q).putDouble(c[off + q]);
                Address.fromInt(sp + 8 * q).putDouble(s[off + q]);
            }
            sweeps++;
            int p = base + first * (E * 8);
            if (forward) {
                rotFwd(p, cp, sp, nrot, nb, count * E * 8);
            } else {
                rotBwd(p, cp, sp, nrot, nb, count * E * 8);
            }
        }

        @Override
        public void read(int j, double[] into) {
            int blockStride = count * E * 8;
            int row = base + j * (E * 8);
            int i = 0;
            for (; i + E <= len; i += E) {
                for (int e = 0; e < E; e++) {
                    into[i + e] = Address.fromInt(row + 8 * e).getDouble();
                }
                row += blockStride;
            }
            for (int e = 0; i + e < len; e++) {
                into[i + e] = Address.fromInt(row + 8 * e).getDouble();
            }
        }

        @Override
        public void write(int j, double[] from) {
            int blockStride = count * E * 8;
            int row = base + j * (E * 8);
            int i = 0;
            for (; i + E <= len; i += E) {
                for (int e = 0; e < E; e++) {
                    Address.fromInt(row + 8 * e).putDouble(from[i + e]);
                }
                row += blockStride;
            }
            for (int e = 0; i + e < len; e++) {
                Address.fromInt(row + 8 * e).putDouble(from[i + e]);
            }
        }

        @Override
        public void unload(double[][] vectors) {
            if (region == null) {
                return;
            }
            for (int j = 0; j < count; j++) {
                read(j, vectors[j]);
            }
            Heap.release(region);
            region = null;
        }
    }
}
