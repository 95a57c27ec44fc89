package basis.engine.format;

/**
 * Python's format-spec mini-language ({@code format(value, spec)}, f-string {@code {x:spec}}) for
 * float, int and str: {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}.
 *
 * <p>Errors are thrown as {@link FormatError} carrying the Python exception type (ValueError) and
 * CPython's message. Note for callers: Python's {@code bool.__format__} with an empty spec gives
 * {@code str(b)} ("True"); with any non-empty spec it formats the int 1/0.
 */
public final class PyFormat {
    private PyFormat() {}

    /** A bad format spec: Python raises {@code ValueError} with this message. */
    public static final class FormatError extends RuntimeException {
        public FormatError(String message) {
            super(message);
        }

        public String pythonType() {
            return "ValueError";
        }
    }

    /** A parsed spec. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean z;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
        boolean fillGiven;
    }

    /** A parsed spec and its text, in the cache (final fields: safe to share between threads). */
    private record Parsed(String text, Spec spec) {}

    /**
     * The last specs parsed, by hash (a loop formats with the same few specs; parsing was a tenth
     * of such a loop in the browser). Specs are never changed after parsing, and whether a spec
     * parses does not depend on the type (only the error message does), so only successes are kept.
     */
    private static final Parsed[] CACHE = new Parsed[32];

    static Spec parse(String s, String typeName) {
        int slot = s.hashCode() & (CACHE.length - 1);
        Parsed c = CACHE[slot];
        if (c != null && (c.text == s || c.text.equals(s))) return c.spec;
        Spec sp = parseNew(s, typeName);
        CACHE[slot] = new Parsed(s, sp);
        return sp;
    }

