package basis.engine.nd;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Functions whose JVM and WebAssembly (TeaVM) implementations give different last digits, computed
 * here from exact decimal arithmetic instead, so both sides print the same — and, being correctly
 * rounded, the same as CPython on glibc, whose atan/atan2/asin/acos are correctly rounded too.
 *
 * <ul>
 *   <li>{@link #parseDouble}: TeaVM's {@code Double.parseDouble} is not correctly rounded
 *       ({@code 1e23} came out one digit off), nor is its BigDecimal.doubleValue for subnormals: both are
 *       done here from the exact fraction.
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
        double r = toDouble(v, false);
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
        double fast = fastAtan(Math.abs(y), 0.0, Math.abs(x), 0.0, x < 0);
        if (fast == fast) return negY ? -fast : fast;
        return exactAtan2(y, x); // y is nonzero here, so its sign is y < 0
    }

    public static double atan(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0) return x;
        if (Double.isInfinite(x)) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
        double d = fastAtan(Math.abs(x), 0.0, 1.0, 0.0, false);
        if (d != d) return exactAtan2(x, 1.0);
        return x < 0 ? -d : d;
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || x < -1 || x > 1) return Double.NaN;
        if (x == 0) return x;
        if (Math.abs(x) < 1 && Math.abs(x) > 0x1p-400) {
            double[] c = new double[2];
            basis.engine.nd.linalg.CrMath.oneMinusSquare(Math.abs(x), c);
            basis.engine.nd.linalg.CrMath.sqrtDD(c[0], c[1], c);
            double d = fastAtan(Math.abs(x), 0.0, c[0], c[1], false);
            if (d == d) return x < 0 ? -d : d;
        }
        return exactAsin(x);
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || x < -1 || x > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return Math.PI;
        if (Math.abs(x) > 0x1p-400) {
            double[] s = new double[2];
            basis.engine.nd.linalg.CrMath.oneMinusSquare(Math.abs(x), s);
            basis.engine.nd.linalg.CrMath.sqrtDD(s[0], s[1], s);
            double d = fastAtan(s[0], s[1], Math.abs(x), 0.0, x < 0);
            if (d == d) return d;
        }
        return exactAcos(x);
    }

    /**
     * The double-double evaluation of atan(n / d) (or pi minus it) in {@link
     * basis.engine.nd.linalg.CrMath}, some thousand times faster than the exact one below; NaN when
     * the arguments are out of its range or its result is too close to a rounding boundary, and the
     * exact evaluation must decide.
     */
    private static double fastAtan(double nh, double nl, double dh, double dl, boolean piMinus) {
        if (!(nh > 0x1p-400 && nh < 0x1p400 && dh > 0x1p-400 && dh < 0x1p400)) return Double.NaN;
        return basis.engine.nd.linalg.CrMath.atanRatio(nh, nl, dh, dl, piMinus);
    }

    /**
     * The exact evaluations, from 60-digit decimals: the fallback of the functions above, and the
     * reference their tests compare the fast path with. atan2 for finite nonzero y and x.
     */
    static double exactAtan2(double y, double x) {
        BigDecimal r = atanOfRatio(new BigDecimal(Math.abs(y)), new BigDecimal(Math.abs(x)));
        if (x < 0) r = PI.subtract(r, MC);
        double d = toDouble(r, false);
        return y < 0 ? -d : d;
    }

    static double exactAsin(double x) {
        BigDecimal a = new BigDecimal(Math.abs(x));
        BigDecimal c = sqrt(BigDecimal.ONE.subtract(a, MC).multiply(BigDecimal.ONE.add(a, MC), MC));
        double d = c.signum() == 0 ? Math.PI / 2 : toDouble(atanOfRatio(a, c), false);
        return x < 0 ? -d : d;
    }

    static double exactAcos(double x) {
        BigDecimal a = new BigDecimal(Math.abs(x));
        BigDecimal s = sqrt(BigDecimal.ONE.subtract(a, MC).multiply(BigDecimal.ONE.add(a, MC), MC));
        BigDecimal r = a.signum() == 0 ? HALF_PI : atanOfRatio(s, a);
        if (x < 0) r = PI.subtract(r, MC);
        return toDouble(r, false);
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
                || Math.abs(y) > 2048) {
            return Math.pow(x, y);
        }
        if (y != Math.floor(y)) {
            if (x < 0) return Double.NaN;
            if (y == 0.5) return Math.sqrt(x);
            return basis.engine.nd.linalg.CrMath.pow(x, y);
        }
        if (y == 1) return x;
        if (y == -1) return 1 / x;
        int n = (int) Math.abs(y);
        boolean negative = x < 0 && (n & 1) == 1;
        BigDecimal exact = new BigDecimal(Math.abs(x)).pow(n);
        double r;
        BigInteger[] nd = fraction(exact);
        r = y > 0 ? ratioToDouble(nd[0], nd[1], true) : ratioToDouble(nd[1], nd[0], true);
        return negative ? -r : r;
    }

    /** v as a fraction {numerator, denominator} of BigIntegers (v > 0). */
    private static BigInteger[] fraction(BigDecimal v) {
        BigInteger unscaled = v.unscaledValue();
        int scale = v.scale();
        if (scale <= 0) return new BigInteger[] {unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE};
        return new BigInteger[] {unscaled, BigInteger.TEN.pow(scale)};
    }

    /**
     * The double nearest to v >= 0, ties to even (or away from zero). BigDecimal.doubleValue is not
     * used: TeaVM's is wrong for subnormal results (2.0 ** -1074 came out as 1e-323).
     */
    public static double toDouble(BigDecimal v, boolean tiesAway) {
        if (v.signum() == 0) return 0.0;
        if (v.signum() < 0) return -toDouble(v.negate(), tiesAway);
        BigInteger[] nd = fraction(v);
        return ratioToDouble(nd[0], nd[1], tiesAway);
    }

    /** num / den (both > 0) correctly rounded to a double, subnormals and overflow included. */
    static double ratioToDouble(BigInteger num, BigInteger den, boolean tiesAway) {
        int shift = 55 - (num.bitLength() - den.bitLength());
        BigInteger n = shift >= 0 ? num.shiftLeft(shift) : num;
        BigInteger d = shift >= 0 ? den : den.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int qbits = q.bitLength();
        int exp = qbits - 1 - shift; // the value lies in [2^exp, 2^(exp+1))
        if (exp > 1023) return Double.POSITIVE_INFINITY;
        int keep = exp >= -1022 ? 53 : 53 - (-1022 - exp);
        if (keep < 0) return 0.0;
        int drop = qbits - keep;
        BigInteger mant = q.shiftRight(drop);
        BigInteger rest = q.subtract(mant.shiftLeft(drop));
        BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
        int c = rest.compareTo(half);
        // glibc's pow rounds exact ties in the subnormal range to even, so ties go away only above it
        boolean away = tiesAway && exp >= -1022;
        boolean up = c > 0 || (c == 0 && (sticky || away || mant.testBit(0)));
        if (up) mant = mant.add(BigInteger.ONE);
        long m = mant.longValue();
        int e0 = drop - shift; // value = m * 2^e0
        if (m >= (1L << 53)) {
            m >>= 1;
            e0++;
        }
        if (m >= (1L << 52)) {
            int biased = e0 + 52 + 1023; // m * 2^e0 with a 53-bit m
            if (biased >= 2047) return Double.POSITIVE_INFINITY;
            return Double.longBitsToDouble(((long) biased << 52) | (m & 0xFFFFFFFFFFFFFL));
        }
        return Double.longBitsToDouble(m); // subnormal: e0 == -1074
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
