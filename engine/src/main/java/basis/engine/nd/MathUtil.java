package basis.engine.nd;

import basis.engine.nd.linalg.Kernels;

/**
 * Scalar arithmetic with NumPy's (C's) exact semantics, written without the Java APIs that differ
 * in TeaVM/Wasm ({@code Math.rint}, {@code Math.round}, double {@code %}, integer division traps).
 */
public final class MathUtil {
    private MathUtil() {}

    private static final double TWO52 = 4503599627370496.0;

    /** Round half to even ({@code np.rint}, Python's {@code round(x)}); keeps the sign of zero. */
    public static double rint(double x) {
        if (!(Math.abs(x) < TWO52)) {
            return x;
        }
        double r = Math.floor(x);
        double diff = x - r;
        if (diff > 0.5) {
            r += 1;
        } else if (diff == 0.5) {
            if ((((long) r) & 1L) != 0) {
                r += 1;
            }
        }
        if (r == 0) {
            return x < 0 || Double.doubleToRawLongBits(x) < 0 ? -0.0 : 0.0;
        }
        return r;
    }

    /** C's {@code fmod}: the exact remainder of x / y truncated toward zero, sign of x. */
    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < ay) {
            return x;
        }
        if (ax == ay) {
            return x < 0 ? -0.0 : 0.0;
        }
        long bx = Double.doubleToRawLongBits(ax);
        long by = Double.doubleToRawLongBits(ay);
        int ex = (int) (bx >>> 52);
        int ey = (int) (by >>> 52);
        long mx = bx & 0xFFFFFFFFFFFFFL;
        long my = by & 0xFFFFFFFFFFFFFL;
        // value = m * 2^(e - 1075) with m normalised to 53 bits (a subnormal's exponent goes below 1):
        // the loop below relies on mx < 2 * my, which an unnormalised subnormal divisor would break
        if (ex == 0) {
            int shift = Long.numberOfLeadingZeros(mx) - 11;
            mx <<= shift;
            ex = 1 - shift;
        } else {
            mx |= 1L << 52;
        }
        if (ey == 0) {
            int shift = Long.numberOfLeadingZeros(my) - 11;
            my <<= shift;
            ey = 1 - shift;
        } else {
            my |= 1L << 52;
        }
        for (; ex > ey; ex--) {
            long i = mx - my;
            if (i >= 0) {
                if (i == 0) {
                    return x < 0 ? -0.0 : 0.0;
                }
                mx = i;
            }
            mx <<= 1;
        }
        long i = mx - my;
        if (i >= 0) {
            if (i == 0) {
                return x < 0 ? -0.0 : 0.0;
            }
            mx = i;
        }
        int e = ey - 1075;
        if (e < -1074) {
            mx >>= -1074 - e; // the remainder is a multiple of 2^-1074: only zero bits go
            e = -1074;
        }
        double r = (double) mx * pow2(e);
        return x < 0 ? -r : r;
    }

    /**
     * The Euclidean norm of non-negative, finite values (|p_i - q_i|) whose largest is max, as
     * CPython's math.hypot and math.dist compute it, to the bit: the values are scaled by a power of
     * two so the largest lies in [0.5, 1), their squares are summed with error-free products and
     * sums (the rounding errors kept in two extra sums), and the square root gets one correction step
     * from the residual. Infinity wins over NaN, as in CPython.
     */
    public static double vectorNorm(double[] v, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = frexpExponent(max);
        if (maxE < -1023) {
            // 2^-maxE would overflow: bring the subnormals up to normals first
            double[] w = new double[n];
            for (int i = 0; i < n; i++) w[i] = v[i] / Double.MIN_NORMAL;
            return Double.MIN_NORMAL * vectorNorm(w, n, max / Double.MIN_NORMAL, false);
        }
        double scale = pow2(-maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = v[i] * scale; // exact
            double sq = x * x;
            double sqLo = productError(x, x, sq);
            double sum = csum + sq; // |csum| >= sq: a fast two-sum is exact
            frac2 += (csum - sum) + sq;
            csum = sum;
            frac1 += sqLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double sq = -h * h;
        double sqLo = productError(-h, h, sq);
        double sum = csum + sq;
        frac2 += (csum - sum) + sq;
        csum = sum;
        frac1 += sqLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /**
     * hypot(x, y) as glibc computes it, which CPython's abs(complex) and NumPy's np.hypot call: the
     * larger and smaller magnitudes, a square root of the rounded sum of squares, then Borges's
     * correction step (C. F. Borges, "An improved algorithm for hypot(a, b)", 2019, the variant
     * without fused multiply-add). Inputs whose squares would overflow or underflow are scaled by
     * 2^600 first. Measured against CPython on 20,000 random pairs over 40 decades: no difference;
     * Java's Math.hypot differed in 947 of them.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y), ay = Math.min(x, y);
        if (ax > 0x1p511) {
            if (ay <= ax * 0x1p-54) return ax + ay;
            return hypotKernel(ax * 0x1p-600, ay * 0x1p-600) * 0x1p600;
        }
        if (ay < 0x1p-511) {
            if (ax >= ay * 0x1p54) return ax + ay;
            return hypotKernel(ax * 0x1p600, ay * 0x1p600) * 0x1p-600;
        }
        if (ay <= ax * 0x1p-54) return ax + ay;
        return hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /**
     * |re + im*j| as NumPy's np.abs computes it for complex128 arrays (its SIMD loop, whatever the
     * array's layout): larger * sqrt(fma(ratio, ratio, 1)) with ratio = smaller / larger; an
     * infinite part gives inf even next to NaN. The fused multiply-add is emulated exactly.
     */
    public static double complexAbs(double re, double im) {
        double a = Math.abs(re), b = Math.abs(im);
        if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        double larger = Math.max(a, b), smaller = Math.min(a, b);
        if (larger == 0.0) return 0.0;
        double r = smaller / larger;
        return larger * Math.sqrt(onePlusSquare(r));
    }

    /** fma(r, r, 1.0), rounded once (the exact emulation the BLAS kernels use). */
    static double onePlusSquare(double r) {
        return basis.engine.nd.linalg.Kernels.fma(r, r, 1.0);
    }

    /** The exact error of the rounded product p = a * b (Dekker's split; no overflow for |a|, |b| &lt; 2^996). */
    static double productError(double a, double b, double p) {
        double c = 134217729.0 * a; // 2^27 + 1
        double ah = c - (c - a), al = a - ah;
        c = 134217729.0 * b;
        double bh = c - (c - b), bl = b - bh;
        return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    }

    /** C's frexp exponent: e with x = m * 2^e, 0.5 &lt;= m &lt; 1, for finite x != 0. */
    static int frexpExponent(double x) {
        long bits = Double.doubleToRawLongBits(x) & 0x7FFFFFFFFFFFFFFFL;
        int biased = (int) (bits >>> 52);
        if (biased != 0) return biased - 1022;
        return (64 - Long.numberOfLeadingZeros(bits)) - 1074;
    }

    /** 2^e exactly, for -1074 &lt;= e &lt;= 1023. */
    static double pow2(int e) {
        if (e >= -1022) {
            return Double.longBitsToDouble(((long) (e + 1023)) << 52);
        }
        return Double.longBitsToDouble(1L << (e + 1074));
    }

    /** NumPy's float floor division ({@code npy_floor_divide}). */
    public static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** NumPy's float remainder ({@code npy_remainder}): the sign of the divisor. */
    public static double remainder(double a, double b) {
        if (b == 0) {
            return fmod(a, b);
        }
        double mod = fmod(a, b);
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** NumPy's int64 floor division: x // 0 is 0, MIN // -1 wraps to MIN (no trap). */
    public static long floorDivide(long a, long b) {
        if (b == 0) {
            return 0;
        }
        if (b == -1) {
            return -a;
        }
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) {
            q--;
        }
        return q;
    }

    /** NumPy's int64 remainder: sign of the divisor, x % 0 is 0. */
    public static long remainder(long a, long b) {
        if (b == 0 || b == -1) {
            return 0;
        }
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
        }
        return r;
    }

    /** int64 power by squaring with wrap-around; negative exponents are NumPy's ValueError. */
    public static long power(long base, long exp) {
        if (exp < 0) {
            throw NumpyException.valueError("Integers to negative integer powers are not allowed.");
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e > 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            e >>= 1;
            if (e > 0) {
                b *= b;
            }
        }
        return result;
    }

    /** {@code np.sign} for floats: -1, 0, 1, or nan. */
    public static double sign(double x) {
        if (x > 0) {
            return 1.0;
        }
        if (x < 0) {
            return -1.0;
        }
        return x == 0 ? 0.0 : Double.NaN;
    }

    /** NumPy's maximum: NaN propagates; of two equal values (0.0 and -0.0) the second, as x86 maxpd. */
    public static double maximum(double a, double b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        return a > b ? a : b;
    }

    /** NumPy's minimum: NaN propagates; of two equal values the second. */
    public static double minimum(double a, double b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        return a < b ? a : b;
    }

    /** C99 {@code pow}: like {@code Math.pow} except pow(1, y) = 1 and pow(-1, +-inf) = 1. */
    public static double pow(double x, double y) {
        if (x == 1.0) {
            return 1.0;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        if (y == 2.0) {
            return x * x;
        }
        return ExactMath.pow(x, y);
    }

    /** 10^n as NumPy's {@code np.round} computes it (table up to 1e8, then repeated *10). */
    static double powerOfTen(int n) {
        double[] p10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
        if (n < 9) {
            return p10[n];
        }
        double ret = 1e9;
        while (n-- > 9) {
            ret *= 10.;
        }
        return ret;
    }

    /** {@code np.round(x, decimals)} for a float (half to even on the scaled value). */
    public static double round(double x, int decimals) {
        if (decimals >= 0) {
            double f = powerOfTen(decimals);
            return rint(x * f) / f;
        }
        double f = powerOfTen(-decimals);
        return rint(x / f) * f;
    }

    // ---------------------------------------------------------------- platform-independent functions
    // java.lang.Math's log1p/expm1/log10/sinh/cosh/tanh differ between the JVM and TeaVM/Wasm; these
    // are built on exp/log/sqrt, which agree on both, so the browser and the server print the same.

    private static final double LN10 = 2.302585092994046;

    /** log(1 + x), accurate to a few ulps (Goldberg's trick on top of {@code Math.log}). */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (Double.isInfinite(u) || u <= 0) {
            return basis.engine.nd.linalg.CrMath.log(u);
        }
        return basis.engine.nd.linalg.CrMath.log(u) * (x / (u - 1.0));
    }

    /** glibc's log, log2 and log10 of a zero (-inf), +inf (itself), a negative number or a NaN (NaN). */
    private static double logOfSpecial(double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
    }

    /**
     * log(1 + x) to the bit as glibc's libm computes it on x86-64 processors with FMA and AVX2 (the
     * variant its IFUNC selects there, which NumPy's random generators call for the normal and
     * exponential ziggurats' tails): fdlibm's algorithm (x = 2^k (1 + f), log(1 + f) from s = f / (2
     * + f) and a degree-7 polynomial in s^2 evaluated as glibc's source groups it), with the fused
     * multiply-adds GCC formed when compiling it for FMA, read from the library's machine code:
     * R = fma(z6, R4, fma(z4, R3, fma(z, Lp1, z2 R2))) with Rj = fma(z, Lp(2j-1), Lp(2j-2)), and
     * k ln2 added as fma(k, ln2_hi, -(...)) around fma(k, ln2_lo, c). Kernels.fma rounds as the
     * instruction does, so the JVM and the browser agree with glibc.
     */
    public static double libmLog1p(double x) {
        int hx = (int) (Double.doubleToRawLongBits(x) >>> 32);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        double f = 0;
        double c = 0;
        if (hx < 0x3fda827a) { // x < 0.41422, or negative
            if (ax >= 0x3ff00000) { // x <= -1
                return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                return ax < 0x3c900000 ? x : Kernels.fma(-(x * x), 0.5, x);
            }
            if (hx > 0 || hx <= (int) 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = (int) (Double.doubleToRawLongBits(u) >>> 32);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = hx;
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            long low = Double.doubleToRawLongBits(u) & 0xffffffffL;
            if (hu < 0x6a09e) { // u in [1, sqrt 2) after scaling
                u = Double.longBitsToDouble(((long) (hu | 0x3ff00000) << 32) | low);
            } else { // u / 2 in [sqrt 2 / 2, 1)
                k += 1;
                u = Double.longBitsToDouble(((long) (hu | 0x3fe00000) << 32) | low);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                return k == 0 ? 0.0 : Kernels.fma(k, LOG1P_LN2_HI, Kernels.fma(k, LOG1P_LN2_LO, c));
            }
            double r = hfsq * Kernels.fma(-f, 0.66666666666666666, 1.0);
            if (k == 0) {
                return f - r;
            }
            return Kernels.fma(k, LOG1P_LN2_HI, -((r - Kernels.fma(k, LOG1P_LN2_LO, c)) - f));
        }
        double s = f / (f + 2.0);
        double z = s * s;
        double r2 = Kernels.fma(z, LOG1P_LP[3], LOG1P_LP[2]);
        double r3 = Kernels.fma(z, LOG1P_LP[5], LOG1P_LP[4]);
        double r4 = Kernels.fma(z, LOG1P_LP[7], LOG1P_LP[6]);
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z2 * z4;
        double r = Kernels.fma(z6, r4, Kernels.fma(z4, r3, Kernels.fma(z, LOG1P_LP[1], z2 * r2)));
        double t = s * (hfsq + r);
        if (k == 0) {
            return f - (hfsq - t);
        }
        return Kernels.fma(k, LOG1P_LN2_HI, -((hfsq - (Kernels.fma(k, LOG1P_LN2_LO, c) + t)) - f));
    }

    private static final double LOG1P_LN2_HI = 0x1.62e42fee00000p-1;
    private static final double LOG1P_LN2_LO = 0x1.a39ef35793c76p-33;
    /** fdlibm's log1p coefficients Lp1..Lp7 (index 0 unused). */
    private static final double[] LOG1P_LP = {0.0, 0x1.5555555555593p-1, 0x1.999999997fa04p-2, 0x1.2492494229359p-2,
        0x1.c71c51d8e78afp-3, 0x1.7466496cb03dep-3, 0x1.39a09d078c69fp-3, 0x1.2f112df3e5244p-3};

    /**
     * glibc's pow, bit for bit as CPython's {@code x ** y}, {@code pow} and {@code math.pow} and NumPy's
     * float64 scalar power call it on this machine: the x86-64 FMA build ({@code __pow_fma}, the IFUNC
     * variant chosen with FMA and AVX2) of sysdeps/ieee754/dbl-64/e_pow.c, ARM's optimized-routines
     * algorithm: log(x) as a double-double from a 128-entry table of 1/c, log(c) and its tail, times y
     * with an exact product, then exp from a 2^(j/128) table. Not correctly rounded (below 0.52 ulp):
     * about 4 in 10,000 results differ from the correctly rounded power in the last bit. Every fused
     * multiply-add sits where GCC fused it in the library's machine code; the tables are the library's
     * own ({@link LibmPowData}, generated from libm.so.6 by tools/gen_libm_tables.py). Kernels.fma
     * rounds as the instruction does, so the JVM and the browser agree with glibc. NaN results for a
     * negative x with a non-integer y and infinities on overflow are the caller's to report.
     */
    public static double libmPow(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52);
        long signBias = 0;
        if (topx == 0 || topx >= 0x7ff || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be || (topy & 0x7ff) < 0x3be) {
            // x subnormal, zero, negative, infinite or NaN; or |y| < 2^-65, |y| >= 2^63, y infinite or NaN
            if (zeroInfNan(iy)) {
                if (2 * iy == 0) {
                    return 1.0;
                }
                if (ix == ONE_BITS) {
                    return 1.0;
                }
                if (Long.compareUnsigned(2 * ix, 2 * INF_BITS) > 0 || Long.compareUnsigned(2 * iy, 2 * INF_BITS) > 0) {
                    return x + y;
                }
                if (2 * ix == 2 * ONE_BITS) {
                    return 1.0;
                }
                if ((Long.compareUnsigned(2 * ix, 2 * ONE_BITS) < 0) == (iy >= 0)) {
                    return 0.0; // |x| < 1 and y = inf, or |x| > 1 and y = -inf
                }
                return y * y;
            }
            if (zeroInfNan(ix)) {
                double x2 = x * x;
                if (ix < 0 && checkInt(iy) == 1) {
                    x2 = -x2;
                }
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) { // finite x < 0
                int yint = checkInt(iy);
                if (yint == 0) {
                    return Double.NaN;
                }
                if (yint == 1) {
                    signBias = POW_SIGN_BIAS;
                }
                ix &= 0x7fffffffffffffffL;
                topx &= 0x7ff;
            }
            if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be || (topy & 0x7ff) < 0x3be) {
                if (ix == ONE_BITS) {
                    return 1.0;
                }
                if ((topy & 0x7ff) < 0x3be) { // |y| < 2^-65: x^y ~= 1 + y log(x)
                    return ix > ONE_BITS ? 1.0 + y : 1.0 - y;
                }
                return (ix > ONE_BITS) == (topy < 0x800) ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) { // subnormal x: normalise, the exponent becomes negative
                ix = Double.doubleToRawLongBits(x * 0x1p52) & 0x7fffffffffffffffL;
                ix -= 52L << 52;
            }
        }
        // log(x) = k ln2 + log(c) + log1p(z/c - 1) as hi + lo
        long tmp = ix - 0x3fe6955500000000L;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double kd = k;
        long[] lt = LibmPowData.LOG_TAB;
        double invc = Double.longBitsToDouble(lt[3 * i]);
        double logc = Double.longBitsToDouble(lt[3 * i + 1]);
        double logctail = Double.longBitsToDouble(lt[3 * i + 2]);
        double r = Kernels.fma(z, invc, -1.0);
        double t1 = Kernels.fma(kd, LibmPowData.LN2HI, logc);
        double t2 = t1 + r;
        double lo1 = Kernels.fma(kd, LibmPowData.LN2LO, logctail);
        double lo2 = t1 - t2 + r;
        double ar = LibmPowData.A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Kernels.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double q = Kernels.fma(ar2,
                Kernels.fma(Kernels.fma(r, LibmPowData.A6, LibmPowData.A5), ar2, Kernels.fma(r, LibmPowData.A4, LibmPowData.A3)),
                Kernels.fma(r, LibmPowData.A2, LibmPowData.A1));
        double lo = Kernels.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
        double lhi = hi + lo;
        double llo = hi - lhi + lo;
        // y log(x) as ehi + elo, exactly to the rounding of y llo
        double ehi = y * lhi;
        double elo = Kernels.fma(y, llo, Kernels.fma(lhi, y, -ehi));
        return libmPowExp(ehi, elo, signBias);
    }

    /**
     * glibc's sin, bit for bit as CPython's {@code math.sin} and NumPy's {@code np.sin} call it on this
     * machine: the FMA build ({@code __sin_fma}) of IBM's sysdeps/ieee754/dbl-64/s_sin.c. Below 2^-26
     * sin(x) = x; below 0.855469 a Taylor polynomial (|x| < 0.126) or sin/cos of the nearest i/128 from
     * {@code __sincostab} ({@link LibmSinData}) combined with short polynomials in the rest; below
     * 2.426265 cos(pi/2 - |x|); below 105414350 a reduction by pi/2 in three and four parts; above,
     * {@link #libmBranred}. Not correctly rounded (below 0.55 ulp): about 1 in 700 results differ from the
     * correctly rounded sin in the last bit. Every fused multiply-add sits where GCC fused it in the
     * library's machine code. NaN for infinities and NaN; the caller reports domain errors.
     */
    public static double libmSin(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e500000) {
            return x;
        }
        if (k < 0x3feb6000) {
            return libmDoSin(x, 0.0);
        }
        if (k < 0x400368fd) {
            double t = SIN_HP0 - Math.abs(x);
            return Math.copySign(libmDoCos(t, SIN_HP1), x);
        }
        if (k < 0x419921fb) {
            double[] ada = new double[2];
            int n = libmReduceSincos(x, ada);
            return libmDoSincos(ada[0], ada[1], n);
        }
        if (k < 0x7ff00000) {
            double[] ada = new double[2];
            int n = libmBranred(x, ada);
            return libmDoSincos(ada[0], ada[1], n);
        }
        return Double.NaN;
    }

    /**
     * glibc's cos, bit for bit as CPython's {@code math.cos} and NumPy's {@code np.cos} call it on this
     * machine: the FMA build ({@code __cos_fma}) of s_sin.c, with the pieces {@link #libmSin} describes
     * (below 2^-27 exactly 1; below 2.426265 sin(pi/2 - |x|) with pi/2 in two parts).
     */
    public static double libmCos(double x) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e400000) {
            return 1.0;
        }
        if (k < 0x3feb6000) {
            return libmDoCos(x, 0.0);
        }
        if (k < 0x400368fd) {
            double y = SIN_HP0 - Math.abs(x);
            double a = y + SIN_HP1;
            double da = (y - a) + SIN_HP1;
            return libmDoSin(a, da);
        }
        if (k < 0x419921fb) {
            double[] ada = new double[2];
            int n = libmReduceSincos(x, ada);
            return libmDoSincos(ada[0], ada[1], n + 1);
        }
        if (k < 0x7ff00000) {
            double[] ada = new double[2];
            int n = libmBranred(x, ada);
            return libmDoSincos(ada[0], ada[1], n + 1);
        }
        return Double.NaN;
    }

    /**
     * glibc's tan, bit for bit as CPython's {@code math.tan} calls it on this machine: the FMA build
     * ({@code __tan_fma}) of IBM's sysdeps/ieee754/dbl-64/s_tan.c. Below 1.259e-8 tan(x) = x; below
     * 0.0608 an odd polynomial; below 0.787 tan(xi) and 1/tan(xi) of the nearest table point
     * ({@link LibmTanData}) combined with a polynomial in the rest; above, x - n pi/2 (three parts below
     * 25, four below 1e8, {@link #libmBranred} above) and the same pieces for tan or -cot. Not correctly
     * rounded (below 0.62 ulp). Every fused multiply-add sits where GCC fused it in the library's machine
     * code. NaN for infinities and NaN; the caller reports domain errors.
     */
    public static double libmTan(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (((int) (bits >>> 32) & 0x7ff00000) == 0x7ff00000) {
            return x - x;
        }
        double w = x < 0.0 ? -x : x;
        if (w <= TAN_G1) {
            return x;
        }
        if (w <= TAN_G2) {
            double x2 = x * x;
            return Kernels.fma(libmTanPoly(x2), x * x2, x);
        }
        if (w <= TAN_G3) {
            int i = (int) (TAN_MFFTNHF + 256 * w);
            double z = w - libmTanTab(i, 0);
            double pz = libmTanPz(z);
            double fi = libmTanTab(i, 1);
            double gi = libmTanTab(i, 2);
            double t2 = pz * (gi + fi) / (gi - pz);
            double y = fi + t2;
            return (x < 0.0 ? -1.0 : 1.0) * y;
        }
        double a;
        double da;
        int n;
        if (w <= TAN_G4) {
            double t = Kernels.fma(x, SIN_HPINV, SIN_TOINT);
            double xn = t - SIN_TOINT;
            double t1 = Kernels.fma(-xn, TAN_MP2, Kernels.fma(-xn, SIN_MP1, x));
            n = (int) Double.doubleToRawLongBits(t) & 1;
            a = Kernels.fma(-xn, TAN_MP3, t1);
            da = Kernels.fma(-xn, TAN_MP3, t1 - a);
        } else {
            if (w <= TAN_G5) {
                double t = Kernels.fma(x, SIN_HPINV, SIN_TOINT);
                double xn = t - SIN_TOINT;
                double t1 = Kernels.fma(-xn, TAN_MP2, Kernels.fma(-xn, SIN_MP1, x));
                n = (int) Double.doubleToRawLongBits(t) & 1;
                t = Kernels.fma(-xn, SIN_PP3, t1);
                da = Kernels.fma(-xn, SIN_PP3, t1 - t);
                a = Kernels.fma(-xn, SIN_PP4, t);
                da = Kernels.fma(-xn, SIN_PP4, t - a) + da;
            } else {
                double[] ada = new double[2];
                n = libmBranred(x, ada) & 1;
                a = ada[0];
                da = ada[1];
            }
            double z = a + da;
            double zz = Math.abs(a) > Math.abs(da) ? (a - z) + da : (da - z) + a;
            a = z;
            da = zz;
        }
        double ya;
        double yya;
        double sy;
        if (a < 0.0) {
            ya = -a;
            yya = -da;
            sy = -1;
        } else {
            ya = a;
            yya = da;
            sy = 1;
        }
        if (ya <= TAN_G2) {
            double a2 = a * a;
            double t2 = Kernels.fma(a * a2, libmTanPoly(a2), da);
            if (n != 0) {
                double b = a + t2;
                double db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
                double c = 1.0 / b;
                double u = c * b;
                double uu = Kernels.fma(c, b, -u);
                double cc = Kernels.fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
                double zc = c + cc;
                double zzc = (c - zc) + cc;
                return -(zc + zzc);
            }
            return a + t2;
        }
        int i = (int) (TAN_MFFTNHF + 256 * ya);
        double z = (ya - libmTanTab(i, 0)) + yya;
        double pz = libmTanPz(z);
        double fi = libmTanTab(i, 1);
        double gi = libmTanTab(i, 2);
        if (n != 0) {
            double t2 = pz * (fi + gi) / (fi + pz);
            double y = gi - t2;
            return -sy * y;
        }
        double t2 = pz * (gi + fi) / (gi - pz);
        double y = fi + t2;
        return sy * y;
    }

    private static double libmTanPoly(double x2) {
        return Kernels.fma(x2, Kernels.fma(x2, Kernels.fma(x2, Kernels.fma(x2, TAN_D11, TAN_D9), TAN_D7), TAN_D5), TAN_D3);
    }

    private static double libmTanPz(double z) {
        double z2 = z * z;
        return Kernels.fma(z * z2, Kernels.fma(z2, TAN_E1, TAN_E0), z);
    }

    private static double libmTanTab(int i, int j) {
        return Double.longBitsToDouble(LibmTanData.XFG[4 * i + j]);
    }

    private static final double TAN_D3 = Double.longBitsToDouble(0x3FD5555555555555L);
    private static final double TAN_D5 = Double.longBitsToDouble(0x3FC11111111107C6L);
    private static final double TAN_D7 = Double.longBitsToDouble(0x3FABA1BA1CDB8745L);
    private static final double TAN_D9 = Double.longBitsToDouble(0x3F9664ED49CFC666L);
    private static final double TAN_D11 = Double.longBitsToDouble(0x3F82385A3CF2E4EAL);
    private static final double TAN_E0 = Double.longBitsToDouble(0x3FD5555555554DBDL);
    private static final double TAN_E1 = Double.longBitsToDouble(0x3FC11112E0A6B45FL);
    private static final double TAN_MFFTNHF = -15.5;
    private static final double TAN_G1 = Double.longBitsToDouble(0x3e4b096c00000000L);
    private static final double TAN_G2 = Double.longBitsToDouble(0x3faf212d00000000L);
    private static final double TAN_G3 = Double.longBitsToDouble(0x3fe92f1a00000000L);
    private static final double TAN_G4 = 25.0;
    private static final double TAN_G5 = Double.longBitsToDouble(0x4197d78400000000L);
    private static final double TAN_MP2 = Double.longBitsToDouble(0xBE4DDE973C000000L);
    private static final double TAN_MP3 = Double.longBitsToDouble(0xBC8CB3B399D747F2L);

    private static final double SIN_S1 = -0x1.5555555555555p-3;
    private static final double SIN_S2 = 0x1.1111111110ECEp-7;
    private static final double SIN_S3 = -0x1.A01A019DB08B8p-13;
    private static final double SIN_S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double SIN_S5 = -0x1.ADDFFC2FCDF59p-26;
    private static final double SIN_BIG = 0x1.8p45;
    private static final double SIN_HP0 = 0x1.921FB54442D18p0;
    private static final double SIN_HP1 = 0x1.1A62633145C07p-54;
    private static final double SIN_MP1 = 0x1.921FB58000000p0;
    private static final double SIN_MP2 = -0x1.DDE973C000000p-27;
    private static final double SIN_PP3 = -0x1.CB3B398000000p-55;
    private static final double SIN_PP4 = -0x1.d747f23e32ed7p-83;
    private static final double SIN_HPINV = 0x1.45F306DC9C883p-1;
    private static final double SIN_TOINT = 0x1.8p52;
    private static final double SIN_SN3 = -0x1.5555555555515p-3;
    private static final double SIN_SN5 = 0x1.11110e829872fp-7;
    private static final double SIN_CS2 = 0.5;
    private static final double SIN_CS4 = -0x1.5555555555535p-5;
    private static final double SIN_CS6 = 0x1.6c16bedd9e239p-10;

    private static double libmSinTab(int i) {
        return Double.longBitsToDouble(LibmSinData.TAB[i]);
    }

    /** s_sin.c's do_sin (TAYLOR_SIN below 0.126) with __sin_fma's fused multiply-adds. */
    private static double libmDoSin(double x, double dx) {
        double xold = x;
        if (Math.abs(x) < 0.126) {
            double xx = x * x;
            double p = Kernels.fma(xx, Kernels.fma(xx, Kernels.fma(xx, Kernels.fma(xx, SIN_S5, SIN_S4), SIN_S3), SIN_S2), SIN_S1);
            double t = Kernels.fma(xx, Kernels.fma(p, x, -(0.5 * dx)), dx);
            return x + t;
        }
        if (x <= 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = SIN_BIG + ax;
        x = ax - (u - SIN_BIG);
        double xx = x * x;
        double s = x + Kernels.fma(x * xx, Kernels.fma(xx, SIN_SN5, SIN_SN3), dx);
        double c = Kernels.fma(x, dx, xx * Kernels.fma(xx, Kernels.fma(xx, SIN_CS6, SIN_CS4), SIN_CS2));
        int k = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = libmSinTab(k);
        double ssn = libmSinTab(k + 1);
        double cs = libmSinTab(k + 2);
        double ccs = libmSinTab(k + 3);
        double cor = Kernels.fma(s, cs, Kernels.fma(-c, sn, Kernels.fma(s, ccs, ssn)));
        return Math.copySign(sn + cor, xold);
    }

    /** s_sin.c's do_cos with __cos_fma's fused multiply-adds. */
    private static double libmDoCos(double x, double dx) {
        if (x < 0) {
            dx = -dx;
        }
        double ax = Math.abs(x);
        double u = SIN_BIG + ax;
        x = ax - (u - SIN_BIG) + dx;
        double xx = x * x;
        double s = Kernels.fma(x * xx, Kernels.fma(xx, SIN_SN5, SIN_SN3), x);
        double c = xx * Kernels.fma(xx, Kernels.fma(xx, SIN_CS6, SIN_CS4), SIN_CS2);
        int k = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = libmSinTab(k);
        double ssn = libmSinTab(k + 1);
        double cs = libmSinTab(k + 2);
        double ccs = libmSinTab(k + 3);
        double cor = Kernels.fma(-s, sn, Kernels.fma(-c, cs, Kernels.fma(-s, ssn, ccs)));
        return cs + cor;
    }

    /** s_sin.c's reduce_sincos: x - n pi/2 as a + da (pi/2 in four parts), returns n mod 4. */
    private static int libmReduceSincos(double x, double[] ada) {
        double t = Kernels.fma(x, SIN_HPINV, SIN_TOINT);
        double xn = t - SIN_TOINT;
        double y = Kernels.fma(-xn, SIN_MP2, Kernels.fma(-xn, SIN_MP1, x));
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        double t2 = Kernels.fma(-xn, SIN_PP3, y);
        double db = Kernels.fma(-xn, SIN_PP3, y - t2);
        double b = Kernels.fma(-xn, SIN_PP4, t2);
        db = db + Kernels.fma(-xn, SIN_PP4, t2 - b);
        ada[0] = b;
        ada[1] = db;
        return n;
    }

    private static double libmDoSincos(double a, double da, int n) {
        double r = (n & 1) != 0 ? libmDoCos(a, da) : libmDoSin(a, da);
        return (n & 2) != 0 ? -r : r;
    }

    /** branred.c's 2/pi in 24-bit pieces. */
    private static final double[] BRANRED_TOVERP = {
        10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0,
        12639074.0, 9804092.0, 4427841.0, 16666979.0, 11263675.0,
        12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0,
        13734428.0, 16653803.0, 1880361.0, 10960616.0, 8533493.0,
        3062596.0, 8710556.0, 7349940.0, 6258241.0, 3772886.0,
        3769171.0, 3798172.0, 8675211.0, 12450088.0, 3874808.0,
        9961438.0, 366607.0, 15675153.0, 9132554.0, 7151469.0,
        3571407.0, 2607881.0, 12013382.0, 4155038.0, 6285869.0,
        7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0,
        15363067.0, 6271263.0, 9264392.0, 5636912.0, 4652155.0,
        7056368.0, 13614112.0, 10155062.0, 1944035.0, 9527646.0,
        15080200.0, 6658437.0, 6231200.0, 6832269.0, 16767104.0,
        5075751.0, 3212806.0, 1398474.0, 7579849.0, 6349435.0,
        12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0,
        12875403.0, 9837734.0, 14528324.0, 13719321.0, 343717.0};

    /** One half of branred.c's sum: x's piece times 2/pi, as {sum mod 4, b, bb}. */
    private static void libmBranredHalf(double xi, double[] out) {
        final double big = 0x1.8p52;
        final double big1 = 0x1.8p54;
        double[] r = new double[6];
        int k = (int) (Double.doubleToRawLongBits(xi) >>> 52) & 2047;
        k = (k - 450) / 24;
        if (k < 0) {
            k = 0;
        }
        double gor = Double.longBitsToDouble(0x63f0000000000000L - ((long) (k * 24) << 52));
        for (int i = 0; i < 6; i++) {
            r[i] = xi * BRANRED_TOVERP[k + i] * gor;
            gor *= 0x1p-24;
        }
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double s = (r[i] + big) - big;
            sum += s;
            r[i] -= s;
        }
        double t = 0;
        for (int i = 0; i < 6; i++) {
            t += r[5 - i];
        }
        double bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
        double s = (t + big) - big;
        sum += s;
        t -= s;
        double b = t + bb;
        bb = (t - b) + bb;
        s = (sum + big1) - big1;
        sum -= s;
        out[0] = sum;
        out[1] = b;
        out[2] = bb;
    }

    /**
     * glibc's __branred (sysdeps/ieee754/dbl-64/branred.c, built without fused multiply-adds): x - n pi/2
     * for huge |x| as a + da, 2/pi in 24-bit pieces; returns n mod 4.
     */
    static int libmBranred(double x, double[] ada) {
        final double split = 134217729.0;
        x *= 0x1p-600;
        double t = x * split;
        double x1 = t - (t - x);
        double x2 = x - x1;
        double[] h1 = new double[3];
        double[] h2 = new double[3];
        libmBranredHalf(x1, h1);
        libmBranredHalf(x2, h2);
        double b1 = h1[1];
        double bb1 = h1[2];
        double b2 = h2[1];
        double bb2 = h2[2];
        double sum = h1[0] + h2[0];
        double b = b1 + b2;
        double bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + bb1 + bb2);
        t = ((b - s) + bb) + (bb1 + bb2);
        b = s * split;
        double t1 = b - (b - s);
        double t2 = s - t1;
        b = s * SIN_HP0;
        final double mp1 = 0x1.921FB58000000p0;
        final double mp2 = Double.longBitsToDouble(0xBE4DDE9740000000L);
        bb = (((t1 * mp1 - b) + t1 * mp2) + t2 * mp1) + (t2 * mp2 + s * SIN_HP1 + t * SIN_HP0);
        s = b + bb;
        t = (b - s) + bb;
        ada[0] = s;
        ada[1] = t;
        return ((int) sum) & 3;
    }

    /**
     * glibc's log, bit for bit as CPython's {@code math.log} calls it on this machine: the FMA build
     * ({@code __log_fma}) of sysdeps/ieee754/dbl-64/e_log.c (ARM's optimized routines): near 1 a
     * polynomial in r = x - 1 with r's top half split off exactly, elsewhere log(c) from a 128-entry
     * table plus a polynomial in z/c - 1. Not correctly rounded (below 0.52 ulp): about 1 in 10,000
     * results differ from the correctly rounded log in the last bit. Every fused multiply-add sits where
     * GCC fused it in the library's machine code; the tables are the library's ({@link LibmLogData}).
     * Returns -inf for zeros and NaN below zero; the caller reports domain errors.
     */
    public static double libmLog(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int top = (int) (ix >>> 48);
        if (Long.compareUnsigned(ix - 0x3fee000000000000L, 0x3ff1090000000000L - 0x3fee000000000000L) < 0) {
            // 1 - 2^-4 <= x < 1 + 0x1.09p-4
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double p1 = Kernels.fma(r2, LibmLogData.B3, Kernels.fma(r, LibmLogData.B2, LibmLogData.B1));
            double p2 = Kernels.fma(r2, LibmLogData.B6, Kernels.fma(r, LibmLogData.B5, LibmLogData.B4));
            double p3 = Kernels.fma(r3, LibmLogData.B10,
                    Kernels.fma(r2, LibmLogData.B9, Kernels.fma(r, LibmLogData.B8, LibmLogData.B7)));
            double q = Kernels.fma(Kernels.fma(p3, r3, p2), r3, p1);
            // r's top 26 bits: r + r 2^27 - r 2^27, each step fused as GCC did
            double rhi = Kernels.fma(-0x1p27, r, Kernels.fma(r, 0x1p27, r));
            double rlo = r - rhi;
            double rhi2 = rhi * rhi;
            double hi = Kernels.fma(rhi2, LibmLogData.B0, r);
            double lo = Kernels.fma(rhi2, LibmLogData.B0, r - hi);
            lo = Kernels.fma(LibmLogData.B0 * rlo, r + rhi, lo);
            return hi + Kernels.fma(q, r3, lo);
        }
        if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
            // x < 2^-1022, infinite or NaN
            if (!(x > 0 && x < Double.MIN_NORMAL)) {
                return logOfSpecial(x);
            }
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52); // subnormal: normalise
        }
        long tmp = ix - 0x3fe6000000000000L;
        int i = (int) ((tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double invc = Double.longBitsToDouble(LibmLogData.TAB[2 * i]);
        double logc = Double.longBitsToDouble(LibmLogData.TAB[2 * i + 1]);
        double kd = k;
        double r = Kernels.fma(z, invc, -1.0);
        double w = Kernels.fma(kd, LibmLogData.LN2HI, logc);
        double hi = r + w;
        double lo = Kernels.fma(kd, LibmLogData.LN2LO, w - hi + r);
        double r2 = r * r;
        double r3 = r * r2;
        double q = Kernels.fma(Kernels.fma(r, LibmLogData.A4, LibmLogData.A3), r2,
                Kernels.fma(r, LibmLogData.A2, LibmLogData.A1));
        return Kernels.fma(r3, q, Kernels.fma(r2, LibmLogData.A0, lo)) + hi;
    }

    /**
     * glibc's log10 as CPython's {@code math.log10} calls it: fdlibm's e_log10.c, built without fused
     * multiply-adds (log10 has no FMA variant), around glibc's log ({@link #libmLog}): with
     * x = 2^n m, n' = n + (m's sign bit trick) and y = n',
     * log10(x) = (ivln10 log(m) + y log10_2lo) + y log10_2hi. About 4 in 100 results differ from the
     * correctly rounded log10.
     */
    public static double libmLog10(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int k = 0;
        if (ix <= 0x000fffffffffffffL) { // x < 2^-1022, zero or negative
            if ((ix & 0x7fffffffffffffffL) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (ix < 0) {
                return Double.NaN;
            }
            k = -54;
            ix = Double.doubleToRawLongBits(x * 0x1p54);
        }
        if (Long.compareUnsigned(ix, 0x7fefffffffffffffL) > 0) {
            return x + x;
        }
        long kk = k + (ix >> 52) - 1023;
        long i = kk >>> 63;
        double y = (double) (kk + i);
        double xm = Double.longBitsToDouble((ix & 0x000fffffffffffffL) | ((0x3ffL - i) << 52));
        double lo = y * LOG10_2LO;
        return (IVLN10 * libmLog(xm) + lo) + y * LOG10_2HI;
    }

    /**
     * glibc's log2, bit for bit as CPython's {@code math.log2} calls it on this machine: the FMA build
     * ({@code __log2_fma}) of sysdeps/ieee754/dbl-64/e_log2.c: near 1 a polynomial in r = x - 1 with
     * r/ln2 as an exact double-double, elsewhere log2(c) from a 64-entry table plus a polynomial in
     * z/c - 1. Not correctly rounded (below 0.55 ulp); exact at powers of two. Every fused
     * multiply-add sits where GCC fused it; the tables are the library's ({@link LibmLog2Data}).
     * Returns -inf for zeros and NaN below zero; the caller reports domain errors.
     */
    public static double libmLog2(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int top = (int) (ix >>> 48);
        if (Long.compareUnsigned(ix - 0x3feea4af00000000L, 0x210aa00000000L) < 0) {
            // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double hi = LibmLog2Data.INVLN2HI * r;
            double lo = Kernels.fma(r, LibmLog2Data.INVLN2LO, Kernels.fma(LibmLog2Data.INVLN2HI, r, -hi));
            double r2 = r * r;
            double r4 = r2 * r2;
            double b01 = Kernels.fma(r, LibmLog2Data.B1, LibmLog2Data.B0);
            double y = Kernels.fma(b01, r2, hi);
            lo = Kernels.fma(b01, r2, hi - y) + lo;
            double b25 = Kernels.fma(Kernels.fma(r, LibmLog2Data.B5, LibmLog2Data.B4), r2,
                    Kernels.fma(r, LibmLog2Data.B3, LibmLog2Data.B2));
            double b69 = Kernels.fma(Kernels.fma(r, LibmLog2Data.B9, LibmLog2Data.B8), r2,
                    Kernels.fma(r, LibmLog2Data.B7, LibmLog2Data.B6));
            return y + Kernels.fma(Kernels.fma(b69, r4, b25), r4, lo);
        }
        if (top - 0x0010 >= 0x7ff0 - 0x0010 || top < 0x0010) {
            // x < 2^-1022, infinite or NaN
            if (!(x > 0 && x < Double.MIN_NORMAL)) {
                return logOfSpecial(x);
            }
            ix = Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52); // subnormal: normalise
        }
        long tmp = ix - 0x3fe6000000000000L;
        int i = (int) ((tmp >>> 46) & 63);
        int k = (int) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & (0xfffL << 52)));
        double invc = Double.longBitsToDouble(LibmLog2Data.TAB[2 * i]);
        double logc = Double.longBitsToDouble(LibmLog2Data.TAB[2 * i + 1]);
        double kd = k;
        double t3 = kd + logc;
        double r = Kernels.fma(z, invc, -1.0);
        double t1 = LibmLog2Data.INVLN2HI * r;
        double t2 = Kernels.fma(r, LibmLog2Data.INVLN2LO, Kernels.fma(LibmLog2Data.INVLN2HI, r, -t1));
        double hi = t1 + t3;
        double lo = t3 - hi + t1 + t2;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = Kernels.fma(Kernels.fma(r, LibmLog2Data.A5, LibmLog2Data.A4), r4,
                Kernels.fma(Kernels.fma(r, LibmLog2Data.A3, LibmLog2Data.A2), r2, Kernels.fma(r, LibmLog2Data.A1, LibmLog2Data.A0)));
        return Kernels.fma(r2, p, lo) + hi;
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2HI = 0x1.34413509f6000p-2;
    private static final double LOG10_2LO = 0x1.9fef311f12b36p-42;

    /**
     * glibc's exp, bit for bit as CPython's {@code math.exp} and NumPy's random ziggurat call it on this
     * machine: the FMA build ({@code __exp_fma}) of sysdeps/ieee754/dbl-64/e_exp.c, the same 2^(j/128)
     * table and polynomial as pow's exp ({@link LibmPowData}), without pow's extra tail and sign. Not
     * correctly rounded (below 0.51 ulp): about 9 in 10,000 results differ from the correctly rounded
     * exp in the last bit. Every fused multiply-add sits where GCC fused it in the library's machine code.
     */
    public static double libmExp(double x) {
        int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        if (abstop - 0x3c9 < 0 || abstop - 0x3c9 >= 0x408 - 0x3c9) {
            if (abstop - 0x3c9 < 0) { // |x| < 2^-54
                return x + 1.0;
            }
            if (abstop >= 0x409) { // |x| >= 1024, infinite or NaN
                if (Double.doubleToRawLongBits(x) == 0xfff0000000000000L) {
                    return 0.0;
                }
                if (abstop == 0x7ff) {
                    return x + 1.0;
                }
                return Double.doubleToRawLongBits(x) < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            abstop = 0; // large |x|: the result may overflow or underflow, below
        }
        double kd = Kernels.fma(x, LibmPowData.INV_LN2N, LibmPowData.SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= LibmPowData.SHIFT;
        double r = Kernels.fma(kd, LibmPowData.NEG_LN2LO_N, Kernels.fma(kd, LibmPowData.NEG_LN2HI_N, x));
        int idx = 2 * (int) (ki & 127);
        double tail = Double.longBitsToDouble(LibmPowData.EXP_TAB[idx]);
        long sbits = LibmPowData.EXP_TAB[idx + 1] + (ki << 45);
        double r2 = r * r;
        double tmp = Kernels.fma(r2 * r2, Kernels.fma(r, LibmPowData.C5, LibmPowData.C4),
                Kernels.fma(Kernels.fma(r, LibmPowData.C3, LibmPowData.C2), r2, r + tail));
        if (abstop == 0) {
            if ((ki & 0x80000000L) == 0) { // k > 0: the scale's exponent may have overflowed by up to 460
                double scale = Double.longBitsToDouble(sbits - (1009L << 52));
                return Kernels.fma(scale, tmp, scale) * 0x1p1009;
            }
            double scale = Double.longBitsToDouble(sbits + (1022L << 52)); // k < 0: round once, subnormal
            double st = tmp * scale;
            double y = scale + st;
            if (y < 1.0) {
                double hi = y + 1.0;
                double lo = scale - y + st;
                y = 1.0 - hi + y + lo + hi - 1.0;
                if (y == 0.0) {
                    return 0.0;
                }
            }
            return y * 0x1p-1022;
        }
        double scale = Double.longBitsToDouble(sbits);
        return Kernels.fma(scale, tmp, scale);
    }

    private static final long ONE_BITS = 0x3ff0000000000000L;
    private static final long INF_BITS = 0x7ff0000000000000L;
    private static final long POW_SIGN_BIAS = 0x800L << 7;

    /** 0, infinity or NaN, from the bits. */
    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * INF_BITS - 1) >= 0;
    }

    /** 0 if the non-zero finite double with these bits is not an integer, 1 if odd, 2 if even. */
    private static int checkInt(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        return (iy & (1L << (0x3ff + 52 - e))) != 0 ? 1 : 2;
    }

    /** glibc's pow's exp_inline: sign * exp(x + xtail), the sign negative when signBias is set. */
    private static double libmPowExp(double x, double xtail, long signBias) {
        int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        if (abstop - 0x3c9 < 0 || abstop - 0x3c9 >= 0x408 - 0x3c9) {
            if (abstop - 0x3c9 < 0) { // |x| < 2^-54
                double one = 1.0 + x;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) { // |x| >= 1024
                boolean negative = signBias != 0;
                if (Double.doubleToRawLongBits(x) < 0) {
                    return negative ? -0.0 : 0.0;
                }
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            abstop = 0; // large |x|: the result may overflow or underflow, below
        }
        double kd = Kernels.fma(LibmPowData.INV_LN2N, x, LibmPowData.SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= LibmPowData.SHIFT;
        double r = Kernels.fma(kd, LibmPowData.NEG_LN2LO_N, Kernels.fma(kd, LibmPowData.NEG_LN2HI_N, x));
        r = xtail + r;
        int idx = 2 * (int) (ki & 127);
        long top = (ki + signBias) << 45;
        double tail = Double.longBitsToDouble(LibmPowData.EXP_TAB[idx]);
        long sbits = LibmPowData.EXP_TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Kernels.fma(Kernels.fma(r, LibmPowData.C5, LibmPowData.C4), r2 * r2,
                Kernels.fma(Kernels.fma(r, LibmPowData.C3, LibmPowData.C2), r2, tail + r));
        if (abstop == 0) {
            return libmPowSpecial(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Kernels.fma(scale, tmp, scale);
    }

    /** glibc's pow's specialcase: scale (1 + tmp) where it may overflow or land in the subnormals. */
    private static double libmPowSpecial(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) { // k > 0: the scale's exponent may have overflowed by up to 460
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return Kernels.fma(scale, tmp, scale) * 0x1p1009;
        }
        sbits += 1022L << 52; // k < 0: round once, at the subnormal precision
        double scale = Double.longBitsToDouble(sbits);
        double st = scale * tmp;
        double y = scale + st;
        if (Math.abs(y) < 1.0) {
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + st;
            double hi = y + one;
            lo = one - hi + y + lo;
            y = lo + hi - one;
            if (y == 0.0) {
                y = Double.longBitsToDouble(sbits & 0x8000000000000000L);
            }
        }
        return 0x1p-1022 * y;
    }

    /** exp(x) - 1, accurate to a few ulps (Kahan's trick on top of {@code Math.exp}). */
    public static double expm1(double x) {
        double u = basis.engine.nd.linalg.CrMath.exp(x);
        if (u == 1.0) {
            return x;
        }
        double um1 = u - 1.0;
        if (um1 == -1.0) {
            return -1.0;
        }
        if (Double.isInfinite(u)) {
            return u;
        }
        return um1 * x / basis.engine.nd.linalg.CrMath.log(u);
    }

    /** log10(x), exact on powers of ten. */
    public static double log10(double x) {
        double r = basis.engine.nd.linalg.CrMath.log10(x);
        if (x > 0 && !Double.isInfinite(r)) {
            double k = rint(r);
            if (Math.abs(r - k) < 1e-9 && Math.abs(k) <= 22) {
                double p = 1.0;
                for (int i = 0; i < Math.abs(k); i++) {
                    p *= 10.0;
                }
                if ((k >= 0 ? p : 1.0 / p) == x || (k < 0 && x * p == 1.0)) {
                    return k;
                }
            }
        }
        return r;
    }

    public static double sinh(double x) {
        if (x == 0) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax < 1.0) {
            double e = expm1(ax);
            r = 0.5 * (e + e / (e + 1.0));
        } else if (ax < 709.0) {
            double e = basis.engine.nd.linalg.CrMath.exp(ax);
            r = 0.5 * (e - 1.0 / e);
        } else {
            double e = basis.engine.nd.linalg.CrMath.exp(0.5 * ax);
            r = (0.5 * e) * e;
        }
        return x < 0 ? -r : r;
    }

    public static double cosh(double x) {
        double ax = Math.abs(x);
        if (ax < 709.0) {
            double e = basis.engine.nd.linalg.CrMath.exp(ax);
            return 0.5 * (e + 1.0 / e);
        }
        double e = basis.engine.nd.linalg.CrMath.exp(0.5 * ax);
        return (0.5 * e) * e;
    }

    public static double tanh(double x) {
        if (x != x) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax > 22.0) {
            r = 1.0;
        } else if (ax < 1e-8) {
            return x;
        } else {
            double e = expm1(2.0 * ax);
            r = e / (e + 2.0);
        }
        return x < 0 ? -r : r;
    }
}
