package basis.engine.lang;

import basis.engine.format.FloatRepr;
import basis.engine.lang.Ast.BinOpKind;
import basis.engine.lang.Ast.CmpKind;
import basis.engine.nd.NDArray;
import java.math.BigInteger;
import java.util.Map;

/**
 * The core operations on values: truth, type, repr/str, equality, comparison and arithmetic, with
 * CPython's error messages. Attribute access, items, calls and iteration are in {@link Access}.
 */
public final class Ops {
    private Ops() {}

    /** Python's NotImplemented, returned by dunder methods that decline an operand. */
    public static final Object NOT_IMPLEMENTED = new Object() {
        @Override
        public String toString() {
            return "NotImplemented";
        }
    };

    // ------------------------------------------------------------------ types
    public static PyClass typeOf(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return Types.INT;
        if (o instanceof Double) return Types.FLOAT;
        if (o instanceof String) return Types.STR;
        if (o instanceof Boolean) return Types.BOOL;
        if (o instanceof PyList) return Types.LIST;
        if (o instanceof NamedTuple n) return n.kind.cls();
        if (o instanceof PyTuple) return Types.TUPLE;
        if (o instanceof PyDict) return Types.DICT;
        if (o instanceof PySet s) return s.frozen ? Types.FROZENSET : Types.SET;
        if (o == PyNone.NONE) return Types.NONE_TYPE;
        if (o instanceof PyInstance i) return i.cls;
        if (o instanceof PyClass) return Types.TYPE;
        if (o instanceof PyFunction) return Types.FUNCTION;
        if (o instanceof PyBuiltin) return Types.BUILTIN_FUNCTION;
        if (o instanceof PyBoundMethod) return Types.METHOD;
        if (o instanceof PyModule) return Types.MODULE;
        if (o instanceof PyRange) return Types.RANGE;
        if (o instanceof PySlice) return Types.SLICE;
        if (o instanceof NDArray) return Types.NDARRAY;
        if (o instanceof PyComplex) return Types.COMPLEX;
        if (o instanceof NpScalar s) {
            return switch (s.dtype()) {
                case FLOAT64 -> Types.NP_FLOAT64;
                case INT64 -> Types.NP_INT64;
                case BOOL -> Types.NP_BOOL;
                case COMPLEX128 -> Types.NP_COMPLEX128;
            };
        }
        if (o instanceof CompNodes.GenIter) return Types.GENERATOR;
        if (o instanceof PyIter) return Types.ITERATOR;
        if (o instanceof PyDictView v) return v.kind == PyDictView.KEYS ? Types.DICT_KEYS : v.kind == PyDictView.VALUES ? Types.DICT_VALUES : Types.DICT_ITEMS;
        return Types.OBJECT;
    }

    public static String typeName(Object o) {
        if (o instanceof NpScalar s) return "numpy." + s.dtype().numpyName();
        if (o instanceof NDArray) return "numpy.ndarray";
        return typeOf(o).name;
    }

    public static boolean isInstance(Object o, PyClass c) {
        if (c == Types.OBJECT) return true;
        if (o instanceof PyInstance i) return i.cls.isSubclassOf(c);
        if (c.instanceTest != null) return c.instanceTest.test(o);
        return typeOf(o).isSubclassOf(c);
    }

