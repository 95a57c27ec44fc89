package basis.engine.lang;

import basis.engine.format.ArrayFormat;
import basis.engine.lang.Ast.BinOpKind;
import basis.engine.lang.Ast.CmpKind;
import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import basis.engine.nd.Reduce;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the interpreter's values and the ndarray library: converting Python values to arrays (and
 * back), operators with NumPy 2's promotion of Python scalars, printing and the scalar types.
 * Indexing is in {@link NpIndex}, array methods and attributes in {@link NpMethods}.
 */
public final class NpBridge {
    private NpBridge() {}

    // ------------------------------------------------------------------ conversion
    /** A 0-d array for a numpy scalar or Python number; null if o is not a number. */
    static NDArray scalarArray(Object o) {
        if (o instanceof NpScalar s) {
            return switch (s.dtype()) {
                case FLOAT64 -> NDArray.scalar(s.d());
                case INT64 -> NDArray.scalar(s.l());
                case BOOL -> NDArray.scalar(s.l() != 0);
                case COMPLEX128 -> NDArray.complexScalar(s.d(), s.im());
            };
        }
        if (o instanceof Double d) return NDArray.scalar(d);
        if (o instanceof Long l) return NDArray.scalar(l);
        if (o instanceof Boolean b) return NDArray.scalar(b);
        if (o instanceof java.math.BigInteger b) {
            throw PyException.overflow("Python integer " + b + " out of bounds for int64");
        }
        if (o instanceof PyComplex c) return NDArray.complexScalar(c.re(), c.im());
        return null;
    }

    /** Converts an operand to an array: arrays as they are, numbers as 0-d arrays, lists via np.array. */
    static NDArray operand(Interp in, Object o) {
        if (o instanceof NDArray a) return a;
        NDArray s = scalarArray(o);
        if (s != null) return s;
        if (o instanceof PyList || o instanceof PyTuple) return toArray(in, o, null);
        return null;
    }

    /** The value of an array element or 0-d result as a numpy scalar. */
    public static NpScalar toScalar(NDArray zeroD) {
        return switch (zeroD.dtype()) {
            case FLOAT64 -> NpScalar.ofDouble(zeroD.doubleAt(0));
            case INT64 -> NpScalar.ofLong(zeroD.longAt(0));
            case BOOL -> NpScalar.ofBool(zeroD.boolAt(0));
            case COMPLEX128 -> NpScalar.ofComplex(zeroD.doubleAt(0), zeroD.imagAt(0));
        };
    }

    /** A ufunc result: 0-d results become numpy scalars, as NumPy returns them. */
    static Object wrap(NDArray r) {
        return r.ndim() == 0 ? toScalar(r) : r;
    }

    /** real/imag views stay arrays even when 0-d. */
    static Object wrapView(NDArray r) {
        return r;
    }

    static Object item(NDArray a) {
        if (a.size() != 1) {
            throw PyException.valueError("can only convert an array of size 1 to a Python scalar");
        }
        return toScalar(a.ndim() == 0 ? a : a.reshape(new int[0])).toPython();
    }

