package basis.engine.nd.linalg;

/**
 * Correctly rounded {@code log} and {@code exp} from plain double arithmetic (double-double
 * evaluation, then one rounding), so they give the same bits on the JVM and in Wasm.
 *
 * <p>Why: NumPy's determinant is {@code sign * exp(sum(log|u_ii|))} with the C library's log and
 * exp. glibc's are correctly rounded for all but about 0.06% of arguments, so these agree with them
 * that often; the JVM's {@code Math.exp} differs from glibc about four times as often, and fdlibm
 * (StrictMath, and the JavaScript engines' Math.log that Wasm code calls) in about 3% of arguments.
 * Subnormal results of {@code exp} may be off by one unit (rounded twice).
 */
public final class CrMath {
    private CrMath() {}

    private static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /** Natural logarithm, correctly rounded (to nearest) but for astronomically rare cases. */
    public static double log(double x) {
        if (!(x > 0)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 1.0) {
            return 0.0;
        }
        int e = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p60;
            e = -60;
        }
        long bits = Double.doubleToRawLongBits(x);
        e += (int) ((bits >>> 52) & 0x7ff) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e += 1;
        }
        double[] t = new double[2];
        // s = (m - 1) / (m + 1): m - 1 is exact; m + 1 as a double-double.
        double den = m + 1.0;
        double denLo = twoSumErr(m, 1.0, den);
        div(m - 1.0, 0.0, den, denLo, t);
        double sh = t[0];
        double sl = t[1];
        mul(sh, sl, sh, sl, t);
        double zh = t[0];
        double zl = t[1];
        // log m = 2 atanh(s) = 2 s sum_k z^k / (2k + 1), Horner from k = 30 down.
        double[] c = new double[2];
        recip(61, c);
        double ph = c[0];
        double pl = c[1];
        for (int k = 29; k >= 0; k--) {
            mul(ph, pl, zh, zl, t);
            recip(2 * k + 1, c);
            add(t[0], t[1], c[0], c[1], t);
            ph = t[0];
            pl = t[1];
        }
        mul(ph, pl, sh, sl, t);
        double lh = 2 * t[0];
        double ll = 2 * t[1];
        if (e != 0) {
            double eh = e * LN2_HI;
            double el = twoProdErr(e, LN2_HI, eh) + e * LN2_LO;
            add(eh, el, lh, ll, t);
            lh = t[0];
            ll = t[1];
        }
        return lh + ll;
    }

    /** e^x, correctly rounded (to nearest) but for astronomically rare cases and subnormal results. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > 709.7827128933841) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.1332191019412) {
            return 0.0;
        }
        if (x == 0) {
            return 1.0;
        }
        double kd = Math.floor(x * 1.4426950408889634 + 0.5);
        int k = (int) kd;
        double[] t = new double[2];
        // r = x - k ln2 as a double-double.
        double ah = kd * LN2_HI;
        add(x, 0.0, -ah, -twoProdErr(kd, LN2_HI, ah), t);
        double bh = kd * LN2_LO;
        add(t[0], t[1], -bh, -twoProdErr(kd, LN2_LO, bh), t);
        double r0 = t[0];
        double r1 = t[1];
        // e^r = 1 + r (1 + r/2 (1 + r/3 (...))), |r| <= 0.35, 27 terms.
        double[] c = new double[2];
        double ph = 1.0;
        double pl = 0.0;
        for (int n = 27; n >= 1; n--) {
            mul(ph, pl, r0, r1, t);
            recip(n, c);
            mul(t[0], t[1], c[0], c[1], t);
            add(t[0], t[1], 1.0, 0.0, t);
            ph = t[0];
            pl = t[1];
        }
        double v = ph + pl;
        if (k > 1000) {
            return scale(v, k - 1000) * 0x1p1000;
        }
        if (k < -1021) {
            return scale(v, k + 1000) * 0x1p-1000;
        }
        return scale(v, k);
    }

    /** v * 2^k for -1022 <= k <= 1023. */
    private static double scale(double v, int k) {
        return v * Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    private static double twoSumErr(double a, double b, double s) {
        double z = s - a;
        return (a - (s - z)) + (b - z);
    }

    private static double twoProdErr(double a, double b, double p) {
        double t = SPLIT * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLIT * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    private static void add(double ah, double al, double bh, double bl, double[] out) {
        double s = ah + bh;
        double e = twoSumErr(ah, bh, s) + (al + bl);
        double h = s + e;
        out[1] = e - (h - s);
        out[0] = h;
    }

    private static void mul(double ah, double al, double bh, double bl, double[] out) {
        double p = ah * bh;
        double e = twoProdErr(ah, bh, p) + (ah * bl + al * bh);
        double h = p + e;
        out[1] = e - (h - p);
        out[0] = h;
    }

    /** (ah + al) / (bh + bl) as a double-double. */
    private static void div(double ah, double al, double bh, double bl, double[] out) {
        double q1 = ah / bh;
        double p = q1 * bh;
        double r = (((ah - p) - twoProdErr(q1, bh, p)) + al) - q1 * bl;
        double q2 = r / bh;
        double h = q1 + q2;
        out[1] = q2 - (h - q1);
        out[0] = h;
    }

    /** 1 / n as a double-double. */
    private static void recip(int n, double[] out) {
        double h = 1.0 / n;
        double p = h * n;
        double lo = -((p - 1.0) + twoProdErr(h, n, p)) / n;
        double s = h + lo;
        out[1] = lo - (s - h);
        out[0] = s;
    }
}
