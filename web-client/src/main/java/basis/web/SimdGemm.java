package basis.web;

import basis.engine.nd.GemmKernel;
import org.teavm.classlib.PlatformDetector;
import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.runtime.heap.Heap;

/**
 * The browser's {@link GemmKernel}: large float64 products in WebAssembly SIMD128 (f64x2), in the
 * module {@code wasm/kernels.wasm} that {@code build-kernels.mjs} generates. TeaVM emits no SIMD,
 * so the engine's Java loops run scalar in the browser, at about a quarter of the JVM's speed.
 *
 * <p>The module works on the engine's linear memory (where TeaVM also keeps direct buffers; the
 * worker instantiates it with that memory and links its exports as the imports below, so a call
 * is a direct Wasm-to-Wasm call). A product copies A and B into a scratch region there, packed as
 * the kernel reads them (A in blocks of {@link #R} rows, B in panels of {@link #W} columns, both
 * zero-padded), zeroes or copies C, runs the kernel, and copies C back: about 3 ns per element
 * moved against the product's 2 k flops per element of C.
 *
 * <p>Each element of C is computed in the contract's order (q ascending, a rounded multiply then a
 * rounded add or subtract), and f64x2.mul/add/sub round each lane as the scalar operations do,
 * so the bits are the JVM's.
 */
final class SimdGemm implements GemmKernel {
    /** Rows of the kernel's block of A; build-kernels.mjs's R. */
    static final int R = 2;
    /** Columns of the kernel's panel of B; build-kernels.mjs's 2 * V. */
    static final int W = 8;
    /** Below this many multiply-adds the packing costs more than the kernel saves. */
    static final long MIN_WORK = 1L << 15;
    /** The most scratch memory one product may take (bytes); larger ones run the Java loops. */
    static final long MAX_SCRATCH = 512L << 20;
    /** Scratch kept between products; a larger region is released after its product. */
    static final int KEEP_SCRATCH = 64 << 20;

    /** 1 if the worker linked the SIMD module, 0 if it could not (then nothing is installed). */
    @Import(module = "basisKernels", name = "available")
    static native int available();

    @Import(module = "basisKernels", name = "gemm_add")
    private static native void gemmAdd(int ap, int bp, int cp, int nb, int mb, int k, int ldc);

    @Import(module = "basisKernels", name = "gemm_sub")
    private static native void gemmSub(int ap, int bp, int cp, int nb, int mb, int k, int ldc);

    private Address scratch;
    private int scratchBytes;
    /** Products computed here (not declined), for {@link #status()}. */
    private int products;

    /** Installs the kernel if the worker could link the module (on the JVM, in WebEntryTest: never). */
    static void install() {
        // On the JVM the import is a native method nobody provides, so ask the platform first
        // (catching the JVM's UnsatisfiedLinkError instead broke the browser: with that try/catch
        // around the call the engine never became ready; not investigated further).
        if (PlatformDetector.isWebAssemblyGC() && available() == 1) {
            GemmKernel.Installed.kernel = new SimdGemm();
        }
    }

    /** "off", or "on, N products" (see WebEntry.simdKernels). */
    static String status() {
        GemmKernel kernel = GemmKernel.Installed.kernel;
        return kernel instanceof SimdGemm ? "on, " + ((SimdGemm) kernel).products + " products" : "off";
    }