    /** np.array(obj, dtype): nested lists/tuples of numbers to an array (always a copy). */
    public static NDArray toArray(Interp in, Object obj, DType dtype) {
        if (obj instanceof NDArray a) return dtype == null ? a.copy() : a.astype(dtype);
        NDArray s = scalarArray(obj);
        if (s != null) return dtype == null ? s : s.astype(dtype);
        if (dtype == null) {
            NDArray flat = flatNumbers(in, obj);
            if (flat != null) return flat;
        }
        List<Integer> shape = new ArrayList<>();
        Object cur = obj;
        while (cur instanceof PyList || cur instanceof PyTuple || cur instanceof NDArray) {
            if (cur instanceof NDArray a) {
                for (int d : a.shape()) shape.add(d);
                break;
            }
            List<Object> items = seq(cur);
            shape.add(items.size());
            if (items.isEmpty()) break;
            cur = items.get(0);
        }
        int[] sh = shape.stream().mapToInt(Integer::intValue).toArray();
        long n = 1;
        for (int d : sh) n *= d;
        in.allocate(8 * n, "");
        List<Object> flat = new ArrayList<>((int) n);
        flatten(obj, 0, sh, flat);
        DType dt = DType.BOOL;
        if (flat.isEmpty()) dt = DType.FLOAT64;
        for (Object o : flat) {
            DType d;
            if (o instanceof Boolean || (o instanceof NpScalar ns && ns.dtype() == DType.BOOL)) d = DType.BOOL;
            else if (o instanceof Long || o instanceof java.math.BigInteger || o instanceof NpScalar ns2 && ns2.dtype() == DType.INT64) {
                d = DType.INT64;
            } else if (o instanceof Double || o instanceof NpScalar ns3 && ns3.dtype() == DType.FLOAT64) d = DType.FLOAT64;
            else if (o instanceof PyComplex || o instanceof NpScalar) d = DType.COMPLEX128;
            else if (o instanceof String) throw PyException.notImplemented("arrays of strings are not supported in Basis");
            else throw PyException.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(o) + "'");
            dt = DType.promote(dt, d);
        }
        if (dtype != null) dt = dtype;
        int len = flat.size();
        switch (dt) {
            case FLOAT64 -> {
                double[] d = new double[len];
                for (int i = 0; i < len; i++) d[i] = toDouble(flat.get(i));
                return NDArray.ofDoubles(d, sh);
            }
            case INT64 -> {
                long[] l = new long[len];
                for (int i = 0; i < len; i++) {
                    Object o = flat.get(i);
                    if (o instanceof java.math.BigInteger b) {
                        throw PyException.overflow("Python integer " + b + " out of bounds for int64");
                    }
                    l[i] = o instanceof Double dd ? (long) (double) dd : o instanceof NpScalar ns ? ns.l() : Arith.asLong(o);
                }
                return NDArray.ofLongs(l, sh);
            }
            case BOOL -> {
                boolean[] b = new boolean[len];
                for (int i = 0; i < len; i++) b[i] = Ops.truthy(in, flat.get(i));
                return NDArray.ofBools(b, sh);
            }
            default -> {
                double[] re = new double[len], im = new double[len];
                for (int i = 0; i < len; i++) {
                    Object o = flat.get(i);
                    if (o instanceof PyComplex c) {
                        re[i] = c.re();
                        im[i] = c.im();
                    } else if (o instanceof NpScalar ns) {
                        re[i] = ns.d();
                        im[i] = ns.im();
                    } else re[i] = toDouble(o);
                }
                return NDArray.ofComplex(re, im, sh);
            }
        }
    }

    /**
     * np.array of a flat, non-empty list or tuple of Python floats and ints (the commonest call in
     * student loops, e.g. {@code np.array([x, y, z])}): the 1-D float64 or int64 array {@link
     * #toArray} would build, without its general walk; null for anything else (then the general walk
     * decides, errors included).
     */
    private static NDArray flatNumbers(Interp in, Object obj) {
        Object[] items;
        int n;
        if (obj instanceof PyList l) {
            n = l.items.size();
            items = null;
        } else if (obj instanceof PyTuple t) {
            items = t.items;
            n = items.length;
        } else {
            return null;
        }
        if (n == 0) return null;
        if (items == null) items = ((PyList) obj).items.toArray();
        boolean anyDouble = false;
        for (Object o : items) {
            if (o instanceof Double) anyDouble = true;
            else if (!(o instanceof Long)) return null;
        }
        in.allocate(8L * n, "");
        if (anyDouble) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = items[i] instanceof Double x ? x : (double) (long) (Long) items[i];
            return NDArray.ofDoubles(d, n);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) l[i] = (Long) items[i];
        return NDArray.ofLongs(l, n);
    }

    private static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof NpScalar s) return s.dtype() == DType.INT64 || s.dtype() == DType.BOOL ? s.l() : s.d();
        if (o instanceof PyComplex) throw PyException.typeError("float() argument must be a string or a real number, not 'complex'");
        return Arith.toDouble(o);
    }

    private static List<Object> seq(Object o) {
        if (o instanceof PyList l) return l.items;
        return java.util.Arrays.asList(((PyTuple) o).items);
    }

    private static void flatten(Object o, int depth, int[] shape, List<Object> out) {
        if (depth == shape.length) {
            if (o instanceof PyList || o instanceof PyTuple || o instanceof NDArray) throw inhomogeneous(depth, shape);
            out.add(o);
            return;
        }
        if (o instanceof NDArray a) {
            int[] s = a.shape();
            if (s.length != shape.length - depth) throw inhomogeneous(depth, shape);
            for (int i = 0; i < s.length; i++) if (s[i] != shape[depth + i]) throw inhomogeneous(depth, shape);
            for (int i = 0; i < a.size(); i++) out.add(toScalar(a.elementAt(i)));
            return;
        }
        if (!(o instanceof PyList || o instanceof PyTuple)) throw inhomogeneous(depth, shape);
        List<Object> items = seq(o);
        if (items.size() != shape[depth]) throw inhomogeneous(depth, shape);
        for (Object x : items) flatten(x, depth + 1, shape, out);
    }

    private static PyException inhomogeneous(int depth, int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < depth; i++) {
            sb.append(shape[i]);
            if (depth == 1 || i < depth - 1) sb.append(depth == 1 ? "," : ", ");
        }
        sb.append(')');
        return PyException.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was " + sb
                + " + inhomogeneous part.");
    }

    /** arr.tolist(): nested Python lists of Python numbers. */
    static Object toList(NDArray a) {
        if (a.ndim() == 0) return toScalar(a).toPython();
        PyList l = new PyList(a.shape()[0]);
        for (int i = 0; i < a.shape()[0]; i++) l.items.add(toList(a.get(i)));
        return l;
    }

    // ------------------------------------------------------------------ printing
    public static String repr(NDArray a) {
        return ArrayFormat.repr(a);
    }

    public static String str(NDArray a) {
        return ArrayFormat.str(a);
    }

    /** repr(arr) under the program's np.set_printoptions. */
    static String repr(Interp in, NDArray a) {
        return ArrayFormat.repr(a, in == null ? basis.engine.format.PrintOptions.DEFAULTS : in.printOptions);
    }

    /** str(arr) under the program's np.set_printoptions. */
    static String str(Interp in, NDArray a) {
        return ArrayFormat.str(a, in == null ? basis.engine.format.PrintOptions.DEFAULTS : in.printOptions);
    }

    public static String scalarRepr(NpScalar s) {
        return ArrayFormat.scalarRepr(scalarArray(s));
    }

    public static String scalarStr(NpScalar s) {
        return ArrayFormat.scalarStr(scalarArray(s));
    }

    static boolean truthy(NDArray a) {
        if (a.size() == 1) return toScalar(a.size() == 1 && a.ndim() > 0 ? a.reshape(new int[0]) : a).boolValue();
        if (a.size() == 0) return false;
        throw PyException.valueError("The truth value of an array with more than one element is ambiguous. "
                + "Use a.any() or a.all()");
    }

    // ------------------------------------------------------------------ operators
    static basis.engine.nd.Ops.Binary ufunc(BinOpKind op) {
        return switch (op) {
            case ADD -> basis.engine.nd.Ops.Binary.ADD;
            case SUB -> basis.engine.nd.Ops.Binary.SUBTRACT;
            case MUL -> basis.engine.nd.Ops.Binary.MULTIPLY;
            case DIV -> basis.engine.nd.Ops.Binary.TRUE_DIVIDE;
            case FLOORDIV -> basis.engine.nd.Ops.Binary.FLOOR_DIVIDE;
            case MOD -> basis.engine.nd.Ops.Binary.MOD;
            case POW -> basis.engine.nd.Ops.Binary.POWER;
            case BITAND -> basis.engine.nd.Ops.Binary.BITWISE_AND;
            case BITOR -> basis.engine.nd.Ops.Binary.BITWISE_OR;
            case BITXOR -> basis.engine.nd.Ops.Binary.BITWISE_XOR;
            default -> null;
        };
    }

    static Object binary(Interp in, BinOpKind op, Object a, Object b) {
        if (isFloat64Scalar(a) ? isRealNumber(b) : isFloat64Scalar(b) && isRealNumber(a)) {
            // np.float64 with np.float64, float or int: what the 0-d ufunc computes, without the arrays
            double x = realValue(a), y = realValue(b);
            switch (op) {
                case ADD: return NpScalar.ofDouble(x + y);
                case SUB: return NpScalar.ofDouble(x - y);
                case MUL: return NpScalar.ofDouble(x * y);
                case DIV: return NpScalar.ofDouble(x / y);
                // NumPy's scalar power calls the C library's pow (its arrays and np.power take SIMD code)
                case POW: return NpScalar.ofDouble(basis.engine.nd.MathUtil.libmPow(x, y));
                default: break;
            }
        }
        NDArray x = operand(in, a), y = operand(in, b);
        if (x == null || y == null) return null;
        chargeResult(in, x, y);
        if (op == BinOpKind.MATMUL) {
            if (x.ndim() == 0 || y.ndim() == 0) {
                throw PyException.valueError("matmul: Input operand " + (x.ndim() == 0 ? 0 : 1)
                        + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) "
                        + "requires 1)");
            }
            return wrap(basis.engine.nd.Ops.matmul(x, y));
        }
        basis.engine.nd.Ops.Binary u = ufunc(op);
        if (u == null) return null;
        return wrap(basis.engine.nd.Ops.binary(u, x, y));
    }

    private static boolean isFloat64Scalar(Object o) {
        return o instanceof NpScalar s && s.dtype() == DType.FLOAT64;
    }

    /** A float64 scalar, a float or an int that fits int64 (converted as a 0-d int64 array would be). */
    private static boolean isRealNumber(Object o) {
        return o instanceof Double || o instanceof Long || isFloat64Scalar(o);
    }

    private static double realValue(Object o) {
        if (o instanceof NpScalar s) return s.d();
        if (o instanceof Double d) return d;
        return (double) (long) (Long) o;
    }

    private static void chargeResult(Interp in, NDArray x, NDArray y) {
        long n = Math.max(x.size(), y.size());
        if (n > 4096) in.allocate(8 * n, "");
        in.steps(n / 64);
    }

    static Object inPlace(Interp in, BinOpKind op, NDArray a, Object v) {
        if (op == BinOpKind.MATMUL) {
            NDArray b = operand(in, v);
            if (b != null && (a.ndim() < 1 || b.ndim() < 2)) {
                throw PyException.valueError("inplace matrix multiplication requires the first operand to have at least one and"
                        + " the second at least two dimensions.");
            }
        }
        NDArray bv = op == BinOpKind.MATMUL ? null : operand(in, v);
        if (bv != null) {
            try {
                basis.engine.nd.Ops.broadcastShapes(a.shape(), bv.shape());
            } catch (basis.engine.nd.NumpyException e) {
                throw PyException.valueError("operands could not be broadcast together with shapes "
                        + basis.engine.nd.Ops.compactShape(a.shape()) + " " + basis.engine.nd.Ops.compactShape(bv.shape()) + " "
                        + basis.engine.nd.Ops.compactShape(a.shape()) + " ");
            }
        }
        Object r = binary(in, op, a, v);
        if (r == null) throw PyException.typeError("unsupported operand type(s) for " + op.symbol + "=: 'numpy.ndarray' and '"
                + Ops.typeName(v) + "'");
        NDArray res = r instanceof NDArray arr ? arr : scalarArray(r);
        if (res.dtype().ordinal() > a.dtype().ordinal()) {
            throw PyException.of(Types.TYPE_ERROR, "Cannot cast ufunc '" + ufuncName(op) + "' output from dtype('"
                    + res.dtype().numpyName() + "') to dtype('" + a.dtype().numpyName()
                    + "') with casting rule 'same_kind'");
        }
        if (!java.util.Arrays.equals(res.shape(), a.shape())) {
            if (op == BinOpKind.MATMUL) {
                int d = a.ndim() - 1;
                throw PyException.valueError("matmul: Output operand 0 has a mismatch in its core dimension " + Math.min(d, 1)
                        + ", with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + a.shape()[d] + " is different from "
                        + res.shape()[res.ndim() - 1] + ")");
            }
            throw PyException.valueError("non-broadcastable output operand with shape "
                    + basis.engine.nd.Ops.compactShape(a.shape()) + " doesn't match the broadcast shape "
                    + basis.engine.nd.Ops.compactShape(res.shape()));
        }
        NpIndex.assign(in, a, res);
        return a;
    }

    private static String ufuncName(BinOpKind op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case MUL -> "multiply";
            case DIV -> "divide";
            case FLOORDIV -> "floor_divide";
            case MOD -> "remainder";
            case POW -> "power";
            case MATMUL -> "matmul";
            default -> op.name().toLowerCase();
        };
    }

    static Object compare(Interp in, CmpKind op, Object a, Object b) {
        NDArray x = operand(in, a), y = operand(in, b);
        if (x == null || y == null) {
            if (op == CmpKind.EQ) return false;
            if (op == CmpKind.NE) return true;
            return null;
        }
        basis.engine.nd.Ops.Binary u = switch (op) {
            case EQ -> basis.engine.nd.Ops.Binary.EQUAL;
            case NE -> basis.engine.nd.Ops.Binary.NOT_EQUAL;
            case LT -> basis.engine.nd.Ops.Binary.LESS;
            case LE -> basis.engine.nd.Ops.Binary.LESS_EQUAL;
            case GT -> basis.engine.nd.Ops.Binary.GREATER;
            case GE -> basis.engine.nd.Ops.Binary.GREATER_EQUAL;
            default -> null;
        };
        if (u == null) return null;
        return wrap(basis.engine.nd.Ops.binary(u, x, y));
    }

    static Object unary(Interp in, Ast.UnaryKind op, Object a) {
        NDArray x = operand(in, a);
        return switch (op) {
            case NEG -> wrap(basis.engine.nd.Ops.negate(x));
            case POS -> wrap(x.copy());
            case INVERT -> wrap(basis.engine.nd.Ops.invert(x));
            default -> null;
        };
    }

    static Object abs(Interp in, Object a) {
        return wrap(basis.engine.nd.Ops.abs(operand(in, a)));
    }

    static Object round(Interp in, Object a, Long digits) {
        NDArray r = basis.engine.nd.Ops.round(operand(in, a), digits == null ? 0 : (int) (long) digits);
        if (a instanceof NpScalar s && digits == null) {
            // round(np.float64) with no digits gives a Python int, as CPython's round() protocol does
            return Builtins.doubleToInt(r.doubleAt(0));
        }
        return wrap(r);
    }

    static boolean contains(Interp in, NDArray a, Object item) {
        NDArray eq = basis.engine.nd.Ops.eq(a, operand(in, item));
        return Reduce.any(eq, null, false).boolAt(0);
    }

    static PyIter iter(Interp in, NDArray a) {
        if (a.ndim() == 0) throw PyException.typeError("iteration over a 0-d array");
        int n = a.shape()[0];
        return new PyIter() {
            int i = 0;

            @Override
            public Object next() {
                if (i >= n) return null;
                NDArray row = a.get(i++);
                return row.ndim() == 0 ? toScalar(row) : row;
            }
        };
    }

    // ------------------------------------------------------------------ delegation
    static Object getItem(Interp in, NDArray a, Object idx) {
        return NpIndex.get(in, a, idx);
    }

    static void setItem(Interp in, NDArray a, Object idx, Object value) {
        NpIndex.set(in, a, idx, value);
    }

    static Object getAttr(Interp in, Object o, String name) {
        return NpMethods.getAttr(in, o, name);
    }

    static void setAttr(Interp in, NDArray a, String name, Object value) {
        if (name.equals("shape")) {
            throw PyException.notImplemented("setting arr.shape is not supported in Basis; use arr = arr.reshape(...)");
        }
        throw PyException.attributeError("'numpy.ndarray' object attribute '" + name + "' is read-only");
    }
}
