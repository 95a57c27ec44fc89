package basis.web;

import basis.engine.nd.ReflectorKernel;
import org.teavm.classlib.PlatformDetector;
import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.runtime.heap.Heap;

/**
 * The browser's {@link ReflectorKernel}: the SVD's unblocked bidiagonalization ({@code dgebd2},
 * a dot product and an update per column for each reflector) in WebAssembly SIMD128, in the module
 * {@code wasm/kernels.wasm} next to {@link SimdGemm}'s product kernel ({@code refl_left},
 * {@code refl_right}; see build-kernels.mjs).
 *
 * <p>{@link #load} copies the matrix into the engine's linear memory, column-major with an even
 * leading dimension (columns 16-byte aligned), where it stays for the whole bidiagonalization; each
 * reflector copies only its vector there. The engine reads and writes the column and the row that
 * each step's {@code larfg} works on.
 *
 * <p>Every element sees the contract's operations in its order (f64x2.mul/add round each lane as the
 * scalar operations do; the four partial sums of a dot product are two f64x2 accumulators), so the
 * bits are the JVM's.
 */
final class SimdReflectors implements ReflectorKernel {
    /** Smaller matrices (rows * cols) stay in the Java loops: the copies would cost more. */
    static final int MIN_ELEMENTS = 1024;
    /** The most memory one matrix may take (bytes); larger ones stay in the Java loops. */
    static final long MAX_BYTES = 256L << 20;

    @Import(module = "basisKernels", name = "refl_left")
    private static native void reflLeft(int cp, int ldb, int rows, int cols, int vp, double tau);

    @Import(module = "basisKernels", name = "refl_right")
    private static native void reflRight(int cp, int ldb, int rows, int cols, int vp, double tau, int wp);

    /** Reflectors applied here (for {@link #status()}). */
    private int reflectors;

    /** Installs the kernel if the worker could link the module (on the JVM, in WebEntryTest: never). */
    static void install() {
        if (PlatformDetector.isWebAssemblyGC() && SimdGemm.available() == 1) {
            ReflectorKernel.Installed.kernel = new SimdReflectors();
        }
    }

    /** "", or ", N reflectors" when installed (see WebEntry.simdKernels). */
    static String status() {
        ReflectorKernel kernel = ReflectorKernel.Installed.kernel;
        return kernel instanceof SimdReflectors ? ", " + ((SimdReflectors) kernel).reflectors + " reflectors" : "";
    }

    @Override
    public Stored load(double[] a, int rows, int cols) {
        if (rows <= 0 || cols <= 0 || (long) rows * cols < MIN_ELEMENTS) {
            return null;
        }
        int ld = (rows + 1) & ~1;
        long dataBytes = 8L * ld * cols;
        int vecBytes = 8 * (Math.max(rows, cols) + 2);
        long bytes = dataBytes + 2L * vecBytes + 16;
        if (bytes > MAX_BYTES) {
            return null;
        }
        Address region = Heap.alloc((int) bytes);
        if (region == null || region.toInt() == 0) {
            return null;
        }
        int base = (region.toInt() + 15) & ~15;
        int vp = base + (int) dataBytes;
        Matrix stored = new Matrix(region, base, rows, cols, ld, vp, vp + vecBytes);
        for (int j = 0; j < cols; j++) {
            int col = base + 8 * ld * j;
            int from = j * rows;
            for (int i = 0; i < rows; i++) {
                Address.fromInt(col + 8 * i).putDouble(a[from + i]);
            }
        }
        return stored;
    }

    /** One matrix in linear memory, with room for a reflector's vector and the product w after it. */
    private final class Matrix implements Stored {
        private Address region;
        private final int base;
        private final int rows;
        private final int cols;
        private final int ld;
        private final int vp;
        private final int wp;

        Matrix(Address region, int base, int rows, int cols, int ld, int vp, int wp) {
            this.region = region;
            this.base = base;
            this.rows = rows;
            this.cols = cols;
            this.ld = ld;
            this.vp = vp;
            this.wp = wp;
        }

        private int address(int row, int col) {
            return base + 8 * (row + ld * col);
        }

        @Override
        public void read(int row, int col, int count, boolean alongRow, double[] into) {
            int p = address(row, col);
            int step = alongRow ? 8 * ld : 8;
            for (int i = 0; i < count; i++) {
                into[i] = Address.fromInt(p).getDouble();
                p += step;
            }
        }

        @Override
        public void write(int row, int col, int count, boolean alongRow, double[] from) {
            int p = address(row, col);
            int step = alongRow ? 8 * ld : 8;
            for (int i = 0; i < count; i++) {
                Address.fromInt(p).putDouble(from[i]);
                p += step;
            }
        }

        @Override
        public void applyLeft(int row, int col, int m, int n, double[] v, double tau) {
            if (m <= 0 || n <= 0) {
                return;
            }
            putVector(v, m);
            reflectors++;
            reflLeft(address(row, col), 8 * ld, m, n, vp, tau);
        }

        @Override
        public void applyRight(int row, int col, int m, int n, double[] v, double tau) {
            if (m <= 0 || n <= 0) {
                return;
            }
            putVector(v, n);
            reflectors++;
            reflRight(address(row, col), 8 * ld, m, n, vp, tau, wp);
        }

        private void putVector(double[] v, int n) {
            for (int i = 0; i < n; i++) {
                Address.fromInt(vp + 8 * i).putDouble(v[i]);
            }
        }

        @Override
        public void unload(double[] a) {
            if (region == null) {
                return;
            }
            for (int j = 0; j < cols; j++) {
                int col = base + 8 * ld * j;
                int to = j * rows;
                for (int i = 0; i < rows; i++) {
                    a[to + i] = Address.fromInt(col + 8 * i).getDouble();
                }
            }
            Heap.release(region);
            region = null;
        }
    }
}
