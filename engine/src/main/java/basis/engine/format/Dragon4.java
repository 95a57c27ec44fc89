package basis.engine.format;

import java.math.BigInteger;

/**
 * Exact decimal formatting of doubles with the semantics of NumPy's Dragon4
 * ({@code numpy.format_float_positional} / {@code numpy.format_float_scientific}).
 *
 * <p>The digit generator follows the Steele &amp; White / Burger &amp; Dybvig free-format algorithm
 * on exact integers ({@link BigInteger}), with IEEE unbiased rounding: neighbour midpoints count
 * as "close enough" when the mantissa is even, and a remainder of exactly one half rounds the last
 * digit to even. Two modes:
 *
 * <ul>
 *   <li>unique: the shortest digits that read back to the same double (optionally cut off after
 *       {@code precision} digits, or extended to at least {@code minDigits} digits);
 *   <li>exact: the exact binary value rounded (half to even) at the cut-off digit, which is also
 *       what CPython's {@code format(x, '.3f')} and {@code '.3e'} do.
 * </ul>
 *
 * <p>Trim modes, as in NumPy: {@code 'k'} keep trailing zeros; {@code '.'} trim trailing zeros,
 * keep the point; {@code '0'} trim trailing zeros but keep one zero after the point; {@code '-'}
 * trim trailing zeros and the point. Pure Java, no {@code String.format}: identical on the JVM and
 * in TeaVM/Wasm.
 */
public final class Dragon4 {
    private Dragon4() {}

    /** Digits of a finite non-negative value: {@code 0.d1d2d3... * 10^(exp10+1)}. */
    static final class Digits {
        char[] buf;
        int len;
        /** The base-10 exponent of the first digit. */
        int exp10;

        Digits(int cap) {
            buf = new char[cap];
        }

        void swap(char[] bigger) {
            buf = bigger;
        }

        char[] digitBuf() {
            return buf;
        }

        /** The digits as a string (no point, no exponent). */
        String text() {
            return new String(buf, 0, len);
        }
    }

    private static final double LOG10_2 = 0.30102999566398119521373889472449;
    private static final int MAX_DIGITS = 16000;
    private static final BigInteger TEN = BigInteger.TEN;
    private static final BigInteger[] POW10_CACHE = new BigInteger[400];

    private static BigInteger pow10(int n) {
        if (n < POW10_CACHE.length) {
            BigInteger p = POW10_CACHE[n];
            if (p == null) {
                p = TEN.pow(n);
                POW10_CACHE[n] = p;
            }
            return p;
        }
        return TEN.pow(n);
    }

    /**
     * Generates the decimal digits of |x| (x finite). {@code fractionCutoff} selects whether the
     * cut-offs count digits after the decimal point (true) or significant digits (false).
     *
     * @param cutoffMax stop after this many digits, -1 for none
     * @param cutoffMin in unique mode, print at least this many digits, -1 for none
     */
    static Digits digits(double x, boolean unique, boolean fractionCutoff, int cutoffMax, int cutoffMin) {
        long bits = Double.doubleToRawLongBits(x);
        long fracBits = bits & 0xFFFFFFFFFFFFFL;
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mantissa;
        int exponent;
        int mantissaBit;
        boolean unequalMargins;
        if (biased != 0) {
            mantissa = (1L << 52) | fracBits;
            exponent = biased - 1023 - 52;
            mantissaBit = 52;
            unequalMargins = biased != 1 && fracBits == 0;
        } else {
            mantissa = fracBits;
            exponent = 1 - 1023 - 52;
            mantissaBit = 63 - Long.numberOfLeadingZeros(mantissa);
            unequalMargins = false;
        }
        return generate(mantissa, exponent, mantissaBit, unequalMargins, unique, fractionCutoff, cutoffMax,
                cutoffMin);
    }

