package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MathUtil's fmod against an independent oracle on the JVM: the JVM's double {@code %} is C's fmod by
 * the language's definition (MathUtil's own version exists because TeaVM's need not be).
 */
class MathUtilTest {
    private static final Random RANDOM = new Random(20260611);

    /** Doubles of every kind: ordinary, huge, tiny, subnormal, either sign. */
    private static double anyDouble() {
        return switch (RANDOM.nextInt(5)) {
            case 0 -> (RANDOM.nextDouble() - 0.5) * 1000;
            case 1 -> Double.longBitsToDouble(RANDOM.nextLong() & 0x7FEFFFFFFFFFFFFFL) * (RANDOM.nextBoolean() ? 1 : -1);
            case 2 -> Double.longBitsToDouble(RANDOM.nextLong() & 0x000FFFFFFFFFFFFFL) * (RANDOM.nextBoolean() ? 1 : -1);
            case 3 -> (double) (RANDOM.nextInt(2001) - 1000);
            default -> Math.scalb(1 + RANDOM.nextDouble(), RANDOM.nextInt(2097) - 1074); // up to 2^1022 * 1.99
        };
    }

    @Test
    void fmodIsTheJvmRemainderForEveryKindOfOperand() {
        for (int i = 0; i < 200_000; i++) {
            double x = anyDouble(), y = anyDouble();
            if (y == 0) continue;
            double expected = x % y, actual = MathUtil.fmod(x, y);
            if (Double.isNaN(expected) && Double.isNaN(actual)) continue; // the NaN's sign bit is no one's concern
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), () -> "fmod(" + x + ", " + y + ")");
        }
        assertEquals(0.0, MathUtil.fmod(5, Double.MIN_VALUE)); // a subnormal divisor (was garbage before)
        assertEquals(5 % 1e-310, MathUtil.fmod(5, 1e-310));
        assertEquals(-0.0, MathUtil.fmod(-6, 3));
        assertTrue(Double.isNaN(MathUtil.fmod(Double.POSITIVE_INFINITY, 2)) && Double.isNaN(MathUtil.fmod(1, 0)));
        assertEquals(-1.0, MathUtil.fmod(-1, Double.POSITIVE_INFINITY));
    }

    /** fma(r, r, 1) for np.abs of complex values: one correct rounding, ties and near-ties included. */
    @Test
    void onePlusSquareIsRoundedOnceLikeAFusedMultiplyAdd() {
        for (int i = 0; i < 200_000; i++) {
            double r;
            switch (i % 4) {
                case 0 -> r = RANDOM.nextDouble();
                case 1 -> r = RANDOM.nextDouble() * Math.pow(2, -RANDOM.nextInt(60));
                case 2 -> r = Math.sqrt(RANDOM.nextDouble()); // spread near 1
                default -> {
                    // r*r lands next to a rounding tie of 1 + r*r: r near sqrt(k * 2^-53) for small odd k
                    double target = (2 * RANDOM.nextInt(1 << 20) + 1) * 0x1p-53;
                    r = Math.sqrt(target);
                    for (int s = RANDOM.nextInt(5) - 2; s != 0; s += s > 0 ? -1 : 1) r = s > 0 ? Math.nextUp(r) : Math.nextDown(r);
                }
            }
            java.math.BigDecimal br = new java.math.BigDecimal(r);
            double exact = br.multiply(br).add(java.math.BigDecimal.ONE).doubleValue();
            assertEquals(exact, MathUtil.onePlusSquare(r), "r = " + r);
        }
        assertEquals(2.0, MathUtil.onePlusSquare(1.0));
        assertEquals(1.0, MathUtil.onePlusSquare(0.0));
        assertEquals(1.0, MathUtil.onePlusSquare(Double.MIN_VALUE));
    }

    /** The lines of a case file the tools/gen_libm_*.py scripts wrote, split at spaces (hex doubles). */
    private static java.util.List<String[]> cases(String name, int atLeast) throws java.io.IOException {
        java.util.List<String[]> cases = new java.util.ArrayList<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                MathUtilTest.class.getResourceAsStream("/libm/" + name), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                cases.add(line.split(" "));
            }
        }
        assertTrue(cases.size() > atLeast, cases.size() + " cases in " + name);
        return cases;
    }

    /** Runs check with the engine's emulated fused multiply-add and with the processor's (as the server installs it). */
    private static void withEitherFma(java.util.function.Consumer<String> check) {
        for (boolean hardware : new boolean[] {false, true}) {
            FusedMultiplyAdd.Installed.unit = hardware ? Math::fma : null;
            try {
                check.accept(hardware ? " with the hardware FMA" : " with the emulated FMA");
            } finally {
                FusedMultiplyAdd.Installed.unit = null;
            }
        }
    }

    private static void assertSameBits(String hexWant, double got, java.util.function.Supplier<String> what) {
        double want = Double.parseDouble(hexWant);
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), what);
        } else {
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), what);
        }
    }

    /**
     * MathUtil.libmLog1p against glibc's log1p (CPython's math.log1p on this machine), bit for bit,
     * on the cases tools/gen_libm_log1p.py wrote: every branch, and the log1p(-u) the random
     * generators' tails take.
     */
    @Test
    void log1pIsGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("log1p.txt", 6000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                assertSameBits(p[1], MathUtil.libmLog1p(Double.parseDouble(p[0])), () -> "log1p(" + p[0] + ")" + how);
            }
        });
    }

    /** MathUtil.libmPow against glibc's pow (CPython's x ** y), on the cases tools/gen_libm_pow.py wrote: every branch. */
    @Test
    void powIsGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("pow.txt", 6000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                assertSameBits(p[2], MathUtil.libmPow(Double.parseDouble(p[0]), Double.parseDouble(p[1])),
                        () -> "pow(" + p[0] + ", " + p[1] + ")" + how);
            }
        });
    }

    /** MathUtil.libmLog, libmLog10 and libmLog2 against glibc's (CPython's math.log, log10, log2), tools/gen_libm_log.py's cases. */
    @Test
    void logsAreGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("log.txt", 5000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                double x = Double.parseDouble(p[0]);
                assertSameBits(p[1], MathUtil.libmLog(x), () -> "log(" + p[0] + ")" + how);
                assertSameBits(p[2], MathUtil.libmLog10(x), () -> "log10(" + p[0] + ")" + how);
                assertSameBits(p[3], MathUtil.libmLog2(x), () -> "log2(" + p[0] + ")" + how);
            }
        });
    }

    /** MathUtil.libmExp against glibc's exp (CPython's math.exp), on the cases tools/gen_libm_exp.py wrote. */
    @Test
    void expIsGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("exp.txt", 6000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                assertSameBits(p[1], MathUtil.libmExp(Double.parseDouble(p[0])), () -> "exp(" + p[0] + ")" + how);
            }
        });
    }

    /**
     * MathUtil.libmSin and libmCos against glibc's sin and cos (CPython's math.sin and math.cos, NumPy's
     * np.sin and np.cos on this machine), bit for bit, on the cases tools/gen_libm_sin.py wrote, with the
     * emulated and the processor's fused multiply-add.
     */
    @Test
    void sinAndCosAreGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("sin.txt", 12000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                double x = Double.parseDouble(p[0]);
                assertSameBits(p[1], MathUtil.libmSin(x), () -> "sin(" + p[0] + ")" + how);
                assertSameBits(p[2], MathUtil.libmCos(x), () -> "cos(" + p[0] + ")" + how);
            }
        });
    }

    /**
     * MathUtil.libmTan against glibc's tan (CPython's math.tan on this machine), bit for bit, on the cases
     * tools/gen_libm_tan.py wrote, with the emulated and the processor's fused multiply-add.
     */
    @Test
    void tanIsGlibcs() throws java.io.IOException {
        java.util.List<String[]> cases = cases("tan.txt", 12000);
        withEitherFma(how -> {
            for (String[] p : cases) {
                assertSameBits(p[1], MathUtil.libmTan(Double.parseDouble(p[0])), () -> "tan(" + p[0] + ")" + how);
            }
        });
    }
}
