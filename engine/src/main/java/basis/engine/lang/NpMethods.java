package basis.engine.lang;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import basis.engine.nd.Reduce;

/** ndarray attributes and methods (shape, T, reshape, sum, ...) and numpy scalar attributes. */
final class NpMethods {
    private NpMethods() {}

    /** A dtype argument: float, int, bool, np.float64, 'float64', a dtype object... */
    static DType dtypeOf(Object o) {
        if (Args.isNone(o)) return null;
        if (o instanceof NpDTypeObj d) return d.dtype();
        if (o == Types.FLOAT || o == Types.NP_FLOAT64) return DType.FLOAT64;
        if (o == Types.INT || o == Types.NP_INT64) return DType.INT64;
        if (o == Types.BOOL || o == Types.NP_BOOL) return DType.BOOL;
        if (o == Types.COMPLEX || o == Types.NP_COMPLEX128) return DType.COMPLEX128;
        if (o instanceof String s) {
            switch (s) {
                case "float64", "float", "f8", "d", "double": return DType.FLOAT64;
                case "int64", "int", "i8", "l": return DType.INT64;
                case "bool", "?", "b1": return DType.BOOL;
                case "complex128", "complex", "c16": return DType.COMPLEX128;
                default: break;
            }
            if (s.matches("(u?int|float|complex)(8|16|32|64|128|256)|float16|half|single|longdouble|str|object|U\\d*|S\\d*|[fiuc][1248]")) {
                throw PyException.notImplemented("dtype '" + s + "' is not supported in Basis (float64, int64, bool and "
                        + "complex128 are)");
            }
            throw PyException.typeError("data type '" + s + "' not understood");
        }
        throw PyException.notImplemented("dtype " + Ops.reprNoInterp(o) + " is not supported in Basis (float64, int64, bool "
                + "and complex128 are)");
    }

    static NDArray arr(Interp in, Object o) {
        NDArray a = NpBridge.operand(in, o);
        if (a == null) throw PyException.typeError("expected an array, got '" + Ops.typeName(o) + "'");
        return a;
    }

    static Object getAttr(Interp in, Object o, String name) {
        if (o instanceof NpScalar s) return scalarAttr(in, s, name);
        NDArray a = (NDArray) o;
        switch (name) {
            case "shape": {
                int[] sh = a.shape();
                Object[] t = new Object[sh.length];
                for (int i = 0; i < sh.length; i++) t[i] = (long) sh[i];
                return new PyTuple(t);
            }
            case "ndim": return (long) a.ndim();
            case "size": return (long) a.size();
            case "dtype": return new NpDTypeObj(a.dtype());
            case "T": return a.transpose();
            case "real": return NpBridge.wrapView(a.real());
            case "imag": return NpBridge.wrapView(a.imag());
            case "itemsize": return (long) a.dtype().itemSize();
            case "nbytes": return a.nbytes();
            case "flat": return NpBridge.iter(in, a.ravel());
            default: break;
        }
        PyBuiltin.Body body = method(a, name);
        if (body == null) return null;
        return new PyBuiltin(name, body, a);
    }

    private static Object scalarAttr(Interp in, NpScalar s, String name) {
        NDArray a = NpBridge.scalarArray(s);
        switch (name) {
            case "shape": return PyTuple.EMPTY;
            case "ndim": return 0L;
            case "size": return 1L;
            case "dtype": return new NpDTypeObj(s.dtype());
            case "T": return s;
            case "real": return s.dtype() == DType.COMPLEX128 ? NpScalar.ofDouble(s.d()) : s;
            case "imag": return s.dtype() == DType.COMPLEX128 ? NpScalar.ofDouble(s.im())
                    : s.dtype() == DType.FLOAT64 ? NpScalar.ofDouble(0) : NpScalar.ofLong(0);
            case "is_integer": return new PyBuiltin(name, (i, x, k) -> s.d() == Math.floor(s.d()) && !Double.isInfinite(s.d()));
            default: break;
        }
        PyBuiltin.Body body = method(a, name);
        if (body == null) return null;
        return new PyBuiltin(name, body, s);
    }

    private static Object reduceResult(NDArray r) {
        return NpBridge.wrap(r);
    }

