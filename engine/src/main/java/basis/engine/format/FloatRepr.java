package basis.engine.format;

/**
 * CPython's float-to-text conversions, exact on the double's binary value and identical on the JVM
 * and in TeaVM/Wasm (no {@code Double.toString}, no {@code String.format}).
 *
 * <ul>
 *   <li>{@link #repr(double)}: {@code repr(x)} / {@code str(x)}, the shortest digits that read back
 *       to x, positional when {@code 1e-4 <= |x| < 1e16}, else {@code 1.5e-05} style.
 *   <li>{@link #fixed(double, int)}: {@code format(x, '.Nf')}, half-to-even on the exact value.
 *   <li>{@link #sci(double, int)}: {@code format(x, '.Ne')}.
 *   <li>{@link #general(double, int, boolean, boolean)}: {@code format(x, '.Pg')} and the no-type
 *       {@code format(x, '.P')} variant.
 * </ul>
 * Full format specs ({@code '>10.3f'}) are in {@link PyFormat}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Python's {@code repr(float)}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        Dragon4.Digits d = Dragon4.digits(x, true, false, -1, -1);
        return layoutRepr(x < 0, d.text(), d.exp10);
    }

    /** Lays out shortest digits the way CPython's repr does. */
    static String layoutRepr(boolean negative, String digits, int exp10) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) {
            sb.append('-');
        }
        int decpt = exp10 + 1;
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            sb.append('e').append(exp10 < 0 ? '-' : '+');
            int e = Math.abs(exp10);
            if (e < 10) {
                sb.append('0');
            }
            sb.append(e);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return sb.toString();
    }

    /** Python's {@code format(x, '.{digits}f')}. */
    public static String fixed(double x, int digits) {
        return fixed(x, digits, false);
    }

    /** {@code format(x, '.{digits}f')}, or with {@code alt} the {@code '#'} form (always a point). */
    public static String fixed(double x, int digits, boolean alt) {
        if (digits < 0) {
            throw new IllegalArgumentException("digits < 0");
        }
        if (!isFinite(x)) {
            return nonFinite(x);
        }
        if (!alt && digits >= 1 && digits <= 3) {
            String fast = fixedFast(x, digits);
            if (fast != null) return fast;
        }
        return Dragon4.positional(x, digits, false, true, digits == 0 && !alt ? '-' : 'k', false, -1, -1, -1);
    }

    private static final long[] POW10 = {1, 10, 100, 1000};

    /**
     * format(x, '.Nf') for N in 1..3 in 64-bit integer arithmetic: x = m * 2^e exactly, so x * 10^N
     * = m * 10^N * 2^e is rounded half-to-even on its exact value, as Python does. Null when the
     * value does not fit (very large, very small): the caller falls back to Dragon4.
     */
    static String fixedFast(double x, int digits) {
        long bits = Double.doubleToRawLongBits(x);
        boolean neg = bits < 0;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) {
            return null;
        }
        mant |= 1L << 52;
        int e = exp - 1075;
        long p10 = POW10[digits];
        long q;
        if (e >= 0) {
            if (e > 9) return null;
            long n = mant << e;
            if (n > Long.MAX_VALUE / p10) return null;
            q = n * p10;
        } else {
            int shift = -e;
            if (shift > 62) return null;
            long n = mant * p10;
            q = n >>> shift;
            long r = n & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (r > half || (r == half && (q & 1) == 1)) q++;
        }
        String d = Decimal.of(q);
        // written into a char array (TeaVM's StringBuilder appends char by char)
        int dl = d.length();
        int p = 0;
        char[] out;
        if (dl <= digits) {
            out = new char[(neg ? 1 : 0) + 2 + digits];
            if (neg) out[p++] = '-';
            out[p++] = '0';
            out[p++] = '.';
            for (int i = dl; i < digits; i++) out[p++] = '0';
            d.getChars(0, dl, out, p);
        } else {
            out = new char[(neg ? 1 : 0) + dl + 1];
            if (neg) out[p++] = '-';
            d.getChars(0, dl - digits, out, p);
            p += dl - digits;
            out[p++] = '.';
            d.getChars(dl - digits, dl, out, p);
        }
        return new String(out);
    }

    /** Python's {@code format(x, '.{digits}e')}. */
    public static String sci(double x, int digits) {
        return sci(x, digits, false);
    }

    /** {@code format(x, '.{digits}e')}, or with {@code alt} the {@code '#'} form. */
    public static String sci(double x, int digits, boolean alt) {
        if (digits < 0) {
            throw new IllegalArgumentException("digits < 0");
        }
        if (!isFinite(x)) {
            return nonFinite(x);
        }
        return Dragon4.scientific(x, digits, false, digits == 0 && !alt ? '-' : 'k', false, -1, 2, -1);
    }

    /** Python's {@code format(x, '.{precision}g')} (precision -1 means the default 6). */
    public static String general(double x, int precision) {
        return general(x, precision, false, false);
    }

    /**
     * Python's {@code 'g'} presentation. With {@code noType} it is the spec without a type letter
     * but with a precision ({@code '{:.3}'}): like 'g', but an integral fixed result keeps
     * {@code .0} and the switch to exponent happens one digit earlier.
     */
    public static String general(double x, int precision, boolean alt, boolean noType) {
        if (!isFinite(x)) {
            return nonFinite(x);
        }
        int p = precision < 0 ? 6 : (precision == 0 ? 1 : precision);
        int exp10;
        if (x == 0) {
            exp10 = 0;
        } else {
            exp10 = Dragon4.digits(x, false, false, p, -1).exp10;
        }
        int decpt = exp10 + 1;
        boolean useExp = decpt <= -4 || decpt > (noType ? p - 1 : p);
        if (useExp) {
            String s = Dragon4.scientific(x, p - 1, false, alt ? 'k' : '-', false, -1, 2, -1);
            if (!alt) {
                // NumPy's '-' trim keeps a point left bare by removed zeros; CPython drops it.
                int e = s.indexOf('e');
                if (e > 0 && s.charAt(e - 1) == '.') {
                    s = s.substring(0, e - 1) + s.substring(e);
                }
            }
            return s;
        }
        int frac = p - 1 - exp10;
        if (frac < 0) {
            frac = 0;
        }
        char trim = alt ? 'k' : (noType ? '0' : '-');
        return Dragon4.positional(x, frac, false, true, trim, false, -1, -1, -1);
    }

    static boolean isFinite(double x) {
        return !Double.isNaN(x) && !Double.isInfinite(x);
    }

    static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        return x > 0 ? "inf" : "-inf";
    }
}