    private static Spec parseNew(String s, String typeName) {
        Spec sp = new Spec();
        int n = s.length();
        int i = 0;
        if (n >= 2 && isAlign(s.charAt(1))) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            sp.fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(s.charAt(0))) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            sp.z = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            if (!sp.fillGiven) {
                sp.fill = '0';
                if (sp.align == 0) {
                    sp.align = '=';
                }
            }
            i++;
        }
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            sp.width = parseInt(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw new FormatError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new FormatError("Format specifier missing precision");
            }
            sp.precision = parseInt(s.substring(start, i));
        }
        if (n - i > 1) {
            throw new FormatError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            sp.type = s.charAt(i);
        }
        return sp;
    }

    private static int parseInt(String digits) {
        if (digits.length() > 9) {
            throw new FormatError("Too many decimal digits in format string");
        }
        return Integer.parseInt(digits);
    }

    /** Character.isDigit, with ASCII answered before TeaVM's Unicode table search. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** {@code format(x, spec)} for a Python float. */
    public static String formatFloat(double x, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        Spec sp = parse(spec, "float");
        return formatFloat(x, sp, "float");
    }

    static String formatFloat(double x, Spec sp, String typeName) {
        char type = sp.type;
        boolean upper = false;
        String body;
        boolean percent = false;
        double v = x;
        switch (type) {
            case 'E':
            case 'F':
            case 'G':
                upper = true;
                type = Character.toLowerCase(type);
                break;
            case '%':
                percent = true;
                v = x * 100;
                type = 'f';
                break;
            case 'n':
                type = 'g';
                break;
            case 0:
            case 'e':
            case 'f':
            case 'g':
                break;
            default:
                throw new FormatError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
        }
        if (sp.grouping != 0 && sp.type == 'n') {
            throw new FormatError("Cannot specify '" + sp.grouping + "' with 'n'.");
        }
        boolean negative = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        double a = Math.abs(v);
        if (type == 'f') {
            body = FloatRepr.fixed(a, sp.precision < 0 ? 6 : sp.precision, sp.alt);
        } else if (type == 'e') {
            body = FloatRepr.sci(a, sp.precision < 0 ? 6 : sp.precision, sp.alt);
        } else if (type == 'g') {
            body = FloatRepr.general(a, sp.precision, sp.alt, false);
        } else if (sp.precision < 0) {
            body = FloatRepr.repr(a);
        } else {
            body = FloatRepr.general(a, sp.precision, sp.alt, true);
        }
        if (sp.z && negative && isZeroText(body)) {
            negative = false;
        }
        if (upper) {
            body = body.toUpperCase();
        }
        if (percent) {
            body = body + "%";
        }
        String signStr = signString(negative, sp.sign);
        return finishNumber(signStr, "", body, sp, 3, false);
    }

    private static boolean isZeroText(String body) {
        if (body.isEmpty() || !Character.isDigit(body.charAt(0))) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'e' || c == 'E') {
                break;
            }
        }
        return true;
    }

    private static String signString(boolean negative, char sign) {
        if (negative) {
            return "-";
        }
        if (sign == '+') {
            return "+";
        }
        if (sign == ' ') {
            return " ";
        }
        return "";
    }

    /** {@code format(n, spec)} for a Python int (64-bit here). */
    public static String formatInt(long n, String spec) {
        if (spec.isEmpty()) {
            return Decimal.of(n);
        }
        Spec sp = parse(spec, "int");
        char type = sp.type;
        switch (type) {
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
            case '%':
                return formatFloat((double) n, sp, "int");
            default:
                break;
        }
        if (sp.precision >= 0) {
            throw new FormatError("Precision not allowed in integer format specifier");
        }
        if (sp.z) {
            throw new FormatError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int base;
        String prefix = "";
        switch (type) {
            case 0:
            case 'd':
            case 'n':
                base = 10;
                break;
            case 'b':
                base = 2;
                prefix = sp.alt ? "0b" : "";
                break;
            case 'o':
                base = 8;
                prefix = sp.alt ? "0o" : "";
                break;
            case 'x':
                base = 16;
                prefix = sp.alt ? "0x" : "";
                break;
            case 'X':
                base = 16;
                prefix = sp.alt ? "0X" : "";
                break;
            case 'c':
                if (sp.sign != 0) {
                    throw new FormatError("Sign not allowed with integer format specifier 'c'");
                }
                if (n < 0 || n > 0x10FFFF) {
                    throw new FormatError("%c arg not in range(0x110000)");
                }
                return pad(new String(Character.toChars((int) n)), sp, '<');
            default:
                throw new FormatError("Unknown format code '" + type + "' for object of type 'int'");
        }
        if (sp.grouping == ',' && base != 10) {
            throw new FormatError("Cannot specify ',' with '" + type + "'.");
        }
        if (sp.grouping != 0 && type == 'n') {
            throw new FormatError("Cannot specify '" + sp.grouping + "' with 'n'.");
        }
        boolean negative = n < 0;
        String digits;
        if (n == Long.MIN_VALUE) {
            digits = Long.toUnsignedString(n, base);
        } else {
            digits = base == 10 ? Decimal.of(Math.abs(n)) : Long.toString(Math.abs(n), base);
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        return finishNumber(signString(negative, sp.sign), prefix, digits, sp, base == 10 ? 3 : 4, true);
    }

    /** {@code format(s, spec)} for a Python str. */
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        Spec sp = parse(spec, "str");
        if (sp.type != 0 && sp.type != 's') {
            throw new FormatError("Unknown format code '" + sp.type + "' for object of type 'str'");
        }
        if (sp.sign != 0) {
            throw new FormatError("Sign not allowed in string format specifier");
        }
        if (sp.alt) {
            throw new FormatError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.grouping != 0) {
            throw new FormatError("Cannot specify '" + sp.grouping + "' with 's'.");
        }
        if (sp.align == '=') {
            throw new FormatError("'=' alignment not allowed in string format specifier");
        }
        String body = s;
        if (sp.precision >= 0 && body.codePointCount(0, body.length()) > sp.precision) {
            body = body.substring(0, body.offsetByCodePoints(0, sp.precision));
        }
        return pad(body, sp, '<');
    }

    /** Grouping, then padding with the sign (and prefix) before any '=' fill. */
    private static String finishNumber(String sign, String prefix, String body, Spec sp, int groupSize,
            boolean allDigits) {
        String signPrefix = prefix.isEmpty() ? sign : sign + prefix;
        if (sp.grouping == 0) {
            return pad(signPrefix, body, sp);
        }
        // Split the body into integer digits and the rest ('.', exponent, '%').
        int intEnd = 0;
        if (allDigits) {
            intEnd = body.length();
        }
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        String intPart = body.substring(0, intEnd);
        String rest = body.substring(intEnd);
        boolean numeric = intEnd > 0;
        if (sp.grouping != 0 && numeric) {
            int minWidth = 0;
            if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
                minWidth = sp.width - sign.length() - prefix.length() - rest.length();
            }
            String grouped = group(intPart, sp.grouping, groupSize);
            while (grouped.length() < minWidth) {
                intPart = "0" + intPart;
                grouped = group(intPart, sp.grouping, groupSize);
            }
            return pad(signPrefix, grouped + rest, sp);
        }
        return pad(signPrefix, body, sp);
    }

    private static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String pad(String signPrefix, String digits, Spec sp) {
        int len = signPrefix.length() + digits.length();
        if (sp.width <= len) {
            return signPrefix.isEmpty() ? digits : signPrefix + digits;
        }
        int fillCount = sp.width - len;
        char align = sp.align == 0 ? '>' : sp.align;
        String fill = repeat(sp.fill, fillCount);
        switch (align) {
            case '<':
                return signPrefix + digits + fill;
            case '^': {
                int left = fillCount / 2;
                return repeat(sp.fill, left) + signPrefix + digits + repeat(sp.fill, fillCount - left);
            }
            case '=':
                return signPrefix + fill + digits;
            default:
                return fill + signPrefix + digits;
        }
    }

    private static String pad(String body, Spec sp, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (sp.width <= len) {
            return body;
        }
        int fillCount = sp.width - len;
        char align = sp.align == 0 ? defaultAlign : sp.align;
        switch (align) {
            case '>':
                return repeat(sp.fill, fillCount) + body;
            case '^': {
                int left = fillCount / 2;
                return repeat(sp.fill, left) + body + repeat(sp.fill, fillCount - left);
            }
            default:
                return body + repeat(sp.fill, fillCount);
        }
    }

    static String repeat(char c, int n) {
        if (n <= 0) {
            return "";
        }
        char[] a = new char[n];
        java.util.Arrays.fill(a, c);
        return new String(a);
    }
}
