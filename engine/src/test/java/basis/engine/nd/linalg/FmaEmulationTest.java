package basis.engine.nd.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Kernels#fma} (emulated: Math.fma does not exist in TeaVM) against the JVM's Math.fma, bit
 * for bit, on random operands and on ones built to land on or next to rounding ties.
 */
class FmaEmulationTest {
    private static void check(double a, double b, double c) {
        double want = Math.fma(a, b, c);
        double got = Kernels.fma(a, b, c);
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
}