    private static PyBuiltin.Body method(NDArray a, String name) {
        switch (name) {
            case "reshape":
                return (in, x, k) -> {
                    Object order = k == null ? null : k.take("order");
                    if (order != null && !"C".equals(order)) throw PyException.notImplemented("reshape(order=...) is not supported");
                    if (k != null && k.map.containsKey("shape")) x = new Object[] {k.take("shape")};
                    int[] shape = x.length == 1 ? shapeWithMinus(x[0]) : shapeWithMinus(new PyTuple(x));
                    return a.reshape(shape);
                };
            case "transpose":
                return (in, x, k) -> {
                    if (x.length == 0) return a.transpose();
                    int[] axes = x.length == 1 && (x[0] instanceof PyTuple || x[0] instanceof PyList) ? Args.shapeAllowNeg(x[0])
                            : Args.shapeAllowNeg(new PyTuple(x));
                    return a.transpose(axes);
                };
            case "copy": return (in, x, k) -> a.copy();
            case "flatten": return (in, x, k) -> a.flatten();
            case "ravel": return (in, x, k) -> a.ravel();
            case "squeeze": return (in, x, k) -> a.squeeze();
            case "tolist": return (in, x, k) -> NpBridge.toList(a);
            case "item":
                return (in, x, k) -> {
                    if (x.length == 0) return NpBridge.item(a);
                    if (x.length == 1 && x[0] instanceof PyTuple t) x = t.items;
                    if (x.length > 1) {
                        if (x.length != a.ndim()) throw PyException.valueError("incorrect number of indices for array");
                        long flat = 0;
                        for (int d = 0; d < x.length; d++) {
                            long j = Access.toIndex(x[d]), n = a.shape()[d];
                            if (j < -n || j >= n) {
                                throw PyException.indexError("index " + j + " is out of bounds for axis " + d + " with size " + n);
                            }
                            flat = flat * n + (j < 0 ? j + n : j);
                        }
                        return NpBridge.toScalar(a.elementAt((int) flat)).toPython();
                    }
                    long i = Access.toIndex(x[0]);
                    if (i < 0) i += a.size();
                    if (i < 0 || i >= a.size()) {
                        throw PyException.indexError("index " + Access.toIndex(x[0]) + " is out of bounds for size " + a.size());
                    }
                    return NpBridge.toScalar(a.elementAt((int) i)).toPython();
                };
            case "astype": return (in, x, k) -> a.astype(dtypeOf(Args.bind("astype", x, k, "dtype")[0]));
            case "fill":
                return (in, x, k) -> {
                    NpIndex.assign(in, a, NpBridge.operand(in, x[0]));
                    return PyNone.NONE;
                };
            case "dot": return (in, x, k) -> NpBridge.wrap(basis.engine.nd.Ops.dot(a, arr(in, x[0])));
            case "sum": return (in, x, k) -> reduce(in, a, x, k, "sum");
            case "prod": return (in, x, k) -> reduce(in, a, x, k, "prod");
            case "mean": return (in, x, k) -> reduce(in, a, x, k, "mean");
            case "max": return (in, x, k) -> reduce(in, a, x, k, "max");
            case "min": return (in, x, k) -> reduce(in, a, x, k, "min");
            case "all": return (in, x, k) -> reduce(in, a, x, k, "all");
            case "any": return (in, x, k) -> reduce(in, a, x, k, "any");
            case "std": return (in, x, k) -> reduce(in, a, x, k, "std");
            case "var": return (in, x, k) -> reduce(in, a, x, k, "var");
            case "argmax": return (in, x, k) -> argReduce(in, a, x, k, true);
            case "argmin": return (in, x, k) -> argReduce(in, a, x, k, false);
            case "cumsum":
                return (in, x, k) -> {
                    Object[] p = Args.bind("cumsum", x, k, "axis=");
                    return Reduce.cumsum(a, Args.isNone(p[0]) ? null : (int) Access.toIndex(p[0]));
                };
            case "round":
                return (in, x, k) -> {
                    Object[] p = Args.bind("round", x, k, "decimals=");
                    return NpBridge.wrap(basis.engine.nd.Ops.round(a, Args.isNone(p[0]) ? 0 : (int) Access.toIndex(p[0])));
                };
            case "clip":
                return (in, x, k) -> {
                    Object[] p = Args.bind("clip", x, k, "min=", "max=");
                    return NumpyModule.clip(in, a, p[0], p[1]);
                };
            case "argsort": return (in, x, k) -> NumpyModule.call(in, "argsort", prepend(a, x), k);
            case "sort":
                return (in, x, k) -> {
                    NDArray sorted = (NDArray) NumpyModule.call(in, "sort", prepend(a, x), k);
                    NpIndex.assign(in, a, sorted);
                    return PyNone.NONE;
                };
            case "nonzero": return (in, x, k) -> NumpyModule.call(in, "nonzero", new Object[] {a}, null);
            case "trace": return (in, x, k) -> NumpyModule.call(in, "trace", prepend(a, x), k);
            case "diagonal": return (in, x, k) -> NumpyModule.call(in, "diagonal", prepend(a, x), k);
            case "repeat": return (in, x, k) -> NumpyModule.call(in, "repeat", prepend(a, x), k);
            case "swapaxes": return (in, x, k) -> NumpyModule.call(in, "swapaxes", prepend(a, x), k);
            case "searchsorted": return (in, x, k) -> NumpyModule.call(in, "searchsorted", prepend(a, x), k);
            case "conj", "conjugate": return (in, x, k) -> NumpyModule.call(in, "conj", new Object[] {a}, null);
            default: return null;
        }
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static int[] shapeWithMinus(Object o) {
        return Args.shapeAllowNeg(o);
    }

    static Object reduce(Interp in, NDArray a, Object[] x, Kwargs k, String what) {
        boolean stat = what.equals("std") || what.equals("var");
        Object[] p = stat ? Args.bind(what, x, k, "axis=", "dtype=", "out=", "ddof=", "keepdims=")
                : Args.bind(what, x, k, "axis=", "dtype=", "out=", "keepdims=");
        int[] axes = Args.axes(p[0]);
        boolean keep = Args.flag(in, p[stat ? 4 : 3]);
        if (!Args.isNone(p[2])) throw PyException.notImplemented(what + "(out=...) is not supported in Basis");
        NDArray src = Args.isNone(p[1]) ? a : a.astype(dtypeOf(p[1]));
        in.steps(a.size() / 64);
        if ((what.equals("max") || what.equals("min")) && a.size() == 0 && axes == null) {
            throw PyException.valueError("zero-size array to reduction operation " + (what.equals("max") ? "maximum" : "minimum")
                    + " which has no identity");
        }
        NDArray r = switch (what) {
            case "sum" -> Reduce.sum(src, axes, keep);
            case "prod" -> Reduce.prod(src, axes, keep);
            case "mean" -> Reduce.mean(src, axes, keep);
            case "max" -> Reduce.max(src, axes, keep);
            case "min" -> Reduce.min(src, axes, keep);
            case "all" -> Reduce.all(src, axes, keep);
            case "any" -> Reduce.any(src, axes, keep);
            case "std" -> Reduce.std(src, axes, Args.isNone(p[3]) ? 0 : (int) Access.toIndex(p[3]), keep);
            default -> Reduce.var(src, axes, Args.isNone(p[3]) ? 0 : (int) Access.toIndex(p[3]), keep);
        };
        return reduceResult(r);
    }

    static Object argReduce(Interp in, NDArray a, Object[] x, Kwargs k, boolean max) {
        Object[] p = Args.bind(max ? "argmax" : "argmin", x, k, "axis=", "out=", "keepdims=");
        if (a.size() == 0) {
            throw PyException.valueError("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        }
        if (!Args.isNone(p[1])) throw PyException.notImplemented((max ? "argmax" : "argmin") + "(out=...) is not supported in Basis");
        boolean keep = Args.flag(in, p[2]);
        if (Args.isNone(p[0])) {
            NDArray r = max ? Reduce.argmax(a) : Reduce.argmin(a);
            if (!keep) return NpBridge.wrap(r);
            int[] ones = new int[a.ndim()];
            java.util.Arrays.fill(ones, 1);
            return r.reshape(ones);
        }
        int axis = NDArray.normalizeAxis((int) Access.toIndex(p[0]), a.ndim());
        NDArray r = max ? Reduce.argmax(a, axis) : Reduce.argmin(a, axis);
        if (!keep) return NpBridge.wrap(r);
        int[] shape = a.shape();
        shape[axis] = 1;
        return r.reshape(shape);
    }
}
