package basis.engine.lang;

import basis.engine.format.PrintOptions;
import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import java.util.Map;

/**
 * More of numpy: print options, array manipulation (flip, roll, tile, repeat, diff, split, ...),
 * statistics (median, percentile, average, the nan-reductions), counting and searching.
 */
final class NumpyMore {
    private NumpyMore() {}

    static void define(Map<String, PyBuiltin.Body> funcs) {
        funcs.put("set_printoptions", NumpyMore::setPrintoptions);
        funcs.put("get_printoptions", (in, a, k) -> {
            Args.bind("get_printoptions", a, k);
            return printoptions(in.printOptions);
        });
    }

    // ------------------------------------------------------------------ print options

    private static Object setPrintoptions(Interp in, Object[] a, Kwargs k) {
        Object[] p = Args.bind("set_printoptions", a, k, "precision=", "threshold=", "edgeitems=", "linewidth=", "suppress=",
                "nanstr=", "infstr=", "formatter=", "sign=", "floatmode=", "legacy=", "override_repr=");
        PrintOptions o = in.printOptions;
        Object floatmode = p[9], sign = p[8], legacy = p[10], threshold = p[1], precision = p[0];
        if (!Args.isNone(floatmode) && !(floatmode instanceof String f
                && (f.equals("fixed") || f.equals("unique") || f.equals("maxprec") || f.equals("maxprec_equal")))) {
            throw PyException.valueError("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        }
        if (!Args.isNone(sign) && !(sign instanceof String s && (s.equals("-") || s.equals("+") || s.equals(" ")))) {
            throw PyException.valueError("sign option must be one of ' ', '+', or '-'");
        }
        if (!Args.isNone(legacy) && !Boolean.FALSE.equals(legacy)) {
            throw PyException.notImplemented("np.set_printoptions(legacy=...) is not supported in Basis");
        }
        double thr = o.threshold;
        Object thrValue = o.thresholdValue;
        if (!Args.isNone(threshold)) {
            if (!(threshold instanceof Long || threshold instanceof Double || threshold instanceof Boolean
                    || threshold instanceof java.math.BigInteger
                    || threshold instanceof NpScalar ns && ns.dtype() != DType.COMPLEX128)) {
                throw PyException.typeError("threshold must be numeric");
            }
            thr = MathModule.real(threshold);
            if (Double.isNaN(thr)) {
                throw PyException.valueError("threshold must be non-NAN, try sys.maxsize for untruncated representation");
            }
            thrValue = threshold;
        }
        int prec = o.precision;
        if (!Args.isNone(precision)) {
            long v;
            try {
                v = Access.toIndex(precision);
            } catch (PyException e) {
                throw PyException.typeError("precision must be an integer");
            }
            prec = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        }
        if (!Args.isNone(p[7])) throw PyException.notImplemented("np.set_printoptions(formatter=...) is not supported in Basis");
        if (!Args.isNone(p[11])) {
            throw PyException.notImplemented("np.set_printoptions(override_repr=...) is not supported in Basis");
        }
        int edge = Args.isNone(p[2]) ? o.edgeitems : intOption(p[2], "edgeitems");
        int width = Args.isNone(p[3]) ? o.linewidth : intOption(p[3], "linewidth");
        boolean suppress = Args.isNone(p[4]) ? o.suppress : Ops.truthy(in, p[4]);
        String nanstr = Args.isNone(p[5]) ? o.nanstr : strOption(p[5], "nanstr");
        String infstr = Args.isNone(p[6]) ? o.infstr : strOption(p[6], "infstr");
        in.printOptions = new PrintOptions(prec, Args.isNone(floatmode) ? o.floatmode : (String) floatmode, suppress, width,
                thr, thrValue, edge, Args.isNone(sign) ? o.sign : ((String) sign).charAt(0), nanstr, infstr);
        return PyNone.NONE;
    }

    private static int intOption(Object v, String name) {
        if (!(v instanceof Long || v instanceof Boolean || v instanceof NpScalar s && s.dtype() != DType.FLOAT64
                && s.dtype() != DType.COMPLEX128)) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + Ops.reprNoInterp(v)
                    + "): only an int is supported in Basis");
        }
        long x = Access.toIndex(v);
        if (x < 0 || x > 1_000_000) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + x + "): only 0..1000000 is supported in Basis");
        }
        return (int) x;
    }

    private static String strOption(Object v, String name) {
        if (!(v instanceof String s)) {
            throw PyException.notImplemented("np.set_printoptions(" + name + "=" + Ops.reprNoInterp(v)
                    + "): only a str is supported in Basis");
        }
        return s;
    }

    private static PyDict printoptions(PrintOptions o) {
        PyDict d = new PyDict();
        d.put("edgeitems", (long) o.edgeitems);
        d.put("threshold", o.thresholdValue);
        d.put("floatmode", o.floatmode);
        d.put("precision", (long) o.precision);
        d.put("suppress", o.suppress);
        d.put("linewidth", (long) o.linewidth);
        d.put("nanstr", o.nanstr);
        d.put("infstr", o.infstr);
        d.put("sign", String.valueOf(o.sign));
        d.put("formatter", PyNone.NONE);
        d.put("legacy", false);
        d.put("override_repr", PyNone.NONE);
        return d;
    }
}
