package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call sites of {@link GemmKernel} (the browser's SIMD kernel hook) pass what the contract says:
 * a kernel that computes the contract literally, element by element through the given offsets and
 * strides, gives the same bits as the engine's own loops, for matmul (views, promoted operands,
 * stacks) and for the decompositions' products (FastKernels.gemm: accumulate, subtract or add).
 * The browser's kernel itself is checked against the JVM by the e2e ParityTest.
 */
class GemmKernelHookTest {
    /** The contract, literally; counts its calls. Declines nothing. */
    static final class Literal implements GemmKernel {
        int calls;
        int subtractCalls;
        int addCalls;

        @Override
        public boolean multiply(boolean accumulate, boolean subtract, int n, int k, int m,
                double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                double[] c, int co, int cs0, int cs1) {
            calls++;
            if (accumulate) {
                if (subtract) {
                    subtractCalls++;
                } else {
                    addCalls++;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double acc = accumulate ? c[co + i * cs0 + j * cs1] : 0.0;
                    for (int q = 0; q < k; q++) {
                        double p = a[ao + i * as0 + q * as1] * b[bo + q * bs0 + j * bs1];
                        acc = subtract ? acc - p : acc + p;
                    }
                    c[co + i * cs0 + j * cs1] = acc;
                }
            }
            return true;
        }
    }

    @AfterEach
    void uninstall() {
        GemmKernel.Installed.kernel = null;
    }

    private static NDArray random(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            int kind = rnd.nextInt(20);
            d[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : (rnd.nextDouble() - 0.5) * Math.pow(2, rnd.nextInt(40) - 20);
        }
        return NDArray.ofDoubles(d, rows, cols);
    }

    private static void assertSameBits(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.size, actual.size, what);
        double[] e = expected.toDoubleArray();
        double[] g = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(Double.doubleToRawLongBits(e[i]), Double.doubleToRawLongBits(g[i]),
                    what + ": element " + i + " is " + g[i] + ", expected " + e[i]);
        }
    }

    @Test
    void matmulThroughTheHookHasTheLoopsBits() {
        Random rnd = new Random(3);
        NDArray a = random(rnd, 257, 300).transpose();
        NDArray b = random(rnd, 257, 258).slice(1, 0, 258, 2);
        long[] ints = new long[170 * 161];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = rnd.nextInt(2001) - 1000;
        }
        NDArray ai = NDArray.ofLongs(ints, 170, 161).transpose();
        NDArray bf = random(rnd, 170, 163);
        NDArray stack = NDArray.ofDoubles(random(rnd, 2 * 161, 170).dData, 2, 161, 170);
        NDArray row = random(rnd, 1, 5000);
        NDArray tall = random(rnd, 5000, 900);

        NDArray[] plain = {Ops.matmul(a, b), Ops.matmul(ai, bf), Ops.matmul(bf.transpose(), ai.transpose()),
            Ops.matmul(stack, bf), Ops.matmul(row, tall)};
        Literal kernel = new Literal();
        GemmKernel.Installed.kernel = kernel;
        NDArray[] hooked = {Ops.matmul(a, b), Ops.matmul(ai, bf), Ops.matmul(bf.transpose(), ai.transpose()),
            Ops.matmul(stack, bf), Ops.matmul(row, tall)};
        assertEquals(6, kernel.calls, "each large product (two for the stack) goes to the kernel");
        for (int i = 0; i < plain.length; i++) {
            assertSameBits(plain[i], hooked[i], "product " + i);
        }
    }

    @Test
    void decompositionsThroughTheHookHaveTheLoopsBits() {
        String program = String.join("\n",
                "import numpy as np",
                "i = np.arange(263 * 263).reshape(263, 263)",
                "g = ((i * 7) % 1009 - 504.5) / 97.0 + np.eye(263) * 3.0",
                "x = np.linalg.solve(g, np.arange(263.0))",
                "print(repr(x.sum()), repr(x[0]), repr(np.linalg.inv(g).sum()))",
                "q, r = np.linalg.qr(g[:, :170])",
                "print(repr(q.sum()), repr(r.sum()))",
                "u, s, vt = np.linalg.svd(g[:170, :230])",
                "print(repr(s.sum()), repr(np.abs(u).sum()), repr(np.abs(vt).sum()))",
                "w, v = np.linalg.eigh(g[:181, :181] + g[:181, :181].T)",
                "print(repr(w.sum()), repr(np.abs(v).sum()))");
        RunResult plain = new Session().runFile(program, "main.py");
        assertTrue(plain.ok(), plain.toJson());
        Literal kernel = new Literal();
        GemmKernel.Installed.kernel = kernel;
        RunResult hooked = new Session().runFile(program, "main.py");
        assertEquals(plain.toJson(), hooked.toJson());
        assertTrue(kernel.subtractCalls > 0 && kernel.addCalls > 0,
                "the decompositions' C -= A B and C += A B both went to the kernel: " + kernel.subtractCalls + ", "
                        + kernel.addCalls);
    }
}
