package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The double-double inverse trigonometric functions give the same bits as the exact (BigDecimal)
 * evaluation they stand in for: correctly rounded, on the JVM and in Wasm alike.
 */
class ExactMathTest {
    private static final Random RANDOM = new Random(20261129);

    /** Arguments spread over many binades, plus the awkward ones near 0, 1 and the range ends. */
    private static double[] arguments(int n, double maxExp) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double r = RANDOM.nextDouble();
            xs[i] = switch (i % 4) {
                case 0 -> r;
                case 1 -> 1 - r * 1e-9;
                case 2 -> Math.scalb(1 + r, (int) (RANDOM.nextDouble() * 2 * maxExp - maxExp));
                default -> Math.nextUp(Math.scalb(1.0, (int) (RANDOM.nextDouble() * 2 * maxExp - maxExp)));
            };
            if (RANDOM.nextBoolean()) xs[i] = -xs[i];
        }
        return xs;
    }

    @Test
    void atan2AgreesWithTheExactEvaluation() {
        double[] ys = arguments(2000, 60), xs = arguments(2000, 60);
        for (int i = 0; i < ys.length; i++) {
            double y = ys[i], x = xs[i];
            assertEquals(ExactMath.exactAtan2(y, x), ExactMath.atan2(y, x), () -> "atan2(" + y + ", " + x + ")");
        }
        for (double x : arguments(1000, 300)) {
            assertEquals(ExactMath.exactAtan2(x, 1.0), ExactMath.atan(x), () -> "atan(" + x + ")");
        }
    }

    @Test
    void theFastPathDecidesAlmostEveryArgument() {
        int undecided = 0;
        double[] ys = arguments(2000, 60), xs = arguments(2000, 60);
        for (int i = 0; i < ys.length; i++) {
            double r = basis.engine.nd.linalg.CrMath.atanRatio(Math.abs(ys[i]), 0, Math.abs(xs[i]), 0, xs[i] < 0);
            if (Double.isNaN(r)) undecided++;
        }
        assertEquals(0, undecided, "arguments left to the exact evaluation");
    }

    @Test
    void asinAndAcosAgreeWithTheExactEvaluation() {
        double[] xs = arguments(2000, 30);
        for (double x0 : xs) {
            double x = Math.abs(x0) > 1 ? 1 / x0 : x0;
            assertEquals(ExactMath.exactAsin(x), ExactMath.asin(x), () -> "asin(" + x + ")");
            assertEquals(ExactMath.exactAcos(x), ExactMath.acos(x), () -> "acos(" + x + ")");
        }
        for (double x : new double[] {0.5, -0.5, 1e-300, Math.nextDown(1.0), -Math.nextDown(1.0), 0.7071067811865476}) {
            assertEquals(ExactMath.exactAsin(x), ExactMath.asin(x), () -> "asin(" + x + ")");
            assertEquals(ExactMath.exactAcos(x), ExactMath.acos(x), () -> "acos(" + x + ")");
        }
    }
}
