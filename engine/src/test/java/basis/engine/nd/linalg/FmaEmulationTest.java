package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Kernels#emulatedFma} (Math.fma does not exist in TeaVM) against the JVM's Math.fma, bit
 * for bit, on random operands and on ones built to land on or next to rounding ties.
 */
class FmaEmulationTest {
    private static void check(double a, double b, double c) {
        double want = Math.fma(a, b, c);
        double got = Kernels.emulatedFma(a, b, c);
        if (Double.isNaN(want) && Double.isNaN(got)) {
            return; // NaN payloads are not part of the contract
        }
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                () -> "fma(" + a + ", " + b + ", " + c + "): " + got + " instead of " + want);
    }

    @Test
    void agreesWithTheHardwareInstruction() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 2_000_000; i++) {
            double a;
            double b;
            double c;
            switch (i % 5) {
                case 0:
                    a = 2 * rng.nextDouble() - 1;
                    b = 2 * rng.nextDouble() - 1;
                    c = 2 * rng.nextDouble() - 1;
                    break;
                case 1:
                    // Products of short integers plus a small offset: exact sums and ties.
                    a = rng.nextInt(1 << 27) * 0x1p-20;
                    b = rng.nextInt(1 << 27) * 0x1p-20;
                    c = -a * b + rng.nextInt(64) * 0x1p-60;
                    break;
                case 2:
                    // (1 + x)(1 + y) - 1 and small c: the low bits decide the rounding.
                    a = 1 + rng.nextInt(1 << 20) * 0x1p-52;
                    b = 1 + rng.nextInt(1 << 20) * 0x1p-52;
                    c = rng.nextBoolean() ? -1 : 0x1p-60 * rng.nextInt(8);
                    break;
                case 3:
                    a = Math.scalb(rng.nextDouble(), rng.nextInt(-400, 400));
                    b = Math.scalb(rng.nextDouble() - 0.5, rng.nextInt(-400, 400));
                    c = Math.scalb(rng.nextDouble() - 0.5, rng.nextInt(-800, 800));
                    break;
                default:
                    // Extreme ranges, zeros, subnormals, infinities.
                    double[] special = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                        Double.POSITIVE_INFINITY, Double.NaN, 1e300, 1e-300, -1.5};
                    a = rng.nextInt(3) == 0 ? special[rng.nextInt(special.length)] : Math.scalb(rng.nextDouble(),
                            rng.nextInt(-1074, 1023));
                    b = rng.nextInt(3) == 0 ? special[rng.nextInt(special.length)] : Math.scalb(rng.nextDouble(),
                            rng.nextInt(-1074, 1023));
                    c = rng.nextInt(3) == 0 ? special[rng.nextInt(special.length)] : Math.scalb(rng.nextDouble() - 0.5,
                            rng.nextInt(-1074, 1023));
            }
            check(a, b, c);
        }
    }

    /** One operand triple of the kinds above (case 0..4), for the column kernels. */
    private static double[] triple(SplittableRandom rng, int kind, double t) {
        double a;
        double c;
        switch (kind) {
            case 0:
                a = 2 * rng.nextDouble() - 1;
                c = 2 * rng.nextDouble() - 1;
                break;
            case 1:
                // c = -a t + a few units: cancellation, exact sums, ties.
                a = rng.nextInt(1 << 27) * 0x1p-20;
                c = -a * t + rng.nextInt(-64, 64) * Math.ulp(a * t) * 0.125;
                break;
            case 2:
                a = 1 + rng.nextInt(1 << 20) * 0x1p-52;
                c = rng.nextBoolean() ? -a * t : 0x1p-60 * rng.nextInt(8);
                break;
            case 3:
                a = Math.scalb(rng.nextDouble() - 0.5, rng.nextInt(-600, 600));
                c = Math.scalb(rng.nextDouble() - 0.5, rng.nextInt(-1000, 1000));
                break;
            default:
                double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE,
                    Double.NEGATIVE_INFINITY, Double.NaN, 1e300, -1e-300, 0x1p-450, 0x1p450, 0x1.fffffffffffffp449};
                a = rng.nextInt(2) == 0 ? special[rng.nextInt(special.length)] : Math.scalb(rng.nextDouble(),
                        rng.nextInt(-1074, 1023));
                c = rng.nextInt(2) == 0 ? special[rng.nextInt(special.length)] : -a * t;
        }
        return new double[] {a, c};
    }

    private static void same(double want, double got, String what) {
        if (Double.isNaN(want) && Double.isNaN(got)) {
            return;
        }
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), () -> what + ": " + got
                + " instead of " + want);
    }

    /**
     * The column kernels (Kernels.FmaColumn, plain arithmetic in vector passes with a per-element
     * check) against Math.fma, element by element: columns mixing the kinds of operands above, whole
     * columns of one kind (ties and cancellations next to each other), and factors t at and beyond
     * the kernel's range.
     */
    @Test
    void columnKernelsAgreeWithTheHardwareInstruction() {
        SplittableRandom rng = new SplittableRandom(12);
        double[] ts = {0.0, -0.0, 1.0, -1.5, 0x1p-450, 0x1p450, 0x1p-451, 0x1p451, Double.NaN, Double.POSITIVE_INFINITY,
            1e-300};
        for (int trial = 0; trial < 3000; trial++) {
            int n = Kernels.FmaColumn.MIN_LENGTH + rng.nextInt(300);
            double t = trial < ts.length ? ts[trial]
                    : trial % 7 == 0 ? Math.scalb(rng.nextDouble() - 0.5, rng.nextInt(-500, 500)) : 4 * rng.nextDouble() - 2;
            int mode = rng.nextInt(6); // 5: mixed, else one kind throughout
            int off = rng.nextInt(3);
            double[] x = new double[off + n];
            double[] y = new double[off + n];
            double[] a = new double[off + n];
            double[] b = new double[1];
            b[0] = trial % 5 == 0 ? 0.0 : 2 * rng.nextDouble() - 1;
            for (int i = 0; i < n; i++) {
                double[] ac = triple(rng, mode == 5 ? rng.nextInt(5) : mode, t);
                x[off + i] = ac[0];
                y[off + i] = ac[1];
                // a b is the first term of the chain; pick a so that it is about c.
                a[off + i] = b[0] == 0 || rng.nextInt(8) == 0 ? ac[1] : ac[1] / b[0];
            }
            double[] y0 = y.clone();
            new Kernels.FmaColumn(n).axpy(n, t, x, off, y, off);
            for (int i = 0; i < n; i++) {
                same(Math.fma(t, x[off + i], y0[off + i]), y[off + i],
                        "axpy trial " + trial + " i " + i + ": fma(" + t + ", " + x[off + i] + ", " + y0[off + i] + ")");
            }
            double[] out = new double[off + n];
            new Kernels.FmaColumn(n).twoTerms(n, a, off, b[0], t, x, off, out, off);
            for (int i = 0; i < n; i++) {
                double first = a[off + i] * b[0];
                if (first == 0) {
                    first = Math.fma(a[off + i], b[0], 0.0);
                }
                same(Math.fma(x[off + i], t, first), out[off + i], "twoTerms trial " + trial + " i " + i);
            }
        }
    }

    /**
     * Products whose rounding error s + e lands exactly on half an ulp of r, or within an ulp of
     * d's rounding of it: the ties the kernel must hand to the exact emulation.
     */
    @Test
    void columnKernelsHandTiesToTheExactEmulation() {
        SplittableRandom rng = new SplittableRandom(13);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 64;
            double t = 1 + rng.nextInt(1 << 26) * 0x1p-52;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double a = 1 + rng.nextInt(1 << 26) * 0x1p-52;
                double p = a * t;
                double ulp = Math.ulp(p);
                // c such that p + c has its tie or its rounding boundary near the product's error.
                switch (rng.nextInt(4)) {
                    case 0:
                        y[i] = -p + ulp * 0.5 * rng.nextInt(-3, 4);
                        break;
                    case 1:
                        y[i] = Math.scalb(1.0, rng.nextInt(-3, 3)) * (rng.nextBoolean() ? 1 : -1);
                        break;
                    case 2:
                        y[i] = ulp * 0x1p52 * (1 + rng.nextInt(8));
                        break;
                    default:
                        y[i] = -Math.scalb(p, -rng.nextInt(0, 3));
                }
                x[i] = a;
            }
            double[] y0 = y.clone();
            new Kernels.FmaColumn(n).axpy(n, t, x, 0, y, 0);
            for (int i = 0; i < n; i++) {
                same(Math.fma(t, x[i], y0[i]), y[i], "trial " + trial + " i " + i);
            }
        }
    }
}