    private static Digits generate(long mantissa, int exponent, int mantissaBit, boolean unequalMargins,
            boolean unique, boolean fractionCutoff, int cutoffMax, int cutoffMin) {
        if (mantissa == 0) {
            Digits d = new Digits(1);
            d.buf[0] = '0';
            d.len = 1;
            d.exp10 = 0;
            return d;
        }
        boolean isEven = (mantissa & 1) == 0;
        BigInteger m = BigInteger.valueOf(mantissa);
        BigInteger value;
        BigInteger scale;
        BigInteger marginLow;
        if (unequalMargins) {
            if (exponent > 0) {
                value = m.shiftLeft(exponent + 2);
                scale = BigInteger.valueOf(4);
                marginLow = BigInteger.ONE.shiftLeft(exponent);
            } else {
                value = m.shiftLeft(2);
                scale = BigInteger.ONE.shiftLeft(-exponent + 2);
                marginLow = BigInteger.ONE;
            }
        } else {
            if (exponent > 0) {
                value = m.shiftLeft(exponent + 1);
                scale = BigInteger.valueOf(2);
                marginLow = BigInteger.ONE.shiftLeft(exponent);
            } else {
                value = m.shiftLeft(1);
                scale = BigInteger.ONE.shiftLeft(-exponent + 1);
                marginLow = BigInteger.ONE;
            }
        }
        // Estimate floor(log10(v)) + 1; correct or one too low (see Burger & Dybvig).
        int digitExponent = (int) Math.ceil((double) (mantissaBit + exponent) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax) {
            digitExponent = -cutoffMax + 1;
        }
        if (digitExponent > 0) {
            scale = scale.multiply(pow10(digitExponent));
        } else if (digitExponent < 0) {
            BigInteger p = pow10(-digitExponent);
            value = value.multiply(p);
            marginLow = marginLow.multiply(p);
        }
        if (value.compareTo(scale) >= 0) {
            digitExponent = digitExponent + 1;
        } else {
            value = value.multiply(TEN);
            marginLow = marginLow.multiply(TEN);
        }
        BigInteger marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;

        int cutoffMaxExponent = digitExponent - MAX_DIGITS;
        if (cutoffMax >= 0) {
            int desired = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
            if (desired > cutoffMaxExponent) {
                cutoffMaxExponent = desired;
            }
        }
        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0) {
            int desired = fractionCutoff ? -cutoffMin : digitExponent - cutoffMin;
            if (desired < cutoffMinExponent) {
                cutoffMinExponent = desired;
            }
        }
        Digits out = new Digits(Math.max(4, digitExponent - cutoffMaxExponent + 2 > 800 ? 800
                : digitExponent - cutoffMaxExponent + 2));
        char[] buf = out.buf;
        int n = 0;
        out.exp10 = digitExponent - 1;