    @Override
    public boolean multiply(boolean accumulate, boolean subtract, int n, int k, int m,
            double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
            double[] c, int co, int cs0, int cs1) {
        if (n <= 0 || m <= 0) {
            return true;
        }
        if ((long) n * m * k < MIN_WORK) {
            return false;
        }
        int nb = (n + R - 1) / R;
        int mb = (m + W - 1) / W;
        long np = (long) nb * R;
        long mp = (long) mb * W;
        if (np * mp > 3L * n * m) { // mostly padding (an N x 1 product): the Java loops are as fast
            return false;
        }
        long bytes = 8L * (np * k + k * mp + np * mp) + 16;
        if (bytes > MAX_SCRATCH) {
            return false;
        }
        int base = reserve((int) bytes);
        if (base == 0) {
            return false;
        }
        int ap = (base + 15) & ~15;
        int bp = ap + (int) (8L * np * k);
        int cp = bp + (int) (8L * k * mp);
        packA(a, ao, as0, as1, n, k, nb, ap);
        packB(b, bo, bs0, bs1, k, m, mb, bp);
        int ldc = (int) mp;
        Address.fillZero(Address.fromInt(cp), (int) (8L * np * mp));
        if (accumulate) {
            for (int i = 0; i < n; i++) {
                int row = cp + 8 * i * ldc;
                int from = co + i * cs0;
                for (int j = 0; j < m; j++) {
                    Address.fromInt(row + 8 * j).putDouble(c[from + j * cs1]);
                }
            }
        }
        products++;
        if (subtract) {
            gemmSub(ap, bp, cp, nb, mb, k, ldc);
        } else {
            gemmAdd(ap, bp, cp, nb, mb, k, ldc);
        }
        for (int i = 0; i < n; i++) {
            int row = cp + 8 * i * ldc;
            int to = co + i * cs0;
            for (int j = 0; j < m; j++) {
                c[to + j * cs1] = Address.fromInt(row + 8 * j).getDouble();
            }
        }
        if (scratchBytes > KEEP_SCRATCH) {
            Heap.release(scratch);
            scratch = null;
            scratchBytes = 0;
        }
        return true;
    }

    /** The scratch region's address, at least {@code bytes} long, or 0 if there is no memory for it. */
    private int reserve(int bytes) {
        if (scratchBytes < bytes) {
            if (scratch != null) {
                Heap.release(scratch);
                scratch = null;
                scratchBytes = 0;
            }
            Address p = Heap.alloc(bytes);
            if (p == null || p.toInt() == 0) {
                return 0;
            }
            scratch = p;
            scratchBytes = bytes;
        }
        return scratch.toInt();
    }

    /** A as nb blocks of R = 2 rows, each k x 2 with the two rows' elements of one q side by side. */
    private static void packA(double[] a, int ao, int as0, int as1, int n, int k, int nb, int ap) {
        int p = ap;
        for (int ib = 0; ib < nb; ib++) {
            int r0 = ao + 2 * ib * as0;
            if (2 * ib + 1 < n) {
                int r1 = r0 + as0;
                for (int q = 0; q < k; q++) {
                    Address.fromInt(p).putDouble(a[r0 + q * as1]);
                    Address.fromInt(p + 8).putDouble(a[r1 + q * as1]);
                    p += 16;
                }
            } else {
                for (int q = 0; q < k; q++) {
                    Address.fromInt(p).putDouble(a[r0 + q * as1]);
                    Address.fromInt(p + 8).putDouble(0.0);
                    p += 16;
                }
            }
        }
    }

    /** B as mb panels of W = 8 columns, each k x 8, row by row; columns past m are zero. */
    private static void packB(double[] b, int bo, int bs0, int bs1, int k, int m, int mb, int bp) {
        int p = bp;
        for (int jb = 0; jb < mb; jb++) {
            int j0 = jb * W;
            int c0 = bo + j0 * bs1;
            if (j0 + W <= m) {
                for (int q = 0; q < k; q++) {
                    int x = c0 + q * bs0;
                    Address.fromInt(p).putDouble(b[x]);
                    Address.fromInt(p + 8).putDouble(b[x + bs1]);
                    Address.fromInt(p + 16).putDouble(b[x + 2 * bs1]);
                    Address.fromInt(p + 24).putDouble(b[x + 3 * bs1]);
                    Address.fromInt(p + 32).putDouble(b[x + 4 * bs1]);
                    Address.fromInt(p + 40).putDouble(b[x + 5 * bs1]);
                    Address.fromInt(p + 48).putDouble(b[x + 6 * bs1]);
                    Address.fromInt(p + 56).putDouble(b[x + 7 * bs1]);
                    p += 64;
                }
            } else {
                int cols = m - j0;
                for (int q = 0; q < k; q++) {
                    int x = c0 + q * bs0;
                    for (int cc = 0; cc < W; cc++) {
                        Address.fromInt(p + 8 * cc).putDouble(cc < cols ? b[x + cc * bs1] : 0.0);
                    }
                    p += 64;
                }
            }
        }
    }
}
