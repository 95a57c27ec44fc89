package basis.engine.nd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Functions whose JVM and WebAssembly (TeaVM) implementations give different last digits, computed
 * here from exact decimal arithmetic instead, so both sides print the same — and, being correctly
 * rounded, the same as CPython on glibc, whose atan/atan2/asin/acos are correctly rounded too.
 *
 * <ul>
 *   <li>{@link #parseDouble}: TeaVM's {@code Double.parseDouble} is not correctly rounded
 *       ({@code 1e23} came out one digit off); a BigDecimal's {@code doubleValue} is, on both sides.
 *   <li>{@link #atan2}, {@link #atan}, {@link #asin}, {@link #acos}: the JVM's fdlibm-based
 *       {@code Math.atan2} is one ulp off glibc for e.g. {@code atan2(0.001, 1.5)}.
 * </ul>
 *
 * The trigonometric ones cost tens of microseconds a call; fine for student code, which calls them
 * on scalars and small arrays.
 */
public final class ExactMath {
    private ExactMath() {}

    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal EPS = new BigDecimal("1e-64");

    /** Python's float(text) for a decimal literal already validated by the caller. */
    public static double parseDouble(String text) {
        String t = text.trim();
        boolean neg = t.startsWith("-");
        String body = neg || t.startsWith("+") ? t.substring(1) : t;
        int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
        if (e >= 0) {
            // exponents beyond BigDecimal's scale range: the value is 0 or infinite anyway
            String exp = body.substring(e + 1);
            String digits = exp.startsWith("+") || exp.startsWith("-") ? exp.substring(1) : exp;
            if (digits.length() > 6) {
                boolean tiny = exp.startsWith("-");
                boolean zeroMantissa = new BigDecimal(body.substring(0, e)).signum() == 0;
                double r = tiny || zeroMantissa ? 0.0 : Double.POSITIVE_INFINITY;
                return neg ? -r : r;
            }
        }
        BigDecimal v = new BigDecimal(body);
        double r = v.doubleValue();
        return neg ? -r : r;
    }

    /** atan2(y, x), correctly rounded, with C99's special cases. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        boolean negY = y < 0 || (y == 0 && 1 / y < 0);
        if (Double.isInfinite(y)) {
            double r = Double.isInfinite(x) ? (x > 0 ? Math.PI / 4 : 3 * Math.PI / 4) : Math.PI / 2;
            return negY ? -r : r;
        }
        if (Double.isInfinite(x)) {
            double r = x > 0 ? 0.0 : Math.PI;
            return negY ? -r : r;
        }
        if (y == 0) {
            boolean negX = x < 0 || (x == 0 && 1 / x < 0);
            double r = negX ? Math.PI : 0.0;
            return negY ? -r : r;
        }
        if (x == 0) return negY ? -Math.PI / 2 : Math.PI / 2;
        BigDecimal ay = new BigDecimal(Math.abs(y)), ax = new BigDecimal(Math.abs(x));
        BigDecimal r = atanOfRatio(ay, ax);
        if (x < 0) r = PI.subtract(r, MC);
        double d = r.doubleValue();
        return negY ? -d : d;
    }

    public static double atan(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return x;
        if (Double.isInfinite(x)) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
        double d = atanOfRatio(new BigDecimal(Math.abs(x)), BigDecimal.ONE).doubleValue();
        return x < 0 ? -d : d;
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || x < -1 || x > 1) return Double.NaN;
        if (x == 0) return x;
        BigDecimal a = new BigDecimal(Math.abs(x));
        BigDecimal c = sqrt(BigDecimal.ONE.subtract(a, MC).multiply(BigDecimal.ONE.add(a, MC), MC));
        double d = c.signum() == 0 ? Math.PI / 2 : atanOfRatio(a, c).doubleValue();
        return x < 0 ? -d : d;
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || x < -1 || x > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return Math.PI;
        BigDecimal a = new BigDecimal(Math.abs(x));
        BigDecimal s = sqrt(BigDecimal.ONE.subtract(a, MC).multiply(BigDecimal.ONE.add(a, MC), MC));
        BigDecimal r = a.signum() == 0 ? HALF_PI : atanOfRatio(s, a);
        if (x < 0) r = PI.subtract(r, MC);
        return r.doubleValue();
    }

    /** atan(num / den) for num, den > 0, to about 60 digits. */
    private static BigDecimal atanOfRatio(BigDecimal num, BigDecimal den) {
        boolean inverted = num.compareTo(den) > 0;
        BigDecimal t = inverted ? den.divide(num, MC) : num.divide(den, MC);
        int halvings = 0;
        // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))): bring t below 0.1 so the series converges fast
        while (t.compareTo(TENTH) > 0) {
            t = t.divide(BigDecimal.ONE.add(sqrt(BigDecimal.ONE.add(t.multiply(t, MC), MC)), MC), MC);
            halvings++;
        }
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal term = t;
        BigDecimal sum = t;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(t2, MC).negate();
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(add, MC);
            if (add.abs().compareTo(EPS.multiply(sum.abs(), MC)) < 0) break;
        }
        if (halvings > 0) sum = sum.multiply(TWO.pow(halvings), MC);
        return inverted ? HALF_PI.subtract(sum, MC) : sum;
    }

    /**
     * x ** y. For whole exponents up to 2048 the power is computed exactly and rounded once, so the
     * JVM and the browser agree (V8's pow and the JVM's differ, e.g. 10.0 ** 23); an exact tie
     * between two doubles goes away from zero, as glibc's pow (hence CPython) mostly does.
     * Fractional exponents use Math.pow.
     */
    public static double pow(double x, double y) {
        if (y == 0) return 1.0;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || x == 0
                || y != Math.floor(y) || Math.abs(y) > 2048) {
            return Math.pow(x, y);
        }
        if (y == 1) return x;
        if (y == -1) return 1 / x;
        int n = (int) Math.abs(y);
        boolean negative = x < 0 && (n & 1) == 1;
        BigDecimal exact = new BigDecimal(Math.abs(x)).pow(n);
        double r;
        if (y > 0) {
            r = roundTiesAway(exact);
        } else {
            BigDecimal inv = BigDecimal.ONE.divide(exact, new MathContext(40 + exact.precision() / 8, RoundingMode.HALF_EVEN));
            r = inv.doubleValue();
        }
        return negative ? -r : r;
    }

    /** v > 0 to the nearest double, ties away from zero. */
    private static double roundTiesAway(BigDecimal v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d) || d == 0) return d;
        BigDecimal at = new BigDecimal(d);
        int c = at.compareTo(v);
        if (c < 0) {
            double up = Double.longBitsToDouble(Double.doubleToRawLongBits(d) + 1);
            if (!Double.isInfinite(up) && at.add(new BigDecimal(up)).divide(TWO).compareTo(v) == 0) return up;
        }
        return d;
    }

    /** Square root of v >= 0 to about 60 digits (Newton's method from the double estimate). */
    static BigDecimal sqrt(BigDecimal v) {
        if (v.signum() == 0) return BigDecimal.ZERO;
        double guess = Math.sqrt(v.doubleValue());
        BigDecimal x = guess > 0 && !Double.isInfinite(guess) ? new BigDecimal(guess) : BigDecimal.ONE;
        for (int i = 0; i < 6; i++) {
            x = x.add(v.divide(x, MC), MC).divide(TWO, MC);
        }
        return x;
    }
}