    // ------------------------------------------------------------------ truth
    public static boolean truthy(Interp in, Object o) {
        if (o instanceof Boolean b) return b;
        if (o instanceof Long l) return l != 0;
        if (o instanceof Double d) return d != 0;
        if (o == PyNone.NONE) return false;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof PyList l) return l.size() > 0;
        if (o instanceof PyTuple t) return t.items.length > 0;
        if (o instanceof PyDict d) return d.size() > 0;
        if (o instanceof PySet s) return s.size() > 0;
        if (o instanceof BigInteger b) return b.signum() != 0;
        if (o instanceof PyRange r) return r.length() > 0;
        if (o instanceof NpScalar s) return s.boolValue();
        if (o instanceof NDArray a) return NpBridge.truthy(a);
        if (o instanceof PyComplex c) return c.re() != 0 || c.im() != 0;
        if (o instanceof PyDictView v) return v.dict.size() > 0;
        if (o instanceof PyInstance i) {
            Object bool = i.cls.lookup("__bool__");
            if (bool != null) {
                Object r = Access.call(in, bool, new Object[] {o}, null);
                if (!(r instanceof Boolean b)) {
                    throw PyException.typeError("__bool__ should return bool, returned " + typeName(r));
                }
                return b;
            }
            Object len = i.cls.lookup("__len__");
            if (len != null) return Access.len(in, o) != 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ repr / str
    public static String repr(Interp in, Object o) {
        if (o instanceof String s) return strRepr(s);
        if (o instanceof Long l) return basis.engine.format.Decimal.of(l);
        if (o instanceof Boolean || o instanceof BigInteger || o == PyNone.NONE) return o.toString()
                .replace("true", "True").replace("false", "False");
        if (o instanceof Double d) return FloatRepr.repr(d);
        if (o instanceof PyList l) {
            if (!in.enterRepr(o)) return "[...]";
            try {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.items.size(); i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(repr(in, l.items.get(i)));
                }
                return sb.append(']').toString();
            } finally {
                in.leaveRepr(o);
            }
        }
        if (o instanceof NamedTuple n) {
            StringBuilder sb = new StringBuilder(n.kind.cls().name).append('(');
            for (int i = 0; i < n.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(n.kind.fields()[i]).append('=').append(repr(in, n.items[i]));
            }
            return sb.append(')').toString();
        }
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(in, t.items[i]));
            }
            if (t.items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            if (!in.enterRepr(o)) return "{...}";
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<PyKey, Object> e : d.entries()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(repr(in, e.getKey().key)).append(": ").append(repr(in, e.getValue()));
                }
                return sb.append('}').toString();
            } finally {
                in.leaveRepr(o);
            }
        }
        if (o instanceof PySet s) {
            if (s.size() == 0) return s.frozen ? "frozenset()" : "set()";
            StringBuilder sb = new StringBuilder(s.frozen ? "frozenset({" : "{");
            boolean first = true;
            for (PyKey k : s.items) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(repr(in, k.key));
            }
            return sb.append(s.frozen ? "})" : "}").toString();
        }
        if (o instanceof NDArray a) return NpBridge.repr(in, a);
        if (o instanceof NpScalar s) return NpBridge.scalarRepr(s);
        if (o instanceof PyInstance i) {
            String custom = stringDunder(in, i, "__repr__");
            if (custom != null) return custom;
            if (Types.isException(i.cls)) {
                Object a = i.attrs.get("args");
                String args = a instanceof PyTuple t && t.items.length == 1 ? "(" + repr(in, t.items[0]) + ")"
                        : a instanceof PyTuple t2 ? repr(in, t2) : "()";
                return i.cls.name + args;
            }
            if (i.cls == NpRandomModule.GENERATOR) return "Generator(PCG64)";
            return "<" + (i.cls.module == null ? "__main__" : i.cls.module) + "." + i.cls.name + " object>";
        }
        if (o instanceof PyComplex c) return complexRepr(c.re(), c.im());
        if (o instanceof PyDictView v) return v.repr(in);
        return reprNoInterp(o);
    }

    /** repr without calling student code (for exception messages built in Java). */
    public static String reprNoInterp(Object o) {
        if (o instanceof String s) return strRepr(s);
        if (o instanceof Double d) return FloatRepr.repr(d);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof Long || o instanceof BigInteger || o == PyNone.NONE) return o.toString();
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(reprNoInterp(t.items[i]));
            }
            if (t.items.length == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.items.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(reprNoInterp(l.items.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof NDArray a) return NpBridge.repr(a);
        if (o instanceof NpScalar s) return NpBridge.scalarRepr(s);
        if (o instanceof PyClass c) return c.toString();
        if (o instanceof PyFunction f) return "<function " + f.qualname + ">";
        if (o instanceof PyBuiltin b) {
            return b.self == null ? "<built-in function " + b.name + ">"
                    : "<built-in method " + b.name + " of " + typeName(b.self) + " object>";
        }
        if (o instanceof PyBoundMethod m) {
            String n = m.function() instanceof PyFunction f ? f.qualname : "?";
            return "<bound method " + n + " of " + reprNoInterp(m.self()) + ">";
        }
        if (o instanceof PyModule m) return "<module '" + m.name + "'>";
        if (o instanceof PyRange r) {
            return "range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")";
        }
        if (o instanceof PySlice s) {
            return "slice(" + reprNoInterp(s.start()) + ", " + reprNoInterp(s.stop()) + ", " + reprNoInterp(s.step()) + ")";
        }
        if (o instanceof PyComplex c) return complexRepr(c.re(), c.im());
        if (o instanceof PyDictView v) return v.repr(null);
        if (o instanceof PyInstance i) {
            if (Types.isException(i.cls)) return i.cls.name + "(" + Types.exceptionMessage(i) + ")";
            return "<__main__." + i.cls.name + " object>";
        }
        if (o == NOT_IMPLEMENTED) return "NotImplemented";
        if (o instanceof NpDTypeObj d) return "dtype('" + d.dtype().numpyName() + "')";
        if (o == Ast.ELLIPSIS) return "Ellipsis";
        if (o instanceof CompNodes.GenIter) return "<generator object <genexpr>>";
        if (o instanceof PyIter) return "<iterator object>";
        return String.valueOf(o);
    }

    public static String strNoInterp(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof NDArray a) return NpBridge.str(a);
        if (o instanceof NpScalar s) return NpBridge.scalarStr(s);
        return reprNoInterp(o);
    }

    public static String complexRepr(double re, double im) {
        String ims = formatComplexPart(im);
        if (re == 0 && Math.copySign(1.0, re) > 0) return ims + "j";
        String sign = im < 0 || (im == 0 && Math.copySign(1.0, im) < 0) || Double.isNaN(im) && false ? "-" : "+";
        String imAbs = formatComplexPart(Math.abs(im));
        if (Double.isNaN(im)) imAbs = "nan";
        return "(" + formatComplexPart(re) + sign + imAbs + "j)";
    }

    private static String formatComplexPart(double d) {
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The result of a user class's __repr__ or __str__, or null when the class has none. */
    private static String stringDunder(Interp in, PyInstance i, String name) {
        Object m = i.cls.lookup(name);
        if (m == null) return null;
        Object r = Access.call(in, m, new Object[] {i}, null);
        if (!(r instanceof String s)) throw PyException.typeError(name + " returned non-string (type " + typeName(r) + ")");
        return s;
    }

    public static String str(Interp in, Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyInstance i) {
            String custom = stringDunder(in, i, "__str__");
            if (custom != null) return custom;
            if (Types.isException(i.cls)) {
                Object a = i.attrs.get("args");
                if (a instanceof PyTuple t) {
                    if (t.items.length == 0) return "";
                    if (t.items.length == 1) {
                        return i.cls.isSubclassOf(Types.KEY_ERROR) ? repr(in, t.items[0]) : str(in, t.items[0]);
                    }
                    return repr(in, t);
                }
                return "";
            }
        }
        if (o instanceof NDArray a) return NpBridge.str(in, a);
        if (o instanceof NpScalar s) return NpBridge.scalarStr(s);
        if (o instanceof NpDTypeObj d) return d.dtype().numpyName();
        return repr(in, o);
    }

    /** Python's repr of a str: single quotes unless the text has ' and no ". */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) {
                sb.append("\\x");
                String h = Integer.toHexString(c);
                if (h.length() < 2) sb.append('0');
                sb.append(h);
            } else if (c >= 0x80 && c < 0xa0) {
                sb.append("\\x").append(Integer.toHexString(c));
            } else sb.append(c);
        }
        return sb.append(q).toString();
    }

    // ------------------------------------------------------------------ equality
    /** Python ==, as a Java boolean (for `in`, list.index, dict keys...). */
    public static boolean eq(Interp in, Object a, Object b) {
        if (a == b) return !(a instanceof Double d && d.isNaN());
        if (a instanceof NDArray || b instanceof NDArray) {
            return truthy(in, compare(in, CmpKind.EQ, a, b));
        }
        Object r = richEq(in, a, b);
        return r != null ? (Boolean) r : false;
    }

    /** == on plain values; returns null when neither side knows (identity decides). */
    private static Object richEq(Interp in, Object a, Object b) {
        if (Arith.isNumber(a) && Arith.isNumber(b)) return Arith.numEquals(a, b);
        if (a instanceof String x && b instanceof String y) return x.equals(y);
        if (a instanceof NpScalar || b instanceof NpScalar) {
            Object x = a instanceof NpScalar s ? s.toPython() : a;
            Object y = b instanceof NpScalar s ? s.toPython() : b;
            return eq(in, x, y);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!eq(in, x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            if (x.items.length != y.items.length) return false;
            for (int i = 0; i < x.items.length; i++) if (!eq(in, x.items[i], y.items[i])) return false;
            return true;
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.size() != y.size()) return false;
            for (Map.Entry<PyKey, Object> e : x.entries()) {
                Object other = y.map.get(e.getKey());
                if (other == null || !eq(in, e.getValue(), other)) return false;
            }
            return true;
        }
        if (a instanceof PyDictView v && v.kind != PyDictView.VALUES && (b instanceof PySet || b instanceof PyDictView)) {
            return richEq(in, v.toSet(), b);
        }
        if (b instanceof PyDictView v && v.kind != PyDictView.VALUES && a instanceof PySet) return richEq(in, a, v.toSet());
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.size() == y.size() && y.items.containsAll(x.items);
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return x.length() == y.length() && (x.length() == 0 || (x.start() == y.start()
                    && (x.length() == 1 || x.step() == y.step())));
        }
        if (a instanceof PyComplex x && b instanceof PyComplex y) return x.re() == y.re() && x.im() == y.im();
        if (a instanceof NpDTypeObj x) return dtypeEquals(x, b);
        if (b instanceof NpDTypeObj y) return dtypeEquals(y, a);
        if (a instanceof PyComplex x && Arith.isNumber(b)) return x.im() == 0 && x.re() == Arith.toDouble(b);
        if (b instanceof PyComplex y && Arith.isNumber(a)) return y.im() == 0 && y.re() == Arith.toDouble(a);
        if (in != null && (a instanceof PyInstance || b instanceof PyInstance)) {
            Object r = dunder(in, a, "__eq__", b);
            if (r != NOT_IMPLEMENTED && r != null) return truthy(in, r);
            r = dunder(in, b, "__eq__", a);
            if (r != NOT_IMPLEMENTED && r != null) return truthy(in, r);
            return a == b;
        }
        return null;
    }

    /** Python complex arithmetic (CPython's algorithms: _Py_c_quot, c_powi); null for operators complex lacks. */
    private static Object complexBinary(BinOpKind op, Object a, Object b) {
        double ar = a instanceof PyComplex c ? c.re() : Arith.toDouble(a), ai = a instanceof PyComplex c ? c.im() : 0.0;
        double br = b instanceof PyComplex c ? c.re() : Arith.toDouble(b), bi = b instanceof PyComplex c ? c.im() : 0.0;
        switch (op) {
            case ADD: return new PyComplex(ar + br, ai + bi);
            case SUB: return new PyComplex(ar - br, ai - bi);
            case MUL: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case DIV: return complexQuot(ar, ai, br, bi);
            case POW: {
                if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
                    long n = (long) br;
                    double rr = 1, ri = 0, pr = ar, pi = ai;
                    for (long mask = 1, m = Math.abs(n); mask > 0 && m >= mask; mask <<= 1) {
                        if ((m & mask) != 0) {
                            double t = rr * pr - ri * pi;
                            ri = rr * pi + ri * pr;
                            rr = t;
                        }
                        double t = pr * pr - pi * pi;
                        pi = pr * pi + pi * pr;
                        pr = t;
                    }
                    return n >= 0 ? new PyComplex(rr, ri) : complexQuot(1, 0, rr, ri);
                }
                throw PyException.notImplemented("complex powers with a non-integer exponent are not supported in Basis");
            }
            case FLOORDIV: case MOD:
                throw PyException.typeError("unsupported operand type(s) for " + (op == BinOpKind.MOD ? "%" : "//") + ": '"
                        + typeName(a) + "' and '" + typeName(b) + "'");
            default: return null;
        }
    }

    private static PyComplex complexQuot(double ar, double ai, double br, double bi) {
        double abr = Math.abs(br), abi = Math.abs(bi);
        if (abr >= abi) {
            if (abr == 0.0) throw PyException.zeroDivision("complex division by zero");
            double ratio = bi / br, denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = br / bi, denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** keys()/items() views in set operations (&, |, -, ^) with sets or other such views; null if not applicable. */
    private static Object viewSetOp(BinOpKind op, Object a, Object b) {
        Object x = a instanceof PyDictView v && v.kind != PyDictView.VALUES ? v.toSet() : a;
        Object y = b instanceof PyDictView v && v.kind != PyDictView.VALUES ? v.toSet() : b;
        if (x instanceof PySet sx && y instanceof PySet sy) return Builtins.setOp(op, sx, sy);
        return null;
    }

    private static boolean dtypeEquals(NpDTypeObj d, Object other) {
        try {
            return NpMethods.dtypeOf(other) == d.dtype();
        } catch (PyException e) {
            return false;
        }
    }

    /** Key equality for dicts and sets (no student code runs here). */
    static boolean keyEquals(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String x) {
            if (b instanceof String y) return x.equals(y); // the commonest keys, before the numeric tests
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Interp in = PyKey.eqOwner(a) != null ? PyKey.eqOwner(a) : PyKey.eqOwner(b);
            if (in != null) return eq(in, a, b);
        }
        Object r = richEq(null, a, b);
        return r != null && (Boolean) r;
    }

    // ------------------------------------------------------------------ comparison
    public static Object compare(Interp in, CmpKind op, Object a, Object b) {
        switch (op) {
            case IS: return isSame(a, b);
            case IS_NOT: return !isSame(a, b);
            case IN: return Access.contains(in, b, a);
            case NOT_IN: return !Access.contains(in, b, a);
            default: break;
        }
        if (a instanceof Long x && b instanceof Long y) {
            long p = x, q = y;
            return switch (op) {
                case EQ -> p == q;
                case NE -> p != q;
                case LT -> p < q;
                case LE -> p <= q;
                case GT -> p > q;
                default -> p >= q;
            };
        }
        if (a instanceof NDArray || b instanceof NDArray || a instanceof NpScalar || b instanceof NpScalar) {
            Object r = NpBridge.compare(in, op, a, b);
            if (r != null) return r;
        }
        if (Arith.isNumber(a) && Arith.isNumber(b)) {
            if (op == CmpKind.EQ) return Arith.numEquals(a, b);
            if (op == CmpKind.NE) return !Arith.numEquals(a, b);
            double x = 0, y = 0;
            boolean nan = (a instanceof Double d1 && d1.isNaN()) || (b instanceof Double d2 && d2.isNaN());
            if (nan) return false;
            int c = Arith.compare(a, b);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
        if (op == CmpKind.EQ) return eqObj(in, a, b);
        if (op == CmpKind.NE) {
            if (a instanceof PyInstance || b instanceof PyInstance) {
                Object r = dunder(in, a, "__ne__", b);
                if (r != NOT_IMPLEMENTED && r != null) return r;
                Object e = eqObj(in, a, b);
                return e instanceof Boolean bb ? !bb : !truthy(in, e);
            }
            return !eq(in, a, b);
        }
        return order(in, op, a, b);
    }

    private static Object eqObj(Interp in, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = dunder(in, a, "__eq__", b);
            if (r != NOT_IMPLEMENTED && r != null) return r;
            r = dunder(in, b, "__eq__", a);
            if (r != NOT_IMPLEMENTED && r != null) return r;
            return a == b;
        }
        return eq(in, a, b);
    }

    private static boolean isSame(Object a, Object b) {
        if (a == b) return true;
        // small ints and interned values behave as identical in CPython for the cases students meet
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        if (a instanceof Boolean x && b instanceof Boolean y) return x.booleanValue() == y.booleanValue();
        if (a instanceof String x && b instanceof String y) return x.equals(y) && x.length() <= 20;
        return false;
    }

    private static boolean order(Interp in, CmpKind op, Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            int c = x.compareTo(y);
            return cmpResult(op, c);
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            Object[] xs = a instanceof PyList l ? l.items.toArray() : ((PyTuple) a).items;
            Object[] ys = b instanceof PyList l2 ? l2.items.toArray() : ((PyTuple) b).items;
            int n = Math.min(xs.length, ys.length);
            for (int i = 0; i < n; i++) {
                if (!eq(in, xs[i], ys[i])) {
                    if (op == CmpKind.EQ) return false;
                    return truthy(in, compare(in, op, xs[i], ys[i]));
                }
            }
            return cmpResult(op, Integer.compare(xs.length, ys.length));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case LE -> y.items.containsAll(x.items);
                case LT -> y.items.containsAll(x.items) && x.size() < y.size();
                case GE -> x.items.containsAll(y.items);
                default -> x.items.containsAll(y.items) && x.size() > y.size();
            };
        }
        String name = switch (op) {
            case LT -> "__lt__";
            case LE -> "__le__";
            case GT -> "__gt__";
            default -> "__ge__";
        };
        String reflected = switch (op) {
            case LT -> "__gt__";
            case LE -> "__ge__";
            case GT -> "__lt__";
            default -> "__le__";
        };
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = dunder(in, a, name, b);
            if (r != NOT_IMPLEMENTED && r != null) return truthy(in, r);
            r = dunder(in, b, reflected, a);
            if (r != NOT_IMPLEMENTED && r != null) return truthy(in, r);
        }
        throw PyException.typeError("'" + op.symbol + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    private static boolean cmpResult(CmpKind op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Calls a dunder method of a user instance; null when it has none. */
    static Object dunder(Interp in, Object self, String name, Object arg) {
        if (!(self instanceof PyInstance i)) return null;
        Object m = i.cls.lookup(name);
        if (m == null) return null;
        return Access.call(in, m, new Object[] {self, arg}, null);
    }

    // ------------------------------------------------------------------ arithmetic
    public static Object binary(Interp in, BinOpKind op, Object a, Object b) {
        Object r = switch (op) {
            case ADD -> Arith.add(a, b);
            case SUB -> Arith.sub(a, b);
            case MUL -> Arith.mul(a, b);
            case DIV -> Arith.trueDiv(a, b);
            case FLOORDIV -> Arith.floorDiv(a, b);
            case MOD -> Arith.mod(a, b);
            case POW -> Arith.pow(a, b);
            default -> null;
        };
        if (r != null) return r;
        return binarySlow(in, op, a, b);
    }

    private static Object binarySlow(Interp in, BinOpKind op, Object a, Object b) {
        if (a instanceof NDArray || b instanceof NDArray || a instanceof NpScalar || b instanceof NpScalar) {
            Object r = NpBridge.binary(in, op, a, b);
            if (r != null) return r;
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && (a instanceof PyComplex || Arith.isNumber(a))
                && (b instanceof PyComplex || Arith.isNumber(b))) {
            Object r = complexBinary(op, a, b);
            if (r != null) return r;
        }
        switch (op) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    in.allocate(2L * (x.length() + y.length()) > 1 << 20 ? 2L * (x.length() + y.length()) : 0, "");
                    return Strs.concat(x, y);
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    PyList l = new PyList(x.size() + y.size());
                    l.items.addAll(x.items);
                    l.items.addAll(y.items);
                    return l;
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] r = new Object[x.items.length + y.items.length];
                    System.arraycopy(x.items, 0, r, 0, x.items.length);
                    System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                    return new PyTuple(r);
                }
                if (a instanceof String && !(b instanceof PyInstance)) {
                    throw PyException.typeError("can only concatenate str (not \"" + typeName(b) + "\") to str");
                }
                if (a instanceof PyList && !(b instanceof PyInstance)) {
                    throw PyException.typeError("can only concatenate list (not \"" + typeName(b) + "\") to list");
                }
                if (a instanceof PyTuple && !(b instanceof PyInstance)) {
                    throw PyException.typeError("can only concatenate tuple (not \"" + typeName(b) + "\") to tuple");
                }
                break;
            case MUL:
                if ((a instanceof String || a instanceof PyList || a instanceof PyTuple) && isIndexLike(b)) {
                    return repeat(in, a, Access.toIndex(b));
                }
                if ((b instanceof String || b instanceof PyList || b instanceof PyTuple) && isIndexLike(a)) {
                    return repeat(in, b, Access.toIndex(a));
                }
                if ((a instanceof String || a instanceof PyList || a instanceof PyTuple) && !(b instanceof PyInstance)) {
                    throw PyException.typeError("can't multiply sequence by non-int of type '" + typeName(b) + "'");
                }
                if ((b instanceof String || b instanceof PyList || b instanceof PyTuple) && !(a instanceof PyInstance)) {
                    throw PyException.typeError("can't multiply sequence by non-int of type '" + typeName(a) + "'");
                }
                break;
            case MOD:
                if (a instanceof String s) return Builtins.percentFormat(in, s, b);
                break;
            case SUB:
                if (a instanceof PySet x && b instanceof PySet y) return Builtins.setOp(op, x, y);
                if ((a instanceof PyDictView || b instanceof PyDictView) && viewSetOp(op, a, b) instanceof PySet r) return r;
                break;
            case BITAND: case BITOR: case BITXOR: case LSHIFT: case RSHIFT:
                if (Arith.isInt(a) && Arith.isInt(b)) return bitwise(op, a, b);
                if (a instanceof PySet x && b instanceof PySet y) return Builtins.setOp(op, x, y);
                if ((a instanceof PyDictView || b instanceof PyDictView) && op != BinOpKind.LSHIFT && op != BinOpKind.RSHIFT) {
                    Object r = viewSetOp(op, a, b);
                    if (r != null) return r;
                }
                if (a instanceof PyDict x && b instanceof PyDict y && op == BinOpKind.BITOR) {
                    PyDict d = new PyDict();
                    d.map.putAll(x.map);
                    d.map.putAll(y.map);
                    return d;
                }
                break;
            default:
                break;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            String name = dunderName(op);
            Object r = dunder(in, a, "__" + name + "__", b);
            if (r != null && r != NOT_IMPLEMENTED) return r;
            r = dunder(in, b, "__r" + name + "__", a);
            if (r != null && r != NOT_IMPLEMENTED) return r;
        }
        if (op == BinOpKind.MATMUL && (Arith.isNumber(a) || a instanceof PyList) && (Arith.isNumber(b) || b instanceof PyList)) {
            throw PyException.typeError("unsupported operand type(s) for @: '" + typeName(a) + "' and '" + typeName(b) + "'");
        }
        if (op == BinOpKind.POW) {
            throw PyException.typeError("unsupported operand type(s) for ** or pow(): '" + typeName(a) + "' and '"
                    + typeName(b) + "'");
        }
        throw PyException.typeError("unsupported operand type(s) for " + op.symbol + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    static String dunderName(BinOpKind op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "truediv";
            case FLOORDIV -> "floordiv";
            case MOD -> "mod";
            case POW -> "pow";
            case MATMUL -> "matmul";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case BITOR -> "or";
            case BITAND -> "and";
            case BITXOR -> "xor";
        };
    }

    private static boolean isIndexLike(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || (o instanceof NpScalar s && (s.dtype() == basis.engine.nd.DType.INT64 || s.dtype() == basis.engine.nd.DType.BOOL));
    }

    private static Object repeat(Interp in, Object seq, long n) {
        if (n < 0) n = 0;
        if (seq instanceof String s) {
            long total = s.length() * n;
            if (total > Integer.MAX_VALUE / 2) throw PyException.memoryError("");
            in.allocate(2 * total, "");
            return Strs.repeat(s, (int) n);
        }
        Object[] items = seq instanceof PyList l ? l.items.toArray() : ((PyTuple) seq).items;
        long total = (long) items.length * n;
        if (total > Integer.MAX_VALUE - 8) throw PyException.memoryError("");
        in.allocate(8 * total, "");
        Object[] out = new Object[(int) total];
        for (int i = 0; i < n; i++) System.arraycopy(items, 0, out, i * items.length, items.length);
        if (seq instanceof PyList) {
            PyList l = new PyList((int) total);
            for (Object o : out) l.items.add(o);
            return l;
        }
        return new PyTuple(out);
    }

    private static Object bitwise(BinOpKind op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case BITAND: return x & y;
                case BITOR: return x | y;
                case BITXOR: return x ^ y;
                default: break;
            }
        }
        BigInteger x = Arith.big(a), y = Arith.big(b);
        return switch (op) {
            case BITAND -> Arith.norm(x.and(y));
            case BITOR -> Arith.norm(x.or(y));
            case BITXOR -> Arith.norm(x.xor(y));
            case LSHIFT -> {
                if (y.signum() < 0) throw PyException.valueError("negative shift count");
                if (y.bitLength() > 20) throw PyException.memoryError("");
                yield Arith.norm(x.shiftLeft(y.intValue()));
            }
            default -> {
                if (y.signum() < 0) throw PyException.valueError("negative shift count");
                yield Arith.norm(x.shiftRight(y.bitLength() > 31 ? Integer.MAX_VALUE : y.intValue()));
            }
        };
    }

    public static Object unary(Interp in, Ast.UnaryKind op, Object a) {
        switch (op) {
            case NOT:
                return !truthy(in, a);
            case NEG: {
                Object r = Arith.neg(a);
                if (r != null) return r;
                break;
            }
            case POS:
                if (a instanceof Boolean b) return b ? 1L : 0L;
                if (Arith.isNumber(a)) return a;
                break;
            case INVERT:
                if (a instanceof Boolean b) return b ? -2L : -1L;
                if (a instanceof Long l) return ~l;
                if (a instanceof BigInteger b) return Arith.norm(b.not());
                break;
        }
        if (a instanceof NDArray || a instanceof NpScalar) {
            Object r = NpBridge.unary(in, op, a);
            if (r != null) return r;
        }
        if (a instanceof PyComplex c && op == Ast.UnaryKind.NEG) return new PyComplex(-c.re(), -c.im());
        if (a instanceof PyInstance i) {
            String n = switch (op) {
                case NEG -> "__neg__";
                case POS -> "__pos__";
                default -> "__invert__";
            };
            Object m = i.cls.lookup(n);
            if (m != null) return Access.call(in, m, new Object[] {a}, null);
        }
        String sym = switch (op) {
            case NEG -> "-";
            case POS -> "+";
            default -> "~";
        };
        throw PyException.typeError("bad operand type for unary " + sym + ": '" + typeName(a) + "'");
    }
}
