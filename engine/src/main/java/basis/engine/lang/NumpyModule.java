package basis.engine.lang;

import basis.engine.nd.Creation;
import basis.engine.nd.DType;
import basis.engine.nd.Linalg;
import basis.engine.nd.NDArray;
import basis.engine.nd.Reduce;
import java.util.List;

/** The numpy module of the student language: creation, ufuncs, reductions, numpy.linalg, numpy.random. */
final class NumpyModule {
    private NumpyModule() {}

    private static final java.util.Map<String, PyBuiltin.Body> FUNCS = new java.util.LinkedHashMap<>();

    static Object call(Interp in, String name, Object[] a, Kwargs k) {
        return FUNCS.get(name).call(in, a, k);
    }

    private static void def(String name, PyBuiltin.Body body) {
        FUNCS.put(name, body);
    }

    static NDArray arr(Interp in, Object o) {
        return NpMethods.arr(in, o);
    }

    private static NDArray[] arrays(Interp in, Object seq) {
        List<Object> items = Access.toList(in, seq);
        NDArray[] out = new NDArray[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = arr(in, items.get(i));
        return out;
    }

    /**
     * An integer argument that NumPy also takes as a float (np.triu_indices(3.0)); a fractional one
     * makes NumPy build odd masks from float ranges, which Basis refuses.
     */
    private static long integral(String fn, String name, Object o) {
        double d = o instanceof Double x ? x : o instanceof NpScalar s && s.dtype() == DType.FLOAT64 ? s.d() : Double.NaN;
        if (o instanceof Double || (o instanceof NpScalar s && s.dtype() == DType.FLOAT64)) {
            if (d != Math.floor(d) || Double.isInfinite(d) || Math.abs(d) > 1e15) {
                throw PyException.notImplemented("np." + fn + "(" + name + "=" + Ops.reprNoInterp(o)
                        + "): a non-integer " + name + " is not supported in Basis");
            }
            return (long) d;
        }
        return Access.toIndex(o);
    }

    private static Object wrap(NDArray r) {
        return NpBridge.wrap(r);
    }

    private interface Ufunc1 {
        NDArray apply(NDArray a);
    }

    private static void unary(String name, basis.engine.nd.Ops.Unary op) {
        def(name, (in, a, k) -> {
            Object[] p = Args.bind(name, a, k, "x", "out=");
            NDArray x = arr(in, p[0]);
            in.steps(x.size() / 64);
            return wrap(basis.engine.nd.Ops.unary(op, x));
        });
    }

    private static void binary(String name, basis.engine.nd.Ops.Binary op) {
        def(name, (in, a, k) -> {
            Object[] p = Args.bind(name, a, k, "x1", "x2", "out=");
            NDArray x = arr(in, p[0]), y = arr(in, p[1]);
            in.steps(Math.max(x.size(), y.size()) / 64);
            return wrap(basis.engine.nd.Ops.binary(op, x, y));
        });
    }

    static Object clip(Interp in, NDArray a, Object lo, Object hi) {
        return wrap(basis.engine.nd.Ops.clip(a, Args.isNone(lo) ? null : arr(in, lo), Args.isNone(hi) ? null : arr(in, hi)));
    }

    static {
        def("array", (in, a, k) -> {
            Object[] p = Args.bind("array", a, k, "object", "dtype=", "copy=", "ndmin=");
            NDArray r = NpBridge.toArray(in, p[0], NpMethods.dtypeOf(p[1]));
            int ndmin = Args.isNone(p[3]) ? 0 : (int) Access.toIndex(p[3]);
            if (ndmin > r.ndim()) {
                int[] shape = new int[ndmin];
                java.util.Arrays.fill(shape, 1);
                System.arraycopy(r.shape(), 0, shape, ndmin - r.ndim(), r.ndim());
                r = r.reshape(shape);
            }
            return r;
        });
        def("asarray", (in, a, k) -> {
            Object[] p = Args.bind("asarray", a, k, "a", "dtype=");
            DType d = NpMethods.dtypeOf(p[1]);
            if (p[0] instanceof NDArray x && (d == null || d == x.dtype())) return x;
            return NpBridge.toArray(in, p[0], d);
        });
        def("zeros", (in, a, k) -> {
            Object[] p = Args.bind("zeros", a, k, "shape", "dtype=");
            DType d = NpMethods.dtypeOf(p[1]);
            return Creation.zeros(d == null ? DType.FLOAT64 : d, creationShape(p[0]));
        });
        def("ones", (in, a, k) -> {
            Object[] p = Args.bind("ones", a, k, "shape", "dtype=");
            DType d = NpMethods.dtypeOf(p[1]);
            return Creation.ones(d == null ? DType.FLOAT64 : d, creationShape(p[0]));
        });
        def("empty", (in, a, k) -> {
            Object[] p = Args.bind("empty", a, k, "shape", "dtype=");
            DType d = NpMethods.dtypeOf(p[1]);
            return Creation.zeros(d == null ? DType.FLOAT64 : d, creationShape(p[0]));
        });
        def("full", (in, a, k) -> {
            Object[] p = Args.bind("full", a, k, "shape", "fill_value", "dtype=");
            NDArray v = arr(in, p[1]);
            DType d = NpMethods.dtypeOf(p[2]);
            if (d != null) v = v.astype(d);
            return Creation.full(creationShape(p[0]), v);
        });
        def("zeros_like", (in, a, k) -> {
            Object[] p = Args.bind("zeros_like", a, k, "a", "dtype=");
            NDArray x = arr(in, p[0]);
            DType d = NpMethods.dtypeOf(p[1]);
            return Creation.zeros(d == null ? x.dtype() : d, x.shape());
        });
        def("ones_like", (in, a, k) -> {
            Object[] p = Args.bind("ones_like", a, k, "a", "dtype=");
            NDArray x = arr(in, p[0]);
            DType d = NpMethods.dtypeOf(p[1]);
            return Creation.ones(d == null ? x.dtype() : d, x.shape());
        });
        def("eye", (in, a, k) -> {
            Object[] p = Args.bind("eye", a, k, "N", "M=", "k=", "dtype=");
            int n = (int) Access.toIndex(p[0]);
            int m = Args.isNone(p[1]) ? n : (int) Access.toIndex(p[1]);
            int kk = Args.isNone(p[2]) ? 0 : (int) Access.toIndex(p[2]);
            DType d = NpMethods.dtypeOf(p[3]);
            return Creation.eye(n, m, kk, d == null ? DType.FLOAT64 : d);
        });
        def("identity", (in, a, k) -> {
            Object[] p = Args.bind("identity", a, k, "n", "dtype=");
            DType d = NpMethods.dtypeOf(p[1]);
            int n = (int) Access.toIndex(p[0]);
            return Creation.eye(n, n, 0, d == null ? DType.FLOAT64 : d);
        });
        def("arange", (in, a, k) -> {
            Object[] p = Args.bind("arange", a, k, "start", "stop=", "step=", "dtype=");
            Object start = p[0], stop = p[1], step = p[2];
            if (Args.isNone(stop)) {
                stop = start;
                start = 0L;
            }
            if (Args.isNone(step)) step = 1L;
            DType d = NpMethods.dtypeOf(p[3]);
            NDArray r;
            if (isIntLike(start) && isIntLike(stop) && isIntLike(step)) {
                long st = Access.toIndex(step);
                if (st == 0) throw PyException.of(Types.ZERO_DIVISION_ERROR, "division by zero");
                r = Creation.arange(Access.toIndex(start), Access.toIndex(stop), st);
            } else {
                r = Creation.arange(MathModule.real(start), MathModule.real(stop), MathModule.real(step));
            }
            return d == null ? r : r.astype(d);
        });
        def("linspace", (in, a, k) -> {
            Object[] p = Args.bind("linspace", a, k, "start", "stop", "num=", "endpoint=", "retstep=", "dtype=");
            int num = Args.isNone(p[2]) ? 50 : (int) Access.toIndex(p[2]);
            boolean endpoint = p[3] == null || Ops.truthy(in, p[3]);
            NDArray r = Creation.linspace(MathModule.real(p[0]), MathModule.real(p[1]), num, endpoint);
            DType d = NpMethods.dtypeOf(p[5]);
            if (d != null) r = r.astype(d);
            if (Args.flag(in, p[4])) {
                int div = endpoint ? num - 1 : num;
                double step = div > 0 ? (MathModule.real(p[1]) - MathModule.real(p[0])) / div : Double.NaN;
                return PyTuple.of(r, NpScalar.ofDouble(step));
            }
            return r;
        });
        def("diag", (in, a, k) -> {
            Object[] p = Args.bind("diag", a, k, "v", "k=");
            return Creation.diag(arr(in, p[0]), Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1]));
        });
        for (boolean upper : new boolean[] {true, false}) {
            String name = upper ? "triu" : "tril";
            def(name, (in, a, k) -> {
                if (a.length == 0 && (k == null || !k.map.containsKey("m"))) {
                    throw PyException.typeError(name + "() missing 1 required positional argument: 'm'");
                }
                Object[] p = Args.bind(name, a, k, "m", "k=");
                NDArray m = arr(in, p[0]);
                if (p[1] == PyNone.NONE) {
                    throw PyException.typeError(upper ? "unsupported operand type(s) for -: 'NoneType' and 'int'"
                            : "bad operand type for unary -: 'NoneType'");
                }
                long diag = p[1] == null ? 0 : integral(name, "k", p[1]);
                if (m.ndim() == 0) throw PyException.typeError("tri() missing 1 required positional argument: 'N'");
                in.steps(m.size() / 64);
                return Creation.triangle(m, diag, upper);
            });
            def(name + "_indices", (in, a, k) -> {
                if (a.length == 0 && (k == null || !k.map.containsKey("n"))) {
                    // a Python function in NumPy: Python's wording, not the C functions' one of Args.bind
                    throw PyException.typeError(name + "_indices() missing 1 required positional argument: 'n'");
                }
                Object[] p = Args.bind(name + "_indices", a, k, "n", "k=", "m=");
                long n = integral(name + "_indices", "n", p[0]);
                long diag = p[1] == null ? 0 : integral(name + "_indices", "k", p[1]);
                long cols = Args.isNone(p[2]) ? n : integral(name + "_indices", "m", p[2]);
                NDArray[] ij = Creation.triangleIndices(n, diag, cols, upper);
                in.steps(ij[0].size() / 64);
                return PyTuple.of(ij[0], ij[1]);
            });
            def(name + "_indices_from", (in, a, k) -> {
                if (a.length == 0 && (k == null || !k.map.containsKey("arr"))) {
                    throw PyException.typeError(name + "_indices_from() missing 1 required positional argument: 'arr'");
                }
                Object[] p = Args.bind(name + "_indices_from", a, k, "arr", "k=");
                NDArray m = arr(in, p[0]);
                if (m.ndim() != 2) throw PyException.valueError("input array must be 2-d");
                long diag = p[1] == null ? 0 : integral(name + "_indices_from", "k", p[1]);
                NDArray[] ij = Creation.triangleIndices(m.shape()[0], diag, m.shape()[1], upper);
                in.steps(ij[0].size() / 64);
                return PyTuple.of(ij[0], ij[1]);
            });
        }
        def("concatenate", (in, a, k) -> {
            Object[] p = Args.bind("concatenate", a, k, "arrays", "axis=");
            NDArray[] parts = arrays(in, p[0]);
            if (p[1] != null && Args.isNone(p[1])) {
                for (int i = 0; i < parts.length; i++) parts[i] = parts[i].ravel();
                return Creation.concatenate(parts, 0);
            }
            return Creation.concatenate(parts, p[1] == null ? 0 : (int) Access.toIndex(p[1]));
        });
        def("stack", (in, a, k) -> {
            Object[] p = Args.bind("stack", a, k, "arrays", "axis=");
            return Creation.stack(arrays(in, p[0]), Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1]));
        });
        def("vstack", (in, a, k) -> Creation.vstack(arrays(in, Args.bind("vstack", a, k, "tup")[0])));
        def("hstack", (in, a, k) -> Creation.hstack(arrays(in, Args.bind("hstack", a, k, "tup")[0])));
        def("column_stack", (in, a, k) -> Creation.columnStack(arrays(in, Args.bind("column_stack", a, k, "tup")[0])));
        def("reshape", (in, a, k) -> {
            Object[] p = Args.bind("reshape", a, k, "a", "shape");
            return arr(in, p[0]).reshape(Args.shapeAllowNeg(p[1]));
        });
        def("transpose", (in, a, k) -> {
            Object[] p = Args.bind("transpose", a, k, "a", "axes=");
            NDArray x = arr(in, p[0]);
            return Args.isNone(p[1]) ? x.transpose() : x.transpose(Args.shapeAllowNeg(p[1]));
        });
        def("ravel", (in, a, k) -> arr(in, a[0]).ravel());
        def("squeeze", (in, a, k) -> arr(in, a[0]).squeeze());
        def("copy", (in, a, k) -> arr(in, a[0]).copy());
        def("expand_dims", (in, a, k) -> {
            Object[] p = Args.bind("expand_dims", a, k, "a", "axis");
            NDArray x = arr(in, p[0]);
            int ax = (int) Access.toIndex(p[1]);
            if (ax < 0) ax += x.ndim() + 1;
            return x.expandDims(ax);
        });
        def("dot", (in, a, k) -> {
            Object[] p = Args.bind("dot", a, k, "a", "b", "out=");
            NDArray x = arr(in, p[0]), y = arr(in, p[1]);
            // The multiply-adds: each of x's elements meets y.size / terms elements of y (terms, the
            // contracted length); a scalar operand contracts nothing.
            int terms = x.ndim() == 0 || y.ndim() == 0 ? 1 : y.shape()[Math.max(0, y.ndim() - 2)];
            in.steps((long) x.size() * Math.max(1, y.size()) / Math.max(1, terms) / 256);
            return wrap(basis.engine.nd.Ops.dot(x, y));
        });
        def("matmul", (in, a, k) -> {
            Object[] p = Args.bind("matmul", a, k, "x1", "x2", "out=");
            return NpBridge.binary(in, Ast.BinOpKind.MATMUL, arr(in, p[0]), arr(in, p[1]));
        });
        def("vdot", (in, a, k) -> {
            Object[] p = Args.bind("vdot", a, k, "a", "b");
            NDArray x = arr(in, p[0]), y = arr(in, p[1]);
            if (x.ndim() != 1) x = x.ravel();
            if (y.ndim() != 1) y = y.ravel();
            if (x.size() != y.size()) throw PyException.valueError("cannot reshape array of size " + y.size() + " into shape ("
                    + x.size() + ",)");
            if (x.size() == y.size() && basis.engine.nd.DType.promote(x.dtype(), y.dtype()) == DType.FLOAT64) {
                return wrap(basis.engine.nd.Ops.vectorDot(x, y, false));
            }
            return wrap(basis.engine.nd.Ops.dot(x, y));
        });
        def("inner", (in, a, k) -> {
            Object[] p = Args.bind("inner", a, k, "a", "b");
            NDArray x = arr(in, p[0]), y = arr(in, p[1]);
            if (x.ndim() <= 1 && y.ndim() <= 1) return wrap(basis.engine.nd.Ops.dot(x, y));
            return wrap(basis.engine.nd.Ops.dot(x, y.ndim() >= 2 ? y.transpose() : y));
        });
        def("outer", (in, a, k) -> {
            Object[] p = Args.bind("outer", a, k, "a", "b");
            return basis.engine.nd.Ops.outer(arr(in, p[0]), arr(in, p[1]));
        });
        def("cross", (in, a, k) -> {
            Object[] p = Args.bind("cross", a, k, "a", "b");
            return cross(arr(in, p[0]), arr(in, p[1]));
        });
        def("meshgrid", (in, a, k) -> {
            Object[] p = Args.bind("meshgrid", new Object[0], k, "indexing=", "sparse=", "copy=");
            String indexing = Args.isNone(p[0]) ? "xy" : String.valueOf(p[0]);
            if (!indexing.equals("xy") && !indexing.equals("ij")) {
                throw PyException.valueError("Valid values for `indexing` are 'xy' and 'ij'.");
            }
            if (Args.flag(in, p[1])) throw PyException.notImplemented("np.meshgrid(..., sparse=True) is not supported in Basis");
            return meshgrid(in, a, indexing.equals("xy"));
        });
        def("cov", (in, a, k) -> {
            Object[] p = Args.bind("cov", a, k, "m", "y=", "rowvar=", "bias=", "ddof=");
            boolean rowvar = p[2] == null || Ops.truthy(in, p[2]);
            int ddof = !Args.isNone(p[4]) ? (int) Access.toIndex(p[4]) : Args.flag(in, p[3]) ? 0 : 1;
            return cov(in, arr(in, p[0]), Args.isNone(p[1]) ? null : arr(in, p[1]), rowvar, ddof);
        });
        def("corrcoef", (in, a, k) -> {
            Object[] p = Args.bind("corrcoef", a, k, "x", "y=", "rowvar=");
            boolean rowvar = p[2] == null || Ops.truthy(in, p[2]);
            NDArray c = cov(in, arr(in, p[0]), Args.isNone(p[1]) ? null : arr(in, p[1]), rowvar, 1);
            if (c.ndim() == 0) return wrap(basis.engine.nd.Ops.trueDivide(c, c));
            NDArray sd = basis.engine.nd.Ops.unary(basis.engine.nd.Ops.Unary.SQRT, Creation.diag(c, 0));
            int n = sd.size();
            c = basis.engine.nd.Ops.trueDivide(c, sd.reshape(n, 1));
            c = basis.engine.nd.Ops.trueDivide(c, sd.reshape(1, n));
            return wrap(basis.engine.nd.Ops.clip(c, NDArray.scalar(-1.0), NDArray.scalar(1.0)));
        });
        def("trace", (in, a, k) -> {
            Object[] p = Args.bind("trace", a, k, "a", "offset=");
            NDArray m = arr(in, p[0]);
            if (m.ndim() != 2) {
                throw m.ndim() < 2 ? PyException.valueError("diag requires an array of at least two dimensions")
                        : PyException.notImplemented("np.trace of an array with more than 2 dimensions is not supported in Basis");
            }
            NDArray d = Creation.diag(m, Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1]));
            return wrap(Reduce.sum(d, null, false));
        });
        def("where", (in, a, k) -> {
            if (a.length == 1) return call(in, "nonzero", a, k);
            Object[] p = Args.bind("where", a, k, "condition", "x", "y");
            NDArray c = arr(in, p[0]);
            if (c.dtype() != DType.BOOL) c = basis.engine.nd.Ops.ne(c, NDArray.scalar(0L));
            return wrap(basis.engine.nd.Ops.where(c, arr(in, p[1]), arr(in, p[2])));
        });
        def("nonzero", (in, a, k) -> {
            NDArray x = arr(in, a[0]);
            int nd = Math.max(1, x.ndim());
            java.util.List<int[]> hits = new java.util.ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                boolean nz = x.dtype() == DType.BOOL ? x.boolAt(i) : x.doubleAt(i) != 0 || x.imagAt(i) != 0;
                if (nz) hits.add(NpIndex.unflat(i, x.ndim() == 0 ? new int[] {1} : x.shape()));
            }
            Object[] out = new Object[nd];
            for (int d = 0; d < nd; d++) {
                long[] col = new long[hits.size()];
                for (int i = 0; i < col.length; i++) col[i] = hits.get(i)[d];
                out[d] = NDArray.ofLongs(col, col.length);
            }
            return new PyTuple(out);
        });
        def("clip", (in, a, k) -> {
            Object[] p = Args.bind("clip", a, k, "a", "a_min=", "a_max=");
            return clip(in, arr(in, p[0]), p[1], p[2]);
        });
        unary("sqrt", basis.engine.nd.Ops.Unary.SQRT);
        unary("exp", basis.engine.nd.Ops.Unary.EXP);
        unary("log", basis.engine.nd.Ops.Unary.LOG);
        unary("log2", basis.engine.nd.Ops.Unary.LOG2);
        unary("log10", basis.engine.nd.Ops.Unary.LOG10);
        unary("abs", basis.engine.nd.Ops.Unary.ABSOLUTE);
        unary("absolute", basis.engine.nd.Ops.Unary.ABSOLUTE);
        unary("fabs", basis.engine.nd.Ops.Unary.ABSOLUTE);
        unary("sin", basis.engine.nd.Ops.Unary.SIN);
        unary("cos", basis.engine.nd.Ops.Unary.COS);
        unary("tan", basis.engine.nd.Ops.Unary.TAN);
        unary("arcsin", basis.engine.nd.Ops.Unary.ARCSIN);
        unary("arccos", basis.engine.nd.Ops.Unary.ARCCOS);
        unary("arctan", basis.engine.nd.Ops.Unary.ARCTAN);
        unary("sinh", basis.engine.nd.Ops.Unary.SINH);
        unary("cosh", basis.engine.nd.Ops.Unary.COSH);
        unary("tanh", basis.engine.nd.Ops.Unary.TANH);
        unary("floor", basis.engine.nd.Ops.Unary.FLOOR);
        unary("ceil", basis.engine.nd.Ops.Unary.CEIL);
        unary("rint", basis.engine.nd.Ops.Unary.RINT);
        unary("sign", basis.engine.nd.Ops.Unary.SIGN);
        unary("square", basis.engine.nd.Ops.Unary.SQUARE);
        unary("negative", basis.engine.nd.Ops.Unary.NEGATIVE);
        unary("isnan", basis.engine.nd.Ops.Unary.ISNAN);
        unary("isinf", basis.engine.nd.Ops.Unary.ISINF);
        unary("isfinite", basis.engine.nd.Ops.Unary.ISFINITE);
        unary("logical_not", basis.engine.nd.Ops.Unary.LOGICAL_NOT);
        unary("degrees", basis.engine.nd.Ops.Unary.DEGREES);
        unary("radians", basis.engine.nd.Ops.Unary.RADIANS);
        binary("add", basis.engine.nd.Ops.Binary.ADD);
        binary("subtract", basis.engine.nd.Ops.Binary.SUBTRACT);
        binary("multiply", basis.engine.nd.Ops.Binary.MULTIPLY);
        binary("divide", basis.engine.nd.Ops.Binary.TRUE_DIVIDE);
        binary("true_divide", basis.engine.nd.Ops.Binary.TRUE_DIVIDE);
        binary("floor_divide", basis.engine.nd.Ops.Binary.FLOOR_DIVIDE);
        binary("mod", basis.engine.nd.Ops.Binary.MOD);
        binary("remainder", basis.engine.nd.Ops.Binary.MOD);
        binary("power", basis.engine.nd.Ops.Binary.POWER);
        binary("maximum", basis.engine.nd.Ops.Binary.MAXIMUM);
        binary("minimum", basis.engine.nd.Ops.Binary.MINIMUM);
        binary("arctan2", basis.engine.nd.Ops.Binary.ARCTAN2);
        binary("hypot", basis.engine.nd.Ops.Binary.HYPOT);
        binary("equal", basis.engine.nd.Ops.Binary.EQUAL);
        binary("not_equal", basis.engine.nd.Ops.Binary.NOT_EQUAL);
        binary("less", basis.engine.nd.Ops.Binary.LESS);
        binary("greater", basis.engine.nd.Ops.Binary.GREATER);
        binary("logical_and", basis.engine.nd.Ops.Binary.LOGICAL_AND);
        binary("logical_or", basis.engine.nd.Ops.Binary.LOGICAL_OR);
        def("round", (in, a, k) -> {
            Object[] p = Args.bind("round", a, k, "a", "decimals=");
            return wrap(basis.engine.nd.Ops.round(arr(in, p[0]), Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1])));
        });
        FUNCS.put("around", FUNCS.get("round"));
        for (String r : new String[] {"sum", "prod", "mean", "max", "min", "all", "any", "std", "var"}) {
            def(r, (in, a, k) -> {
                if (a.length == 0) throw PyException.typeError(r + "() missing required argument 'a' (pos 1)");
                Object[] rest = new Object[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                return NpMethods.reduce(in, arr(in, a[0]), rest, k, r);
            });
        }
        FUNCS.put("amax", FUNCS.get("max"));
        FUNCS.put("amin", FUNCS.get("min"));
        def("argmax", (in, a, k) -> NpMethods.argReduce(in, arr(in, a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k, true));
        def("argmin", (in, a, k) -> NpMethods.argReduce(in, arr(in, a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k, false));
        def("cumsum", (in, a, k) -> {
            Object[] p = Args.bind("cumsum", a, k, "a", "axis=");
            return Reduce.cumsum(arr(in, p[0]), Args.isNone(p[1]) ? null : (int) Access.toIndex(p[1]));
        });
        def("cumprod", (in, a, k) -> {
            Object[] p = Args.bind("cumprod", a, k, "a", "axis=");
            return Reduce.cumprod(arr(in, p[0]), Args.isNone(p[1]) ? null : (int) Access.toIndex(p[1]));
        });
        def("isclose", (in, a, k) -> {
            Object[] p = Args.bind("isclose", a, k, "a", "b", "rtol=", "atol=", "equal_nan=");
            return wrap(NpCompare.isclose(arr(in, p[0]), arr(in, p[1]), Args.isNone(p[2]) ? 1e-5 : MathModule.real(p[2]),
                    Args.isNone(p[3]) ? 1e-8 : MathModule.real(p[3]), Args.flag(in, p[4])));
        });
        def("allclose", (in, a, k) -> {
            Object[] p = Args.bind("allclose", a, k, "a", "b", "rtol=", "atol=", "equal_nan=");
            NDArray c = NpCompare.isclose(arr(in, p[0]), arr(in, p[1]), Args.isNone(p[2]) ? 1e-5 : MathModule.real(p[2]),
                    Args.isNone(p[3]) ? 1e-8 : MathModule.real(p[3]), Args.flag(in, p[4]));
            return Reduce.all(c, null, false).boolAt(0);
        });
        def("array_equal", (in, a, k) -> {
            Object[] p = Args.bind("array_equal", a, k, "a1", "a2", "equal_nan=");
            NDArray x = arr(in, p[0]), y = arr(in, p[1]);
            if (!java.util.Arrays.equals(x.shape(), y.shape())) return false;
            return Reduce.all(basis.engine.nd.Ops.eq(x, y), null, false).boolAt(0);
        });
        def("sort", (in, a, k) -> {
            Object[] p = Args.bind("sort", a, k, "a", "axis=");
            NDArray x = arr(in, p[0]);
            int axis = p[1] == null ? -1 : Args.isNone(p[1]) ? Integer.MIN_VALUE : (int) Access.toIndex(p[1]);
            return NpCompare.sort(axis == Integer.MIN_VALUE ? x.ravel() : x, axis == Integer.MIN_VALUE ? -1 : axis, false);
        });
        def("argsort", (in, a, k) -> {
            Object[] p = Args.bind("argsort", a, k, "a", "axis=", "kind=");
            NDArray x = arr(in, p[0]);
            int axis = p[1] == null ? -1 : Args.isNone(p[1]) ? Integer.MIN_VALUE : (int) Access.toIndex(p[1]);
            return NpCompare.sort(axis == Integer.MIN_VALUE ? x.ravel() : x, axis == Integer.MIN_VALUE ? -1 : axis, true);
        });
        def("unique", (in, a, k) -> {
            Object[] p = Args.bind("unique", a, k, "ar", "return_counts=");
            return NpCompare.unique(arr(in, p[0]), Args.flag(in, p[1]));
        });
        def("conj", (in, a, k) -> {
            NDArray x = arr(in, a[0]);
            if (x.dtype() != DType.COMPLEX128) return wrap(x.copy());
            return wrap(basis.engine.nd.Ops.binary(basis.engine.nd.Ops.Binary.SUBTRACT, x.real(),
                    basis.engine.nd.Ops.binary(basis.engine.nd.Ops.Binary.MULTIPLY, x.imag(), NDArray.complexScalar(0, 1))));
        });
        def("shape", (in, a, k) -> NpMethods.getAttr(in, arr(in, a[0]), "shape"));
        def("ndim", (in, a, k) -> (long) arr(in, a[0]).ndim());
        def("size", (in, a, k) -> (long) arr(in, a[0]).size());
        NumpyMore.define(FUNCS);
    }

    /** The last-axis component i of x (x[..., i]). */
    private static NDArray component(NDArray x, int i) {
        int nd = x.ndim();
        return x.slice(nd - 1, i, i + 1, 1).reshape(java.util.Arrays.copyOf(x.shape(), nd - 1));
    }

    /** np.cross over the last axis (2- or 3-vectors, broadcast over the others), in NumPy's order of operations. */
    static NDArray cross(NDArray x, NDArray y) {
        int da = x.ndim() == 0 ? 0 : x.shape()[x.ndim() - 1], db = y.ndim() == 0 ? 0 : y.shape()[y.ndim() - 1];
        if ((da != 2 && da != 3) || (db != 2 && db != 3)) {
            throw PyException.valueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
        }
        basis.engine.nd.Ops.Binary mul = basis.engine.nd.Ops.Binary.MULTIPLY, sub = basis.engine.nd.Ops.Binary.SUBTRACT;
        NDArray a0 = component(x, 0), a1 = component(x, 1), b0 = component(y, 0), b1 = component(y, 1);
        NDArray cp2 = basis.engine.nd.Ops.binary(sub, basis.engine.nd.Ops.binary(mul, a0, b1), basis.engine.nd.Ops.binary(mul, a1, b0));
        if (da == 2 && db == 2) return cp2;
        NDArray cp0, cp1;
        if (da == 3 && db == 3) {
            NDArray a2 = component(x, 2), b2 = component(y, 2);
            cp0 = basis.engine.nd.Ops.binary(sub, basis.engine.nd.Ops.binary(mul, a1, b2), basis.engine.nd.Ops.binary(mul, a2, b1));
            cp1 = basis.engine.nd.Ops.binary(sub, basis.engine.nd.Ops.binary(mul, a2, b0), basis.engine.nd.Ops.binary(mul, a0, b2));
        } else if (da == 2) {
            NDArray b2 = component(y, 2);
            cp0 = basis.engine.nd.Ops.binary(mul, a1, b2);
            cp1 = basis.engine.nd.Ops.negate(basis.engine.nd.Ops.binary(mul, a0, b2));
        } else {
            NDArray a2 = component(x, 2);
            cp0 = basis.engine.nd.Ops.negate(basis.engine.nd.Ops.binary(mul, a2, b1));
            cp1 = basis.engine.nd.Ops.binary(mul, a2, b0);
        }
        int[] shape = basis.engine.nd.Ops.broadcastShapes(cp0.shape(), cp1.shape(), cp2.shape());
        NDArray[] parts = {cp0, cp1, cp2};
        for (int i = 0; i < 3; i++) {
            if (!java.util.Arrays.equals(parts[i].shape(), shape)) {
                parts[i] = basis.engine.nd.Ops.add(parts[i], Creation.zeros(parts[i].dtype(), shape));
            }
        }
        return Creation.stack(parts, shape.length);
    }

    /** np.meshgrid: coordinate matrices, 'xy' (Cartesian, first two axes swapped) or 'ij' (matrix) indexing. */
    private static Object meshgrid(Interp in, Object[] xs, boolean cartesian) {
        int n = xs.length;
        NDArray[] v = new NDArray[n];
        for (int i = 0; i < n; i++) v[i] = arr(in, xs[i]).ravel();
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) shape[i] = v[i].size();
        if (cartesian && n >= 2) {
            shape[0] = v[1].size();
            shape[1] = v[0].size();
        }
        long total = 1;
        for (int s : shape) total *= s;
        in.steps(total * n / 64);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            int axis = cartesian && n >= 2 && i < 2 ? 1 - i : i;
            int[] vs = new int[n];
            java.util.Arrays.fill(vs, 1);
            vs[axis] = v[i].size();
            out[i] = basis.engine.nd.Ops.add(v[i].reshape(vs), Creation.zeros(v[i].dtype(), shape));
        }
        return new PyTuple(out);
    }

    /** np.cov as NumPy computes it: rows centred by their mean, X @ X.T, times 1 / (N - ddof). */
    private static NDArray cov(Interp in, NDArray m, NDArray y, boolean rowvar, int ddof) {
        if (m.ndim() > 2) throw PyException.valueError("m has more than 2 dimensions");
        if (y != null && y.ndim() > 2) throw PyException.valueError("y has more than 2 dimensions");
        DType dt = m.dtype() == DType.COMPLEX128 || (y != null && y.dtype() == DType.COMPLEX128) ? DType.COMPLEX128
                : DType.FLOAT64;
        if (dt == DType.COMPLEX128) throw PyException.notImplemented("np.cov of complex data is not supported in Basis");
        // np.array(m, ndmin=2, dtype=float) keeps a column-major layout (order 'K'), and the layout
        // decides the order of the mean's and the product's sums
        boolean columnMajor = m.ndim() == 2 && Math.abs(m.strides()[0]) < Math.abs(m.strides()[1]);
        NDArray x = columnMajor ? m.transpose().astype(DType.FLOAT64).transpose() : m.astype(DType.FLOAT64);
        if (x.ndim() < 2) x = x.reshape(1, x.size());
        if (!rowvar && m.ndim() != 1) x = x.transpose();
        if (x.shape()[0] == 0) return Creation.zeros(DType.FLOAT64, 0, 0);
        if (y != null) {
            NDArray yy = y.astype(DType.FLOAT64);
            if (yy.ndim() < 2) yy = yy.reshape(1, yy.size());
            if (!rowvar && yy.shape()[0] != 1) yy = yy.transpose();
            x = Creation.concatenate(new NDArray[] {x, yy}, 0);
        }
        int rows = x.shape()[0], cols = x.shape()[1];
        in.steps((long) rows * rows * cols / 64);
        NDArray avg = Reduce.mean(x, new int[] {1}, false);
        double fact = cols - ddof;
        if (fact <= 0) fact = 0.0;
        NDArray c = basis.engine.nd.Ops.subtract(x, avg.reshape(rows, 1));
        c = basis.engine.nd.Ops.dot(c, c.transpose());
        c = basis.engine.nd.Ops.multiply(c, NDArray.scalar(1.0 / fact));
        return c.squeeze();
    }

    /** The shape argument of zeros/ones/empty/full: a float is NumPy's TypeError, not a truncated size. */
    private static int[] creationShape(Object o) {
        if (o instanceof Double || (o instanceof NpScalar s && s.dtype() == DType.FLOAT64)) {
            throw PyException.typeError("expected a sequence of integers or a single integer, got '" + Ops.strNoInterp(o) + "'");
        }
        return Args.shape(o);
    }

    private static boolean isIntLike(Object o) {
        return o instanceof Long || o instanceof Boolean || (o instanceof NpScalar s && s.dtype() != DType.FLOAT64);
    }

    static PyModule create(Interp in) {
        PyModule m = new PyModule("numpy");
        for (java.util.Map.Entry<String, PyBuiltin.Body> e : FUNCS.entrySet()) {
            m.attrs.put(e.getKey(), new PyBuiltin(e.getKey(), e.getValue()));
        }
        m.attrs.put("pi", Math.PI);
        m.attrs.put("e", Math.E);
        m.attrs.put("inf", Double.POSITIVE_INFINITY);
        m.attrs.put("nan", Double.NaN);
        m.attrs.put("newaxis", PyNone.NONE);
        m.attrs.put("ndarray", Types.NDARRAY);
        m.attrs.put("generic", Types.NP_GENERIC);
        m.attrs.put("number", Types.NP_GENERIC);
        m.attrs.put("dtype", new PyBuiltin("dtype", (i, a, k) -> new NpDTypeObj(NpMethods.dtypeOf(a[0]))));
        m.attrs.put("float64", npType(Types.NP_FLOAT64, DType.FLOAT64));
        m.attrs.put("int64", npType(Types.NP_INT64, DType.INT64));
        m.attrs.put("bool_", npType(Types.NP_BOOL, DType.BOOL));
        m.attrs.put("complex128", npType(Types.NP_COMPLEX128, DType.COMPLEX128));
        m.attrs.put("bool", m.attrs.get("bool_"));
        m.attrs.put("True_", NpScalar.ofBool(true));
        m.attrs.put("False_", NpScalar.ofBool(false));
        PyModule exceptions = new PyModule("numpy.exceptions");
        exceptions.attrs.put("AxisError", Types.AXIS_ERROR);
        m.attrs.put("exceptions", exceptions);
        m.attrs.put("__version__", "2.4.6");
        PyModule linalg = new PyModule("numpy.linalg");
        LinalgModule.fill(linalg);
        m.attrs.put("linalg", linalg);
        PyModule random = new PyModule("numpy.random");
        NpRandomModule.fill(in, random);
        m.attrs.put("random", random);
        return m;
    }

    /** The numpy scalar types are callable: np.float64(3) makes a scalar. */
    private static PyClass npType(PyClass c, DType d) {
        if (c.dict.get("__call__") == null) {
            c.dict.put("__new__", new PyBuiltin(c.name, (in, a, k) -> {
                NDArray x = a.length == 0 ? NDArray.scalar(0.0).astype(d) : NpBridge.toArray(in, a[0], d);
                return NpBridge.wrap(x);
            }));
        }
        return c;
    }
}