        boolean low = false;
        boolean high = false;
        int outputDigit;
        if (unique) {
            for (;;) {
                digitExponent = digitExponent - 1;
                BigInteger[] qr = value.divideAndRemainder(scale);
                outputDigit = qr[0].intValue();
                value = qr[1];
                BigInteger valueHigh = value.add(marginHigh);
                int cmp = value.compareTo(marginLow);
                low = isEven ? cmp <= 0 : cmp < 0;
                cmp = valueHigh.compareTo(scale);
                high = isEven ? cmp >= 0 : cmp > 0;
                if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent) {
                    break;
                }
                buf = ensure(out, buf, n);
                buf[n++] = (char) ('0' + outputDigit);
                value = value.multiply(TEN);
                marginLow = marginLow.multiply(TEN);
                marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
            }
        } else {
            for (;;) {
                digitExponent = digitExponent - 1;
                BigInteger[] qr = value.divideAndRemainder(scale);
                outputDigit = qr[0].intValue();
                value = qr[1];
                if (value.signum() == 0 || digitExponent == cutoffMaxExponent) {
                    break;
                }
                buf = ensure(out, buf, n);
                buf[n++] = (char) ('0' + outputDigit);
                value = value.multiply(TEN);
            }
        }
        boolean roundDown = low;
        if (low == high) {
            int compare = value.shiftLeft(1).compareTo(scale);
            roundDown = compare < 0;
            if (compare == 0) {
                roundDown = (outputDigit & 1) == 0;
            }
        }
        buf = ensure(out, buf, n);
        if (roundDown) {
            buf[n++] = (char) ('0' + outputDigit);
        } else if (outputDigit == 9) {
            for (;;) {
                if (n == 0) {
                    buf[n++] = '1';
                    out.exp10 += 1;
                    break;
                }
                --n;
                if (buf[n] != '9') {
                    buf[n] += 1;
                    ++n;
                    break;
                }
            }
        } else {
            buf[n++] = (char) ('0' + outputDigit + 1);
        }
        out.len = n;
        return out;
    }

    private static char[] ensure(Digits d, char[] buf, int n) {
        if (n < buf.length) {
            return buf;
        }
        char[] bigger = new char[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, n);
        d.swap(bigger);
        return bigger;
    }

    /**
     * NumPy's {@code format_float_positional}.
     *
     * @param precision maximum digits (after the point if fractional, else significant), -1 for none
     * @param unique shortest round-trip digits (true) or the exact value rounded at precision (false)
     * @param trim one of {@code 'k', '.', '0', '-'}
     * @param padLeft pad with spaces until this many characters left of the point, -1 for none
     * @param padRight pad with spaces until this many characters right of the point, -1 for none
     * @param minDigits minimum digits in unique mode, -1 for none
     */
    public static String positional(double x, int precision, boolean unique, boolean fractional, char trim,
            boolean sign, int padLeft, int padRight, int minDigits) {
        if (!unique && precision < 0) {
            throw new IllegalArgumentException("precision must be >= 0 when unique is false");
        }
        StringBuilder sb = new StringBuilder(24);
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (Double.isNaN(x)) {
            return "nan";
        }
        int hasSign = 0;
        if (negative) {
            sb.append('-');
            hasSign = 1;
        } else if (sign) {
            sb.append('+');
            hasSign = 1;
        }
        if (Double.isInfinite(x)) {
            sb.append("inf");
            return sb.toString();
        }
        Digits d = digits(x, unique, fractional, precision, minDigits);
        char[] buf = d.digitBuf();
        int numDigits = d.len;
        int printExponent = d.exp10;
        int numWholeDigits;
        int numFractionDigits = 0;
        if (printExponent >= 0) {
            numWholeDigits = printExponent + 1;
            if (numDigits <= numWholeDigits) {
                sb.append(buf, 0, numDigits);
                for (int i = numDigits; i < numWholeDigits; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(buf, 0, numWholeDigits);
                sb.append('.');
                numFractionDigits = numDigits - numWholeDigits;
                sb.append(buf, numWholeDigits, numFractionDigits);
            }
        } else {
            int numFractionZeros = -(printExponent + 1);
            sb.append("0.");
            for (int i = 0; i < numFractionZeros; i++) {
                sb.append('0');
            }
            sb.append(buf, 0, numDigits);
            numFractionDigits = numDigits + numFractionZeros;
            numWholeDigits = 1;
        }
        if (trim != '-' && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = unique ? minDigits : precision;
        int desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
        if (!fractional) {
            desiredFractionalDigits = addDigits - numWholeDigits;
        }
        if (trim == '0') {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == 'k' && desiredFractionalDigits > numFractionDigits) {
            int count = desiredFractionalDigits - numFractionDigits;
            numFractionDigits += count;
            for (; count > 0; count--) {
                sb.append('0');
            }
        }
        if (trim != 'k' && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (sb.charAt(sb.length() - 1) == '.') {
                if (trim == '0') {
                    sb.append('0');
                    numFractionDigits++;
                } else if (trim == '-') {
                    sb.setLength(sb.length() - 1);
                }
            }
        }
        if (padRight >= numFractionDigits) {
            int count = padRight - numFractionDigits;
            if (trim == '-' && numFractionDigits == 0) {
                sb.append(' ');
            }
            for (; count > 0; count--) {
                sb.append(' ');
            }
        }
        if (padLeft > numWholeDigits + hasSign) {
            int shift = padLeft - (numWholeDigits + hasSign);
            return spaces(shift) + sb;
        }
        return sb.toString();
    }

    /**
     * NumPy's {@code format_float_scientific}.
     *
     * @param precision maximum digits after the point, -1 for none
     * @param expDigits pad the exponent with zeros to at least this many digits (-1: 2)
     */
    public static String scientific(double x, int precision, boolean unique, char trim, boolean sign, int padLeft,
            int expDigits, int minDigits) {
        if (!unique && precision < 0) {
            throw new IllegalArgumentException("precision must be >= 0 when unique is false");
        }
        StringBuilder sb = new StringBuilder(24);
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (Double.isNaN(x)) {
            return "nan";
        }
        char signChar = negative ? '-' : (sign ? '+' : 0);
        if (Double.isInfinite(x)) {
            return signChar != 0 ? signChar + "inf" : "inf";
        }
        int leftChars = 1 + (signChar != 0 ? 1 : 0);
        if (padLeft > leftChars) {
            for (int i = 0; i < padLeft - leftChars; i++) {
                sb.append(' ');
            }
        }
        if (signChar != 0) {
            sb.append(signChar);
        }
        Digits d = digits(x, unique, false, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
        char[] buf = d.digitBuf();
        int numDigits = d.len;
        int printExponent = d.exp10;
        sb.append(buf[0]);
        int numFractionDigits = numDigits - 1;
        if (numFractionDigits > 0) {
            sb.append('.');
            sb.append(buf, 1, numFractionDigits);
        }
        if (trim != '-' && numFractionDigits == 0) {
            sb.append('.');
        }
        int addDigits = unique ? minDigits : precision;
        addDigits = addDigits < 0 ? 0 : addDigits;
        if (trim == '0') {
            if (numFractionDigits == 0) {
                sb.append('0');
                numFractionDigits++;
            }
        } else if (trim == 'k') {
            if (addDigits > numFractionDigits) {
                for (int i = numFractionDigits; i < addDigits; i++) {
                    sb.append('0');
                }
                numFractionDigits = addDigits;
            }
        }
        if (trim != 'k' && numFractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                numFractionDigits--;
            }
            if (trim == '0' && sb.charAt(sb.length() - 1) == '.') {
                sb.append('0');
                numFractionDigits++;
            }
        }
        if (expDigits > 5) {
            expDigits = 5;
        }
        if (expDigits < 0) {
            expDigits = 2;
        }
        sb.append('e');
        int e = printExponent;
        if (e >= 0) {
            sb.append('+');
        } else {
            sb.append('-');
            e = -e;
        }
        String es = Integer.toString(e);
        for (int i = es.length(); i < expDigits; i++) {
            sb.append('0');
        }
        sb.append(es);
        return sb.toString();
    }

    static String spaces(int n) {
        char[] c = new char[Math.max(0, n)];
        java.util.Arrays.fill(c, ' ');
        return new String(c);
    }
}
