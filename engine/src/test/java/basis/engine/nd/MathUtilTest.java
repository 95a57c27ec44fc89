package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MathUtil's fmod and cbrt against independent oracles on the JVM: the JVM's double {@code %} is C's
 * fmod by the language's definition (MathUtil's own version exists because TeaVM's need not be), and a
 * correctly rounded cube root is checked with integer arithmetic on the neighbouring midpoints.
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

    @Test
    void cbrtIsCorrectlyRounded() {
        for (int i = 0; i < 50_000; i++) {
            double x = anyDouble();
            if (x == 0) continue;
            double r = MathUtil.cbrt(x);
            assertEquals(Math.signum(x), Math.signum(r), () -> "sign of cbrt(" + x + ")");
            assertTrue(nearest(Math.abs(x), Math.abs(r)), () -> "cbrt(" + x + ") = " + r);
        }
        for (int k = 1; k <= 2000; k++) assertEquals((double) k, MathUtil.cbrt((double) k * k * k), "cbrt of " + k + "^3");
        assertEquals(0.5, MathUtil.cbrt(0.125));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(MathUtil.cbrt(-0.0)));
        assertTrue(Double.isNaN(MathUtil.cbrt(Double.NaN)));
        assertEquals(Double.NEGATIVE_INFINITY, MathUtil.cbrt(Double.NEGATIVE_INFINITY));
    }

    /** r is the double nearest the cube root of x: (r - ulp/2)^3 &lt; x &lt; (r + ulp/2)^3, exactly. */
    private static boolean nearest(double x, double r) {
        // r = R * 2^q with R an integer; the midpoints are (2R -/+ 1) * 2^(q-1), r's lower neighbour's
        // spacing halves when r is a power of two
        long rb = Double.doubleToRawLongBits(r);
        int q = (int) (rb >>> 52) - 1075;
        BigInteger bigR = BigInteger.valueOf((rb & 0xFFFFFFFFFFFFFL) | (1L << 52));
        boolean power = (rb & 0xFFFFFFFFFFFFFL) == 0;
        BigInteger hi = bigR.shiftLeft(2).add(BigInteger.TWO); // (4R + 2) * 2^(q-2)
        BigInteger lo = bigR.shiftLeft(2).subtract(power ? BigInteger.ONE : BigInteger.TWO);
        // x = X * 2^p
        long xb = Double.doubleToRawLongBits(x);
        int xe = (int) (xb >>> 52);
        BigInteger bigX = BigInteger.valueOf(xe == 0 ? xb & 0xFFFFFFFFFFFFFL : (xb & 0xFFFFFFFFFFFFFL) | (1L << 52));
        int p = (xe == 0 ? 1 : xe) - 1075;
        // compare m^3 * 2^(3(q-2)) with X * 2^p
        int shift = 3 * (q - 2) - p;
        BigInteger left = bigX, hiCube = hi.pow(3), loCube = lo.pow(3);
        if (shift >= 0) {
            hiCube = hiCube.shiftLeft(shift);
            loCube = loCube.shiftLeft(shift);
        } else {
            left = left.shiftLeft(-shift);
        }
        return loCube.compareTo(left) < 0 && left.compareTo(hiCube) < 0;
    }
}
