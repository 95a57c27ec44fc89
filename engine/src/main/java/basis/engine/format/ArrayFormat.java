package basis.engine.format;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code print(arr)}, {@code repr(arr)} and NumPy 2 scalar reprs, following NumPy's
 * {@code numpy/_core/arrayprint.py}, under the session's {@link PrintOptions} (NumPy's defaults:
 * precision 8, floatmode 'maxprec', suppress False, linewidth 75, threshold 1000, edgeitems 3, sign '-').
 */
public final class ArrayFormat {
    private ArrayFormat() {}

    /** {@code str(arr)} / {@code print(arr)} with NumPy's default print options. */
    public static String str(NDArray a) {
        return str(a, PrintOptions.DEFAULTS);
    }

    /** {@code str(arr)} / {@code print(arr)}. */
    public static String str(NDArray a, PrintOptions o) {
        if (a.ndim() == 0) {
            return scalarStr(a);
        }
        return array2string(a, o.linewidth, " ", "", o);
    }

    /** {@code repr(arr)} with NumPy's default print options. */
    public static String repr(NDArray a) {
        return repr(a, PrintOptions.DEFAULTS);
    }

    /** {@code repr(arr)}. */
    public static String repr(NDArray a, PrintOptions o) {
        String prefix = "array(";
        String lst = array2string(a, o.linewidth - 1, ", ", prefix, o);
        List<String> extras = new ArrayList<>();
        int[] shape = a.shape();
        if ((a.size() == 0 && !(shape.length == 1 && shape[0] == 0)) || o.summarize(a.size())) {
            extras.add("shape=" + NDArray.shapeStr(shape));
        }
        if (a.size() == 0) {
            extras.add("dtype=" + a.dtype().numpyName());
        }
        if (extras.isEmpty()) {
            return prefix + lst + ")";
        }
        String arrStr = prefix + lst + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = " ";
        if (lastLineLen + extraStr.length() + 1 > o.linewidth) {
            spacer = "\n" + Dragon4.spaces(prefix.length());
        }
        return arrStr + spacer + extraStr;
    }

    // ---------------------------------------------------------------- scalars

    /** NumPy 2 {@code repr} of a 0-d array's value as a scalar: {@code np.float64(32.0)}, {@code np.True_}. */
    public static String scalarRepr(NDArray zeroD) {
        switch (zeroD.dtype()) {
            case BOOL:
                return zeroD.boolAt(0) ? "np.True_" : "np.False_";
            case INT64:
                return "np.int64(" + zeroD.longAt(0) + ")";
            case FLOAT64:
                return "np.float64(" + FloatRepr.repr(zeroD.doubleAt(0)) + ")";
            default:
                return "np.complex128(" + stripParens(complexRepr(zeroD.doubleAt(0), zeroD.imagAt(0))) + ")";
        }
    }

    private static String stripParens(String s) {
        return s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s;
    }

    /** {@code str} of a NumPy scalar: {@code 32.0}, {@code 32}, {@code True}, {@code (1+2j)}. */
    public static String scalarStr(NDArray zeroD) {
        switch (zeroD.dtype()) {
            case BOOL:
                return zeroD.boolAt(0) ? "True" : "False";
            case INT64:
                return Long.toString(zeroD.longAt(0));
            case FLOAT64:
                return FloatRepr.repr(zeroD.doubleAt(0));
            default:
                return complexRepr(zeroD.doubleAt(0), zeroD.imagAt(0));
        }
    }

    /** {@code scalarRepr} from a type and a value. */
    public static String scalarRepr(DType dtype, double value) {
        switch (dtype) {
            case BOOL:
                return value != 0 ? "np.True_" : "np.False_";
            case INT64:
                return "np.int64(" + (long) value + ")";
            case COMPLEX128:
                return "np.complex128(" + stripParens(complexRepr(value, 0)) + ")";
            default:
                return "np.float64(" + FloatRepr.repr(value) + ")";
        }
    }

    public static String scalarRepr(long value) {
        return "np.int64(" + value + ")";
    }

    public static String scalarRepr(boolean value) {
        return value ? "np.True_" : "np.False_";
    }

