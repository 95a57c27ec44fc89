package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The blocked matmul kernel gives, bit for bit, what the plain triple loop gives: for each C[i, j],
 * from 0.0, {@code acc = acc + a[i,q] * b[q,j]} for q ascending. That order is what keeps large
 * products identical on the JVM and in Wasm, and golden outputs unchanged when the kernel is tuned.
 */
class MatmulBlockedTest {
    /** The reference: one multiply and one add per q, q ascending, through the views' strides. */
    private static double[] reference(NDArray a, NDArray b) {
        int n = a.shape[0];
        int k = a.shape[1];
        int m = b.shape[1];
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double acc = 0.0;
                for (int q = 0; q < k; q++) {
                    acc = acc + a.getDouble(i, q) * b.getDouble(q, j);
                }
                c[i * m + j] = acc;
            }
        }
        return c;
    }

    /** Values of mixed magnitude and sign with some exact zeros, -0.0 included, so rounding shows. */
    private static NDArray random(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            int kind = rnd.nextInt(20);
            d[i] = kind == 0 ? 0.0 : kind == 1 ? -0.0 : (rnd.nextDouble() - 0.5) * Math.pow(2, rnd.nextInt(40) - 20);
        }
        return NDArray.ofDoubles(d, rows, cols);
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError(what + ": element " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    /** Calls the kernel directly (small shapes would take the FMA path in Ops.matmul). */
    private static void checkKernel(int n, int k, int m, long seed) {
        Random rnd = new Random(seed);
        NDArray a = random(rnd, n, k);
        NDArray b = random(rnd, k, m);
        int base = 3; // the kernel writes at an offset, as for one matrix of a stack
        double[] out = new double[base + n * m];
        java.util.Arrays.fill(out, Double.NaN); // the kernel must not read what was there
        Ops.matmulBlocked(a.dData, b.dData, out, base, n, k, m);
        double[] got = java.util.Arrays.copyOfRange(out, base, out.length);
        assertBits(reference(a, b), got, n + "x" + k + "x" + m);
        assertEquals(Double.NaN, out[base - 1]);
    }

    @Test
    void kernelMatchesTripleLoopOnOddSizes() {
        int[][] shapes = {
            {1, 1, 1}, {7, 13, 5}, {2, 3, 4}, {1, 300, 1}, {5, 1, 9},
            {161, 170, 163}, {300, 257, 129}, {9, 515, 1030}, {4, 256, 512}, {3, 1024, 2},
        };
        long seed = 1;
        for (int[] s : shapes) {
            checkKernel(s[0], s[1], s[2], seed++);
        }
    }

    @Test
    void matmulOfViewsMatchesTripleLoop() {
        Random rnd = new Random(7);
        // Transposed A, every other column of B: non-contiguous operands, large enough for the kernel.
        NDArray a = random(rnd, 257, 300).transpose();
        NDArray b = random(rnd, 257, 258).slice(1, 0, 258, 2);
        assertBits(reference(a, b), Ops.matmul(a, b).dData, "views");
        // int64 times float64 promotes before the kernel.
        long[] ints = new long[170 * 161];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = rnd.nextInt(2001) - 1000;
        }
        NDArray ai = NDArray.ofLongs(ints, 170, 161).transpose();
        NDArray bf = random(rnd, 170, 163);
        assertBits(reference(ai.astype(DType.FLOAT64), bf), Ops.matmul(ai, bf).dData, "int64 @ float64");
    }

    @Test
    void stackedProductsEachMatchTheTripleLoop() {
        Random rnd = new Random(11);
        NDArray a = NDArray.ofDoubles(random(rnd, 2 * 161, 170).dData, 2, 161, 170);
        NDArray b = random(rnd, 170, 163);
        NDArray c = Ops.matmul(a, b);
        assertArrayEquals(new int[] {2, 161, 163}, c.shape);
        double[] expected = new double[2 * 161 * 163];
        for (int s = 0; s < 2; s++) {
            double[] r = reference(a.take(0, s), b);
            System.arraycopy(r, 0, expected, s * r.length, r.length);
        }
        assertBits(expected, c.dData, "stack");
    }
}
