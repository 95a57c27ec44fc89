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
        double[] out = new double[2];
        logDD(x, out);
        return out[0] + out[1];
    }

    private static final java.math.BigDecimal LN10 = new java.math.BigDecimal(
            "2.30258509299404568401799145468436420760110148862877297603333");
    private static final double LN10_HI = basis.engine.nd.ExactMath.toDouble(LN10, false);
    private static final double LN10_LO = basis.engine.nd.ExactMath.toDouble(
            LN10.subtract(new java.math.BigDecimal(LN10_HI)), false);

    /** log2(x), correctly rounded but for rare cases; exact for powers of two. */
    public static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return log(x);
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & 0x000fffffffffffffL) == 0 && ((bits >>> 52) & 0x7ff) != 0) {
            return (double) (((bits >>> 52) & 0x7ff) - 1023);
        }
        return logRatio(x, LN2_HI, LN2_LO);
    }

    /** log10(x), correctly rounded but for rare cases; exact for 10^k. */
    public static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return log(x);
        double p = 1;
        for (int k = 0; k <= 22; k++) {
            if (p == x) return k;
            p *= 10;
        }
        return logRatio(x, LN10_HI, LN10_LO);
    }

    private static double logRatio(double x, double bh, double bl) {
        double[] t = new double[2];
        logDD(x, t);
        div(t[0], t[1], bh, bl, t);
        return t[0] + t[1];
    }

    /** log(x) for finite x > 0 as a double-double {hi, lo}. */
    static void logDD(double x, double[] result) {
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
        result[0] = lh;
        result[1] = ll;
    }

    /** e^x, correctly rounded (to nearest) but for astronomically rare cases and subnormal results. */
    public static double exp(double x) {
        return exp(x, 0.0);
    }

    /** e^(x + xl) for a double-double argument (xl tiny next to x). */
    static double exp(double x, double xl) {
        if (x != x) {
            return x;
        }
        if (x > 709.7827128933841) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.1332191019412) {
            return 0.0;
        }
        if (x == 0 && xl == 0) {
            return 1.0;
        }
        double kd = Math.floor(x * 1.4426950408889634 + 0.5);
        int k = (int) kd;
        double[] t = new double[2];
        // r = x - k ln2 as a double-double.
        double ah = kd * LN2_HI;
        add(x, xl, -ah, -twoProdErr(kd, LN2_HI, ah), t);
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

    /**
     * x ** y for finite x > 0 and a fractional y: e^(y log x) with log x and the product kept as
     * double-doubles, so the result is correctly rounded but for rare cases (the JVM's pow and
     * the browser's differ in the last bit for some arguments).
     */
    public static double pow(double x, double y) {
        double[] l = new double[2];
        logDD(x, l);
        double p = y * l[0];
        double pl = twoProdErr(y, l[0], p) + y * l[1];
        double h = p + pl;
        return exp(h, pl - (h - p));
    }

    // pi/2 in three parts of 33, 33 and 53 bits (derived once from 60 digits of pi, so k * P1 and
    // k * P2 are exact for |k| < 2^20): Cody and Waite's argument reduction, carried in double-double.
    private static final double[] PIO2 = piOver2Parts();

    private static double[] piOver2Parts() {
        java.math.BigDecimal pio2 = new java.math.BigDecimal(
                "1.57079632679489661923132169163975144209858469968755291048747229615390820314310449931401741267");
        double[] parts = new double[3];
        java.math.BigDecimal rest = pio2;
        for (int i = 0; i < 3; i++) {
            double d = basis.engine.nd.ExactMath.toDouble(rest, false);
            if (i < 2) d = Double.longBitsToDouble(Double.doubleToRawLongBits(d) & 0xFFFFFFFFF0000000L); // keep 33 bits
            parts[i] = d;
            rest = rest.subtract(new java.math.BigDecimal(d));
        }
        return parts;
    }

    /** sin(x), correctly rounded (to nearest) but for astronomically rare cases. */
    public static double sin(double x) {
        return trig(x, 0);
    }

    /** cos(x), correctly rounded (to nearest) but for astronomically rare cases. */
    public static double cos(double x) {
        return trig(x, 1);
    }

    /** tan(x), correctly rounded (to nearest) but for astronomically rare cases. */
    public static double tan(double x) {
        return trig(x, 2);
    }

    /** which: 0 sin, 1 cos, 2 tan. */
    private static double trig(double x, int which) {
        if (x != x || Double.isInfinite(x)) return Double.NaN;
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return which == 1 ? 1.0 : x; // sin x = tan x = x and cos x = 1 to the last bit here
        }
        double[] t = new double[2];
        double rh, rl;
        long k;
        if (ax < 0x1p19) {
            double kd = Math.floor(x * 0.6366197723675814 + 0.5);
            k = (long) kd;
            // r = x - k P1 - k P2 - k P3, as a double-double
            double a = x - kd * PIO2[0]; // exact: k * P1 is exact and close to x
            double b = kd * PIO2[1];
            double s = a - b;
            double e = twoSumErr(a, -b, s);
            double c = kd * PIO2[2];
            double ce = twoProdErr(kd, PIO2[2], c);
            add(s, e, -c, -ce, t);
            rh = t[0];
            rl = t[1];
        } else {
            // huge arguments: reduce exactly with enough digits of pi
            java.math.BigDecimal pio2 = new java.math.BigDecimal(
                    "1.570796326794896619231321691639751442098584699687552910487472296153908203143104499314017412671058533991074043256641153323546922304775291115862679704064240558725142051350969260552779822311474477465190982214405487832966723064237824116893391582635600954572824283461730174305227163324106696803630124570636862293503303157794087440760460481414627045857682183946295180005665265274410233");
            java.math.BigDecimal bx = new java.math.BigDecimal(x);
            java.math.BigDecimal q = bx.divide(pio2, new java.math.MathContext(380)).setScale(0, java.math.RoundingMode.HALF_EVEN);
            k = q.longValue();
            java.math.BigDecimal r = bx.subtract(q.multiply(pio2));
            rh = basis.engine.nd.ExactMath.toDouble(r, false);
            rl = basis.engine.nd.ExactMath.toDouble(r.subtract(new java.math.BigDecimal(rh)), false);
        }
        int quadrant = (int) (k & 3);
        double[] sn = new double[2];
        double[] cs = new double[2];
        sinCosDD(rh, rl, sn, cs);
        double sh, sl, ch, cl;
        switch (quadrant) {
            case 0: sh = sn[0]; sl = sn[1]; ch = cs[0]; cl = cs[1]; break;
            case 1: sh = cs[0]; sl = cs[1]; ch = -sn[0]; cl = -sn[1]; break;
            case 2: sh = -sn[0]; sl = -sn[1]; ch = -cs[0]; cl = -cs[1]; break;
            default: sh = -cs[0]; sl = -cs[1]; ch = sn[0]; cl = sn[1]; break;
        }
        if (which == 0) return sh + sl;
        if (which == 1) return ch + cl;
        div(sh, sl, ch, cl, t);
        return t[0] + t[1];
    }

    /** sin and cos of r = rh + rl, |r| <= pi/4 (a little more), by their Taylor series in double-double. */
    private static void sinCosDD(double rh, double rl, double[] sin, double[] cos) {
        double[] t = new double[2];
        double[] c = new double[2];
        mul(rh, rl, rh, rl, t);
        double zh = -t[0], zl = -t[1]; // -r^2
        // sin r = r (1 + z/(2*3) (1 + z/(4*5) (...))), cos r = 1 + z/(1*2) (1 + z/(3*4) (...))
        double ph = 1.0, pl = 0.0;
        for (int n = 29; n >= 3; n -= 2) {
            mul(ph, pl, zh, zl, t);
            recip((n - 1) * n, c);
            mul(t[0], t[1], c[0], c[1], t);
            add(t[0], t[1], 1.0, 0.0, t);
            ph = t[0];
            pl = t[1];
        }
        mul(ph, pl, rh, rl, t);
        sin[0] = t[0];
        sin[1] = t[1];
        ph = 1.0;
        pl = 0.0;
        for (int n = 28; n >= 2; n -= 2) {
            mul(ph, pl, zh, zl, t);
            recip((n - 1) * n, c);
            mul(t[0], t[1], c[0], c[1], t);
            add(t[0], t[1], 1.0, 0.0, t);
            ph = t[0];
            pl = t[1];
        }
        cos[0] = ph;
        cos[1] = pl;
    }

    // ---------------------------------------------------------------- inverse trigonometric functions
    // pi and pi/2 as double-doubles (106 bits, enough for results of at least pi/4).
    private static final double PI_HI = 0x1.921fb54442d18p1, PI_LO = 0x1.1a62633145c07p-53;
    private static final double PIO2_HI = 0x1.921fb54442d18p0, PIO2_LO = 0x1.1a62633145c07p-54;

    /**
     * atan(n / d) for finite n, d > 0 with n / d and d / n well inside the normal range, as a double
     * rounded to nearest: {@code Double.NaN} when the double-double value lies too close to a
     * rounding boundary to decide (about one argument in 2^40), so the caller computes it exactly.
     * {@code piMinus}: returns pi - atan(n / d) instead (atan2 with x < 0).
     */
    public static double atanRatio(double nh, double nl, double dh, double dl, boolean piMinus) {
        double[] r = new double[2];
        atanRatioDD(nh, nl, dh, dl, r);
        if (piMinus) add(PI_HI, PI_LO, -r[0], -r[1], r);
        return roundOrNaN(r[0], r[1]);
    }

    /** The double-double atan(n / d), n, d > 0. */
    private static void atanRatioDD(double nh, double nl, double dh, double dl, double[] out) {
        boolean inverted = nh > dh;
        if (inverted) div(dh, dl, nh, nl, out);
        else div(nh, nl, dh, dl, out);
        double th = out[0], tl = out[1];
        // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))): three halvings bring t <= 1 below tan(pi/32) < 0.0985
        for (int i = 0; i < 3; i++) {
            mul(th, tl, th, tl, out);
            add(1.0, 0.0, out[0], out[1], out);
            sqrt(out[0], out[1], out);
            add(1.0, 0.0, out[0], out[1], out);
            div(th, tl, out[0], out[1], out);
            th = out[0];
            tl = out[1];
        }
        // Taylor series t - t^3/3 + t^5/5 - ...: |t^2| < 0.0097, so 17 terms reach 2^-110 of the sum
        double[] u = new double[2];
        mul(th, tl, th, tl, u);
        double ph = th, pl = tl; // t^(2n+1)
        double sh = th, sl = tl;
        double[] c = new double[2];
        for (int n = 1; n <= 17; n++) {
            mul(ph, pl, u[0], u[1], out);
            ph = -out[0];
            pl = -out[1];
            recip(2 * n + 1, c);
            mul(ph, pl, c[0], c[1], c);
            add(sh, sl, c[0], c[1], out);
            sh = out[0];
            sl = out[1];
        }
        sh *= 8;
        sl *= 8;
        if (inverted) {
            add(PIO2_HI, PIO2_LO, -sh, -sl, out);
        } else {
            out[0] = sh;
            out[1] = sl;
        }
    }

    /** sqrt(ah + al) as a double-double, ah > 0. */
    private static void sqrt(double ah, double al, double[] out) {
        double s = Math.sqrt(ah);
        double p = s * s;
        double e = ((ah - p) - twoProdErr(s, s, p) + al) / (2 * s);
        double h = s + e;
        out[1] = e - (h - s);
        out[0] = h;
    }

    /**
     * 1 - x^2 for 0 <= x < 1 as a double-double, accurate to the last bits even when x is near 1:
     * (1 - x)(1 + x), where 1 - x is exact for x >= 1/2 (Sterbenz).
     */
    public static void oneMinusSquare(double x, double[] out) {
        if (x < 0.5) {
            double p = x * x;
            add(1.0, 0.0, -p, -twoProdErr(x, x, p), out);
            return;
        }
        double a = 1.0 - x;
        double b = 1.0 + x;
        double bl = twoSumErr(1.0, x, b);
        mul(a, 0.0, b, bl, out);
    }

    /** sqrt of a double-double, for callers outside this class. */
    public static void sqrtDD(double ah, double al, double[] out) {
        sqrt(ah, al, out);
    }

    /**
     * The double nearest to h + l (a normalised double-double whose relative error is below 2^-98), or
     * NaN when the error could move it across a rounding boundary.
     */
    private static double roundOrNaN(double h, double l) {
        double s = h + l;
        double e = l - (s - h);
        double a = Math.abs(s);
        if (a < 0x1p-960 || Double.isInfinite(s) || Double.isNaN(s)) return Double.NaN;
        long bits = Double.doubleToRawLongBits(a);
        double ulp = Double.longBitsToDouble(bits + 1) - a;
        // below a power of two the spacing of doubles halves
        boolean powerOfTwo = (bits & 0xFFFFFFFFFFFFFL) == 0;
        double half = powerOfTwo && (e < 0) == (s > 0) ? ulp / 4 : ulp / 2;
        double err = a * 0x1p-98;
        if (Math.abs(e) + err >= half) return Double.NaN;
        return s;
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