    /** Python's {@code repr(complex(re, im))}: {@code (1+2j)}, {@code 1j}, {@code (-0-1j)}. */
    public static String complexRepr(double re, double im) {
        String imText = shortRepr(im);
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return imText + "j";
        }
        String sign = imText.startsWith("-") ? "" : "+";
        return "(" + shortRepr(re) + sign + imText + "j)";
    }

    /** repr without the ".0" of integral values, as inside complex reprs. */
    private static String shortRepr(double x) {
        String s = FloatRepr.repr(x);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    // ---------------------------------------------------------------- array2string

    interface ElementFormat {
        String format(NDArray a, int flat);
    }

    static String array2string(NDArray a, int lineWidth, String separator, String prefix, PrintOptions o) {
        if (a.size() == 0) {
            return "[]";
        }
        boolean summarize = o.summarize(a.size());
        ElementFormat f = formatFor(a, summarize, o);
        String nextLinePrefix = " " + Dragon4.spaces(prefix.length());
        return new Formatter(a, f, lineWidth, separator, summarize ? "..." : "", o.edgeitems).run(nextLinePrefix);
    }

    /** The flat C-order indices NumPy's {@code _leading_trailing} keeps (edgeitems 0 keeps all: a[-0:]). */
    static int[] leadingTrailing(NDArray a, int edgeitems) {
        int[] shape = a.shape();
        List<Integer> out = new ArrayList<>();
        collect(shape, 0, 0, out, edgeitems);
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }

    private static void collect(int[] shape, int axis, int base, List<Integer> out, int edge) {
        if (axis == shape.length) {
            out.add(base);
            return;
        }
        int n = shape[axis];
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        if (n > 2 * edge) {
            for (int i = 0; i < edge; i++) {
                collect(shape, axis + 1, base + i * stride, out, edge);
            }
            for (int i = edge == 0 ? 0 : n - edge; i < n; i++) {
                collect(shape, axis + 1, base + i * stride, out, edge);
            }
        } else {
            for (int i = 0; i < n; i++) {
                collect(shape, axis + 1, base + i * stride, out, edge);
            }
        }
    }

    private static ElementFormat formatFor(NDArray a, boolean summarize, PrintOptions o) {
        int[] idx;
        if (summarize) {
            idx = leadingTrailing(a, o.edgeitems);
        } else {
            idx = new int[a.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
        }
        switch (a.dtype()) {
            case BOOL: {
                String t = a.ndim() == 0 ? "True" : " True";
                return (arr, flat) -> arr.boolAt(flat) ? t : "False";
            }
            case INT64: {
                long max = Long.MIN_VALUE;
                long min = Long.MAX_VALUE;
                for (int i : idx) {
                    long v = a.longAt(i);
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
                // NumPy's IntegerFormat: '{:<sign><width>d}'
                char sign = o.sign;
                int maxLen = Long.toString(max).length();
                if (sign == ' ' && min < 0) {
                    sign = '-';
                }
                if (max >= 0 && sign != '-') {
                    maxLen++;
                }
                int width = Math.max(maxLen, Long.toString(min).length());
                char sg = sign;
                return (arr, flat) -> {
                    long v = arr.longAt(flat);
                    String t = v < 0 || sg == '-' ? Long.toString(v) : sg + Long.toString(v);
                    return padLeft(t, width);
                };
            }
            case FLOAT64: {
                double[] vals = new double[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    vals[i] = a.doubleAt(idx[i]);
                }
                FloatingFormat ff = new FloatingFormat(vals, o.sign, o);
                return (arr, flat) -> ff.format(arr.doubleAt(flat));
            }
            default: {
                double[] re = new double[idx.length];
                double[] im = new double[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    re[i] = a.doubleAt(idx[i]);
                    im[i] = a.imagAt(idx[i]);
                }
                FloatingFormat rf = new FloatingFormat(re, o.sign, o);
                FloatingFormat imf = new FloatingFormat(im, '+', o);
                return (arr, flat) -> {
                    String r = rf.format(arr.doubleAt(flat));
                    String i = imf.format(arr.imagAt(flat));
                    int sp = rstripLength(i);
                    return r + i.substring(0, sp) + "j" + i.substring(sp);
                };
            }
        }
    }

    static int rstripLength(String s) {
        int n = s.length();
        while (n > 0 && Character.isWhitespace(s.charAt(n - 1))) {
            n--;
        }
        return n;
    }

    static String padLeft(String s, int width) {
        return s.length() >= width ? s : Dragon4.spaces(width - s.length()) + s;
    }

    /** NumPy's FloatingFormat (non-legacy) under the given print options. */
    static final class FloatingFormat {
        final char sign;
        final boolean plusSign;
        final String floatmode;
        final boolean suppress;
        final String nanstr;
        final String infstr;
        boolean expFormat;
        int padLeft;
        int padRight;
        int precision;
        boolean unique = true;
        int minDigits;
        char trim;
        int expSize;

        FloatingFormat(double[] data, char sign, PrintOptions o) {
            this.sign = sign;
            this.plusSign = sign == '+';
            this.floatmode = o.floatmode;
            this.suppress = o.suppress;
            this.nanstr = o.nanstr;
            this.infstr = o.infstr;
            this.precision = floatmode.equals("unique") ? -1 : o.precision;
            if (!floatmode.equals("unique") && precision < 0) {
                throw new basis.engine.nd.NumpyException("ValueError", "precision must be >= 0");
            }
            fill(data);
        }

        private void fill(double[] data) {
            List<Double> finite = new ArrayList<>();
            boolean anyNonFinite = false;
            boolean anyNegInf = false;
            for (double v : data) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    anyNonFinite = true;
                    if (v == Double.NEGATIVE_INFINITY) {
                        anyNegInf = true;
                    }
                } else {
                    finite.add(v);
                }
            }
            double maxVal = 0;
            double minVal = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            for (double v : finite) {
                if (v != 0) {
                    double av = Math.abs(v);
                    anyNonZero = true;
                    maxVal = Math.max(maxVal, av);
                    minVal = Math.min(minVal, av);
                }
            }
            if (anyNonZero) {
                if (maxVal >= 1e8 || (!suppress && (minVal < 0.0001 || maxVal / minVal > 1000.))) {
                    expFormat = true;
                }
            }
            boolean fixed = floatmode.equals("fixed");
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
                trim = '.';
                expSize = -1;
                unique = true;
                minDigits = -1;
            } else if (expFormat) {
                unique = !fixed;
                char t = fixed ? 'k' : '.';
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (double v : finite) {
                    String s = Dragon4.scientific(v, precision, unique, t, plusSign, -1, -1, -1);
                    int e = s.indexOf('e');
                    String mant = s.substring(0, e);
                    int dot = mant.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, mant.length() - dot - 1);
                    maxExp = Math.max(maxExp, s.length() - e - 1);
                }
                expSize = maxExp - 1;
                trim = 'k';
                precision = maxFrac;
                minDigits = precision;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                unique = !fixed;
                char t = fixed ? 'k' : '.';
                int maxFrac = 0;
                int maxInt = 0;
                for (double v : finite) {
                    String s = Dragon4.positional(v, precision, unique, true, t, plusSign, -1, -1, -1);
                    int dot = s.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, s.length() - dot - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
                expSize = -1;
                if (fixed || floatmode.equals("maxprec_equal")) {
                    precision = padRight;
                    minDigits = padRight;
                    trim = 'k';
                } else {
                    trim = '.';
                    minDigits = 0;
                }
            }
            if (sign == ' ') {
                boolean anySignBit = false;
                for (double v : finite) {
                    anySignBit |= Double.doubleToRawLongBits(v) < 0;
                }
                if (!anySignBit) {
                    padLeft++;
                }
            }
            if (anyNonFinite) {
                int neginf = sign != '-' || anyNegInf ? 1 : 0;
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(nanstr.length() - offset, infstr.length() + neginf - offset));
            }
        }

        String format(double x) {
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                String ret;
                if (Double.isNaN(x)) {
                    ret = (plusSign ? "+" : "") + nanstr;
                } else {
                    ret = (x < 0 ? "-" : plusSign ? "+" : "") + infstr;
                }
                return Dragon4.spaces(padLeft + padRight + 1 - ret.length()) + ret;
            }
            if (expFormat) {
                return Dragon4.scientific(x, precision, unique, trim, plusSign, padLeft, expSize, minDigits);
            }
            return Dragon4.positional(x, precision, unique, true, trim, plusSign, padLeft, padRight, minDigits);
        }
    }

    /** NumPy's {@code _formatArray} (non-legacy mode). */
    private static final class Formatter {
        final NDArray a;
        final int[] shape;
        final ElementFormat fmt;
        final int lineWidth;
        final String separator;
        final String summaryInsert;
        final int edgeitems;

        Formatter(NDArray a, ElementFormat fmt, int lineWidth, String separator, String summaryInsert, int edgeitems) {
            this.edgeitems = edgeitems;
            this.a = a;
            this.shape = a.shape();
            this.fmt = fmt;
            this.lineWidth = lineWidth;
            this.separator = separator;
            this.summaryInsert = summaryInsert;
        }

        String run(String nextLinePrefix) {
            return recurse(new int[0], nextLinePrefix, lineWidth);
        }

        private int flatIndex(int[] index) {
            int f = 0;
            for (int k = 0; k < shape.length; k++) {
                f = f * shape[k] + index[k];
            }
            return f;
        }

        private String recurse(int[] index, String hangingIndent, int currWidth) {
            int axis = index.length;
            int axesLeft = shape.length - axis;
            if (axesLeft == 0) {
                return fmt.format(a, flatIndex(index));
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            int aLen = shape[axis];
            boolean showSummary = !summaryInsert.isEmpty() && 2 * edgeitems < aLen;
            int leadingItems;
            int trailingItems;
            if (showSummary) {
                leadingItems = edgeitems;
                trailingItems = edgeitems;
            } else {
                leadingItems = 0;
                trailingItems = aLen;
            }
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(separator.trim().length(), 1);
                String[] line = {hangingIndent};
                for (int i = 0; i < leadingItems; i++) {
                    String word = recurse(append(index, i), nextHangingIndent, nextWidth);
                    extendLinePretty(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                if (showSummary) {
                    extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                for (int i = trailingItems; i > 1; i--) {
                    String word = recurse(append(index, aLen - i), nextHangingIndent, nextWidth);
                    extendLinePretty(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                String word = recurse(append(index, aLen - 1), nextHangingIndent, nextWidth);
                extendLinePretty(s, line, word, elemWidth, hangingIndent);
                s.append(line[0]);
            } else {
                String lineSep = separator.replaceAll("\\s+$", "") + repeat('\n', axesLeft - 1);
                for (int i = 0; i < leadingItems; i++) {
                    String nested = recurse(append(index, i), nextHangingIndent, nextWidth);
                    s.append(hangingIndent).append(nested).append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(summaryInsert).append(lineSep);
                }
                for (int i = trailingItems; i > 1; i--) {
                    String nested = recurse(append(index, aLen - i), nextHangingIndent, nextWidth);
                    s.append(hangingIndent).append(nested).append(lineSep);
                }
                String nested = recurse(append(index, aLen - 1), nextHangingIndent, nextWidth);
                s.append(hangingIndent).append(nested);
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        private static int[] append(int[] index, int i) {
            int[] r = java.util.Arrays.copyOf(index, index.length + 1);
            r[index.length] = i;
            return r;
        }

        private static void extendLine(StringBuilder s, String[] line, String word, int lineWidth,
                String nextLinePrefix) {
            boolean needsWrap = line[0].length() + word.length() > lineWidth;
            if (line[0].length() <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = nextLinePrefix;
            }
            line[0] += word;
        }

        private static void extendLinePretty(StringBuilder s, String[] line, String word, int lineWidth,
                String nextLinePrefix) {
            if (word.indexOf('\n') < 0) {
                extendLine(s, line, word, lineWidth, nextLinePrefix);
                return;
            }
            String[] words = word.split("\n", -1);
            int maxWordLength = 0;
            for (String w : words) {
                maxWordLength = Math.max(maxWordLength, w.length());
            }
            String indent;
            if (line[0].length() + maxWordLength > lineWidth && line[0].length() > nextLinePrefix.length()) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = nextLinePrefix + words[0];
                indent = nextLinePrefix;
            } else {
                indent = Dragon4.spaces(line[0].length());
                line[0] += words[0];
            }
            for (int i = 1; i < words.length; i++) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = indent + words[i];
            }
            int suffixLength = maxWordLength - words[words.length - 1].length();
            line[0] += Dragon4.spaces(suffixLength);
        }

        private static String rstrip(String s) {
            return s.substring(0, rstripLength(s));
        }

        private static String repeat(char c, int n) {
            return PyFormat.repeat(c, n);
        }
    }
}
