package basis.engine.lang;

import basis.engine.format.PyFormat;
import basis.engine.nd.NDArray;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The builtin functions (print, len, range, sorted...) and the builtin type constructors. */
public final class Builtins {
    private Builtins() {}

    private static final Map<String, Object> TABLE = new HashMap<>();

    public static Object lookup(String name) {
        return TABLE.get(name);
    }

    private static void def(String name, PyBuiltin.Body body) {
        TABLE.put(name, new PyBuiltin(name, body));
    }

    static {
        for (PyClass c : new PyClass[] {Types.INT, Types.FLOAT, Types.COMPLEX, Types.BOOL, Types.STR, Types.LIST, Types.TUPLE, Types.DICT,
                Types.SET, Types.FROZENSET, Types.OBJECT, Types.TYPE, Types.RANGE, Types.SLICE}) {
            TABLE.put(c.name, c);
        }
        for (PyClass c : Types.ALL_EXCEPTIONS) TABLE.put(c.name, c);
        TABLE.put("NotImplemented", Ops.NOT_IMPLEMENTED);
        TABLE.put("Ellipsis", Ast.ELLIPSIS);
        Types.BASE_EXCEPTION.dict.put("__init__", new PyBuiltin("__init__", (in, a, k) -> {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            ((PyInstance) a[0]).attrs.put("args", new PyTuple(rest));
            return PyNone.NONE;
        }));
        Types.OBJECT.dict.put("__init__", new PyBuiltin("__init__", (in, a, k) -> PyNone.NONE));
        def("print", Builtins::print);
        def("len", (in, a, k) -> {
            exact("len", a, 1);
            return Access.len(in, a[0]);
        });
        def("abs", Builtins::abs);
        def("round", Builtins::round);
        def("min", (in, a, k) -> minMax(in, a, k, "min", -1));
        def("max", (in, a, k) -> minMax(in, a, k, "max", 1));
        def("sum", Builtins::sum);
        def("sorted", (in, a, k) -> {
            exact("sorted", a, 1);
            Object key = k == null ? null : k.take("key");
            Object rev = k == null ? null : k.take("reverse");
            if (k != null) k.rejectRest("sorted");
            return new PyList(sortList(in, Access.toList(in, a[0]), key == PyNone.NONE ? null : key,
                    rev != null && Ops.truthy(in, rev)));
        });
        def("reversed", (in, a, k) -> {
            exact("reversed", a, 1);
            if (a[0] instanceof PySet || a[0] instanceof PyIter) {
                throw PyException.typeError("'" + Ops.typeName(a[0]) + "' object is not reversible");
            }
            List<Object> l = Access.toList(in, a[0]);
            java.util.Collections.reverse(l);
            return Access.arrayIter(l.toArray());
        });
        def("enumerate", (in, a, k) -> {
            Object startObj = k != null && k.map.containsKey("start") ? k.take("start") : (a.length > 1 ? a[1] : 0L);
            if (a.length < 1) throw PyException.typeError("enumerate() missing required argument 'iterable' (pos 1)");
            PyIter it = Access.iter(in, a[0]);
            long start = Access.toIndex(startObj);
            return new PyIter() {
                long i = start;

                @Override
                public Object next() {
                    Object v = it.next();
                    return v == null ? null : PyTuple.of(i++, v);
                }
            };
        });
        def("zip", (in, a, k) -> {
            boolean strict = k != null && k.map.containsKey("strict") && Ops.truthy(in, k.take("strict"));
            PyIter[] its = new PyIter[a.length];
            for (int i = 0; i < a.length; i++) its[i] = Access.iter(in, a[i]);
            return (PyIter) () -> {
                if (its.length == 0) return null;
                Object[] row = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = its[i].next();
                    if (row[i] == null) {
                        if (strict) throw PyException.valueError("zip() argument " + (i + 1) + " is shorter than argument 1");
                        return null;
                    }
                }
                return new PyTuple(row);
            };
        });
        def("map", (in, a, k) -> {
            if (a.length < 2) throw PyException.typeError("map() must have at least two arguments.");
            Object f = a[0];
            PyIter[] its = new PyIter[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Access.iter(in, a[i]);
            return (PyIter) () -> {
                Object[] args = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = its[i].next();
                    if (args[i] == null) return null;
                }
                return Access.call(in, f, args, null);
            };
        });
        def("filter", (in, a, k) -> {
            exact("filter", a, 2);
            Object f = a[0];
            PyIter it = Access.iter(in, a[1]);
            return (PyIter) () -> {
                for (Object v = it.next(); v != null; v = it.next()) {
                    in.step();
                    boolean keep = f == PyNone.NONE ? Ops.truthy(in, v) : Ops.truthy(in, Access.call(in, f, new Object[] {v}, null));
                    if (keep) return v;
                }
                return null;
            };
        });
        def("any", (in, a, k) -> {
            exact("any", a, 1);
            PyIter it = Access.iter(in, a[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                in.step();
                if (Ops.truthy(in, v)) return true;
            }
            return false;
        });
        def("all", (in, a, k) -> {
            exact("all", a, 1);
            PyIter it = Access.iter(in, a[0]);
            for (Object v = it.next(); v != null; v = it.next()) {
                in.step();
                if (!Ops.truthy(in, v)) return false;
            }
            return true;
        });
        def("isinstance", (in, a, k) -> {
            exact("isinstance", a, 2);
            return isInstance(a[0], a[1]);
        });
        def("issubclass", (in, a, k) -> {
            exact("issubclass", a, 2);
            if (!(a[0] instanceof PyClass c)) throw PyException.typeError("issubclass() arg 1 must be a class");
            if (a[1] instanceof PyTuple t) {
                for (Object o : t.items) if (o instanceof PyClass p && c.isSubclassOf(p)) return true;
                return false;
            }
            return a[1] instanceof PyClass p && c.isSubclassOf(p);
        });
        def("repr", (in, a, k) -> {
            exact("repr", a, 1);
            return Ops.repr(in, a[0]);
        });
        def("format", (in, a, k) -> {
            if (a.length < 1 || a.length > 2) throw PyException.typeError("format expected at most 2 arguments, got " + a.length);
            return format(in, a[0], a.length > 1 ? (String) a[1] : "");
        });
        def("divmod", (in, a, k) -> {
            exact("divmod", a, 2);
            return PyTuple.of(Ops.binary(in, Ast.BinOpKind.FLOORDIV, a[0], a[1]), Ops.binary(in, Ast.BinOpKind.MOD, a[0], a[1]));
        });
        def("pow", (in, a, k) -> {
            if (a.length == 3) {
                BigInteger r = Arith.big(a[0]).modPow(Arith.big(a[1]), Arith.big(a[2]));
                return Arith.norm(r);
            }
            exact("pow", a, 2);
            return Ops.binary(in, Ast.BinOpKind.POW, a[0], a[1]);
        });
        def("hasattr", (in, a, k) -> {
            exact("hasattr", a, 2);
            try {
                Access.getAttr(in, a[0], (String) a[1]);
                return true;
            } catch (PyException e) {
                if (e.exc.cls.isSubclassOf(Types.ATTRIBUTE_ERROR)) return false;
                throw e;
            }
        });
        def("getattr", (in, a, k) -> {
            if (a.length < 2 || a.length > 3) throw PyException.typeError("getattr expected 2 or 3 arguments, got " + a.length);
            if (!(a[1] instanceof String name)) throw PyException.typeError("attribute name must be string, not '"
                    + Ops.typeName(a[1]) + "'");
            try {
                return Access.getAttr(in, a[0], name);
            } catch (PyException e) {
                if (a.length == 3 && e.exc.cls.isSubclassOf(Types.ATTRIBUTE_ERROR)) return a[2];
                throw e;
            }
        });
        def("setattr", (in, a, k) -> {
            exact("setattr", a, 3);
            Access.setAttr(in, a[0], (String) a[1], a[2]);
            return PyNone.NONE;
        });
        def("callable", (in, a, k) -> a[0] instanceof PyFunction || a[0] instanceof PyBuiltin || a[0] instanceof PyClass
                || a[0] instanceof PyBoundMethod || (a[0] instanceof PyInstance i && i.cls.lookup("__call__") != null));
        def("iter", (in, a, k) -> Access.iter(in, a[0]));
        def("next", (in, a, k) -> {
            if (!(a[0] instanceof PyIter it)) throw PyException.typeError("'" + Ops.typeName(a[0]) + "' object is not an iterator");
            Object v = it.next();
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw PyException.of(Types.STOP_ITERATION, null);
        });
        def("id", (in, a, k) -> (long) System.identityHashCode(a[0]));
        def("hash", (in, a, k) -> (long) PyKey.hashOf(a[0]));
        def("chr", (in, a, k) -> {
            exact("chr", a, 1);
            long cp = Access.toIndex(a[0]);
            if (cp < 0 || cp > 0x10FFFF) throw PyException.valueError("chr() arg not in range(0x110000)");
            return String.valueOf(Character.toChars((int) cp));
        });
        def("ord", (in, a, k) -> {
            if (!(a[0] instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                throw PyException.typeError("ord() expected a character, but string of length "
                        + (a[0] instanceof String s2 ? s2.length() : 0) + " found");
            }
            return (long) s.codePointAt(0);
        });
        def("bin", (in, a, k) -> radix(a[0], 2, "0b"));
        def("hex", (in, a, k) -> radix(a[0], 16, "0x"));
        def("oct", (in, a, k) -> radix(a[0], 8, "0o"));
        def("staticmethod", (in, a, k) -> new Access.StaticMethod(a[0]));
        def("classmethod", (in, a, k) -> new Access.ClassMethod(a[0]));
        def("property", (in, a, k) -> new Access.Property(a[0], a.length > 1 ? a[1] : null));
        def("super", (in, a, k) -> {
            if (a.length != 2 || !(a[0] instanceof PyClass c)) {
                throw PyException.of(Types.RUNTIME_ERROR, "super(): no arguments");
            }
            return new PySuper(c, a[1]);
        });
        def("input", (in, a, k) -> {
            throw PyException.notImplemented("input() is not available in Basis: programs cannot read from the keyboard");
        });
        def("open", (in, a, k) -> {
            throw PyException.notImplemented("open() is not available in Basis: programs cannot use files");
        });
        def("exec", (in, a, k) -> {
            throw PyException.notImplemented("exec() is not supported in Basis");
        });
        def("eval", (in, a, k) -> {
            throw PyException.notImplemented("eval() is not supported in Basis");
        });
        def("globals", (in, a, k) -> {
            throw PyException.notImplemented("globals() is not supported in Basis");
        });
        def("vars", (in, a, k) -> {
            if (a.length == 1 && a[0] instanceof PyInstance i) return Access.getAttr(in, i, "__dict__");
            throw PyException.notImplemented("vars() without an object is not supported in Basis");
        });
        def("exit", (in, a, k) -> {
            throw PyException.notImplemented("exit() is not supported in Basis");
        });
        def("__import__", (in, a, k) -> Modules.importModule(in, (String) a[0], true));
    }

    static void exact(String name, Object[] a, int n) {
        if (a.length != n) {
            if (n == 1) throw PyException.typeError(name + "() takes exactly one argument (" + a.length + " given)");
            throw PyException.typeError(name + " expected " + n + " arguments, got " + a.length);
        }
    }

    static boolean isInstance(Object o, Object spec) {
        if (spec instanceof PyClass c) return Ops.isInstance(o, c);
        if (spec instanceof PyTuple t) {
            for (Object s : t.items) if (isInstance(o, s)) return true;
            return false;
        }
        throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static String radix(Object o, int radix, String prefix) {
        BigInteger b = Arith.big(Access.toIndex(o) == 0 && !(o instanceof Long) ? 0L : o instanceof NpScalar ? Access.toIndex(o) : o);
        String s = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + s;
    }

    // ------------------------------------------------------------------ print
    private static Object print(Interp in, Object[] a, Kwargs k) {
        String sep = " ", end = "\n";
        if (k != null) {
            Object s = k.take("sep");
            Object e = k.take("end");
            k.take("flush");
            Object file = k.take("file");
            if (file != null && file != PyNone.NONE) {
                throw PyException.notImplemented("print(file=...) is not supported in Basis");
            }
            k.rejectRest("print");
            if (s != null && s != PyNone.NONE) {
                if (!(s instanceof String ss)) throw PyException.typeError("sep must be None or a string, not " + Ops.typeName(s));
                sep = ss;
            }
            if (e != null && e != PyNone.NONE) {
                if (!(e instanceof String es)) throw PyException.typeError("end must be None or a string, not " + Ops.typeName(e));
                end = es;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Ops.str(in, a[i]));
        }
        sb.append(end);
        in.write(sb.toString());
        return PyNone.NONE;
    }

    // ------------------------------------------------------------------ numbers
    private static Object abs(Interp in, Object[] a, Kwargs k) {
        exact("abs", a, 1);
        Object x = a[0];
        if (x instanceof Long l) return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : Math.abs(l);
        if (x instanceof Double d) return Math.abs(d);
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof BigInteger b) return Arith.norm(b.abs());
        if (x instanceof PyComplex c) {
            double r = basis.engine.nd.MathUtil.hypot(c.re(), c.im());
            if (Double.isInfinite(r) && Double.isFinite(c.re()) && Double.isFinite(c.im())) {
                throw PyException.of(Types.OVERFLOW_ERROR, "absolute value too large");
            }
            return r;
        }
        if (x instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.COMPLEX128) {
            // abs() of a complex128 scalar is C's hypot in NumPy; np.abs() takes the array loop
            return NpScalar.ofDouble(basis.engine.nd.MathUtil.hypot(s.d(), s.im()));
        }
        if (x instanceof NDArray || x instanceof NpScalar) return NpBridge.abs(in, x);
        if (x instanceof PyInstance i && i.cls.lookup("__abs__") != null) {
            return Access.call(in, i.cls.lookup("__abs__"), new Object[] {x}, null);
        }
        throw PyException.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
    }

    private static Object round(Interp in, Object[] a, Kwargs k) {
        Object nd = a.length > 1 ? a[1] : (k != null ? k.take("ndigits") : null);
        if (a.length < 1) throw PyException.typeError("round() missing required argument 'number' (pos 1)");
        Object x = a[0];
        if (x instanceof NpScalar || x instanceof NDArray) return NpBridge.round(in, x, nd == null || nd == PyNone.NONE ? null
                : Access.toIndex(nd));
        if (nd == null || nd == PyNone.NONE) {
            if (Arith.isInt(x)) return x instanceof Boolean b ? (b ? 1L : 0L) : x;
            if (x instanceof Double d) {
                if (d.isNaN()) throw PyException.valueError("cannot convert float NaN to integer");
                if (d.isInfinite()) throw PyException.overflow("cannot convert float infinity to integer");
                BigDecimal r = new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN);
                return Arith.norm(r.toBigInteger());
            }
            if (x instanceof PyInstance i && i.cls.lookup("__round__") != null) {
                return Access.call(in, i.cls.lookup("__round__"), new Object[] {x}, null);
            }
            throw PyException.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
        }
        long n = Access.toIndex(nd);
        if (Arith.isInt(x)) {
            if (n >= 0) return x instanceof Boolean b ? (b ? 1L : 0L) : x;
            BigInteger p = BigInteger.TEN.pow((int) Math.min(-n, 400));
            BigDecimal r = new BigDecimal(Arith.big(x)).divide(new BigDecimal(p)).setScale(0, RoundingMode.HALF_EVEN);
            return Arith.norm(r.toBigInteger().multiply(p));
        }
        if (x instanceof Double d) return roundDouble(d, n);
        throw PyException.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
    }

    /** round(x, n) for floats, correctly rounded from the exact binary value (as CPython). */
    public static double roundDouble(double d, long n) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return d;
        if (n > 330) return d;
        if (n < -330) return 0.0 * d;
        BigDecimal r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
        double out = basis.engine.nd.ExactMath.toDouble(r, false);
        if (out == 0) return Math.copySign(0.0, d);
        if (Double.isInfinite(out)) throw PyException.overflow("rounded value too large to represent");
        return out;
    }

    private static Object minMax(Interp in, Object[] a, Kwargs k, String name, int sign) {
        Object key = k == null ? null : k.take("key");
        Object dflt = k == null ? null : k.take("default");
        if (k != null) k.rejectRest(name);
        if (key == PyNone.NONE) key = null;
        List<Object> items;
        if (a.length == 1) {
            items = Access.toList(in, a[0]);
        } else if (a.length == 0) {
            throw PyException.typeError(name + " expected at least 1 argument, got 0");
        } else {
            if (dflt != null) {
                throw PyException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = java.util.Arrays.asList(a);
        }
        if (items.isEmpty()) {
            if (dflt != null) return dflt;
            throw PyException.valueError(name + "() arg is an empty sequence");
        }
        Object best = items.get(0);
        Object bestKey = key == null ? best : Access.call(in, key, new Object[] {best}, null);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object kv = key == null ? v : Access.call(in, key, new Object[] {v}, null);
            boolean better = Ops.truthy(in, Ops.compare(in, sign > 0 ? Ast.CmpKind.GT : Ast.CmpKind.LT, kv, bestKey));
            if (better) {
                best = v;
                bestKey = kv;
            }
        }
        return best;
    }

    private static Object sum(Interp in, Object[] a, Kwargs k) {
        Object start = a.length > 1 ? a[1] : (k != null && k.map.containsKey("start") ? k.take("start") : 0L);
        if (a.length < 1) throw PyException.typeError("sum() takes at least 1 positional argument (0 given)");
        if (start instanceof String) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object acc = start;
        PyIter it = Access.iter(in, a[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            in.step();
            if (acc instanceof Double x && v instanceof Double y) acc = x + y;
            else acc = Ops.binary(in, Ast.BinOpKind.ADD, acc, v);
        }
        return acc;
    }

    /** A stable sort with Python's comparisons; reverse keeps equal items in their original order. */
    static List<Object> sortList(Interp in, List<Object> items, Object key, boolean reverse) {
        int n = items.size();
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) keys[i] = key == null ? items.get(i) : Access.call(in, key, new Object[] {items.get(i)}, null);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i; // CPython: reverse, sort stably, reverse
        in.steps((long) n * 2);
        new PySort(in, keys).sort(idx);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(items.get(idx[reverse ? n - 1 - i : i]));
        return out;
    }

    /**
     * A stable sort that compares only with {@code <}, in an order fixed by this code (not by the platform's
     * Arrays.sort, which differs between the JVM and TeaVM): CPython's runs of minrun elements (count_run,
     * then binary insertion), merged pairwise. For fewer than 64 items it makes CPython's very comparisons,
     * so errors such as "'<' not supported between instances of 'str' and 'int'" name the same operands.
     */
    private static final class PySort {
        final Interp in;
        final Object[] keys;

        PySort(Interp in, Object[] keys) {
            this.in = in;
            this.keys = keys;
        }

        boolean lt(int x, int y) {
            return Ops.truthy(in, Ops.compare(in, Ast.CmpKind.LT, keys[x], keys[y]));
        }

        void sort(int[] a) {
            int n = a.length;
            if (n < 2) return;
            int minrun = n, r = 0;
            while (minrun >= 64) {
                r |= minrun & 1;
                minrun >>= 1;
            }
            minrun += r;
            List<int[]> runs = new ArrayList<>();
            for (int lo = 0; lo < n; ) {
                int len = countRun(a, lo, n);
                if (len < minrun) {
                    int force = Math.min(minrun, n - lo);
                    binarySort(a, lo, lo + force, lo + len);
                    len = force;
                }
                runs.add(new int[] {lo, lo + len});
                lo += len;
            }
            int[] tmp = new int[n];
            while (runs.size() > 1) {
                List<int[]> merged = new ArrayList<>();
                for (int i = 0; i + 1 < runs.size(); i += 2) {
                    int[] x = runs.get(i), y = runs.get(i + 1);
                    merge(a, tmp, x[0], x[1], y[1]);
                    merged.add(new int[] {x[0], y[1]});
                }
                if (runs.size() % 2 == 1) merged.add(runs.get(runs.size() - 1));
                runs = merged;
            }
        }

        private int countRun(int[] a, int lo, int hi) {
            if (lo + 1 == hi) return 1;
            int i = lo + 2;
            if (lt(a[lo + 1], a[lo])) {
                while (i < hi && lt(a[i], a[i - 1])) i++;
                for (int p = lo, q = i - 1; p < q; p++, q--) {
                    int t = a[p];
                    a[p] = a[q];
                    a[q] = t;
                }
            } else {
                while (i < hi && !lt(a[i], a[i - 1])) i++;
            }
            return i - lo;
        }

        private void binarySort(int[] a, int lo, int hi, int start) {
            for (; start < hi; start++) {
                int pivot = a[start];
                int l = lo, r = start;
                while (l < r) {
                    int p = l + ((r - l) >> 1);
                    if (lt(pivot, a[p])) r = p;
                    else l = p + 1;
                }
                System.arraycopy(a, l, a, l + 1, start - l);
                a[l] = pivot;
            }
        }

        private void merge(int[] a, int[] tmp, int lo, int mid, int hi) {
            System.arraycopy(a, lo, tmp, lo, hi - lo);
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) a[k++] = lt(tmp[j], tmp[i]) ? tmp[j++] : tmp[i++];
            while (i < mid) a[k++] = tmp[i++];
            while (j < hi) a[k++] = tmp[j++];
        }
    }

    // ------------------------------------------------------------------ type constructors
    static Object int_(Interp in, Object[] a, Kwargs k) {
        Object baseObj = k != null ? k.take("base") : null;
        if (a.length > 1) baseObj = a[1];
        if (a.length == 0) return 0L;
        Object x = a[0];
        if (baseObj != null) {
            if (!(x instanceof String s)) throw PyException.typeError("int() can't convert non-string with explicit base");
            long base = Access.toIndex(baseObj);
            if (base != 0 && (base < 2 || base > 36)) throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
            return parseInt(s, (int) base);
        }
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof Double d) return doubleToInt(d);
        if (x instanceof String s) return parseInt(s, 10);
        if (x instanceof NpScalar s) {
            if (s.dtype() == basis.engine.nd.DType.FLOAT64) return doubleToInt(s.d());
            return s.l();
        }
        if (x instanceof NDArray arr) {
            if (arr.ndim() != 0) throw PyException.typeError("only 0-dimensional arrays can be converted to Python scalars");
            return int_(in, new Object[] {NpBridge.item(arr)}, null);
        }
        if (x instanceof PyInstance i && i.cls.lookup("__int__") != null) return Access.call(in, i.cls.lookup("__int__"),
                new Object[] {x}, null);
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Ops.typeName(x) + "'");
    }

    static Object doubleToInt(double d) {
        if (Double.isNaN(d)) throw PyException.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw PyException.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.0e18) return (long) d;
        return Arith.norm(new BigDecimal(d).toBigInteger());
    }

    private static Object parseInt(String s, int base) {
        String t = s.strip().replace("_", "");
        try {
            if (base == 0 || base == 16 || base == 8 || base == 2) {
                String low = t.toLowerCase();
                boolean neg = low.startsWith("-");
                String body = low.startsWith("-") || low.startsWith("+") ? low.substring(1) : low;
                int b = base;
                if (body.startsWith("0x") && (base == 0 || base == 16)) { b = 16; body = body.substring(2); }
                else if (body.startsWith("0o") && (base == 0 || base == 8)) { b = 8; body = body.substring(2); }
                else if (body.startsWith("0b") && (base == 0 || base == 2)) { b = 2; body = body.substring(2); }
                else if (base == 0) b = 10;
                BigInteger v = new BigInteger(body, b);
                return Arith.norm(neg ? v.negate() : v);
            }
            if (t.isEmpty() || s.contains("__") || s.strip().startsWith("_") || s.strip().endsWith("_")) {
                throw new NumberFormatException();
            }
            return Arith.norm(new BigInteger(t.startsWith("+") ? t.substring(1) : t, base));
        } catch (NumberFormatException e) {
            throw PyException.valueError("invalid literal for int() with base " + base + ": " + Ops.strRepr(s));
        }
    }

    static Object float_(Interp in, Object[] a, Kwargs k) {
        if (a.length == 0) return 0.0;
        Object x = a[0];
        if (x instanceof Double) return x;
        if (Arith.isNumber(x)) return Arith.toDouble(x);
        if (x instanceof String s) return parseFloat(s);
        if (x instanceof NpScalar s) {
            if (s.dtype() == basis.engine.nd.DType.COMPLEX128) {
                throw PyException.typeError("float() argument must be a string or a real number, not 'complex'");
            }
            return s.dtype() == basis.engine.nd.DType.FLOAT64 ? s.d() : (double) s.l();
        }
        if (x instanceof NDArray arr) {
            if (arr.ndim() != 0) throw PyException.typeError("only 0-dimensional arrays can be converted to Python scalars");
            return float_(in, new Object[] {NpBridge.item(arr)}, null);
        }
        if (x instanceof PyInstance i && i.cls.lookup("__float__") != null) {
            return Access.call(in, i.cls.lookup("__float__"), new Object[] {x}, null);
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(x) + "'");
    }

    public static double parseFloat(String s) {
        String t = s.strip().toLowerCase().replace("_", "");
        switch (t) {
            case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan": return Double.NaN;
            default: break;
        }
        boolean ok = !t.isEmpty() && t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
        if (!ok) throw PyException.valueError("could not convert string to float: " + Ops.strRepr(s));
        return basis.engine.nd.ExactMath.parseDouble(t);
    }

    /**
     * {@code complex()}, {@code complex(real, imag)} (numbers, complex ones included, by position or
     * keyword) and {@code complex('1+2j')}, with CPython's rules and messages.
     */
    static Object complex_(Interp in, Object[] a, Kwargs k) {
        if (a.length > 2) throw PyException.typeError("complex() takes at most 2 arguments (" + a.length + " given)");
        Object r = a.length > 0 ? a[0] : null, i = a.length > 1 ? a[1] : null;
        if (k != null) {
            for (java.util.Map.Entry<String, Object> e : k.map.entrySet()) {
                int pos = e.getKey().equals("real") ? 0 : e.getKey().equals("imag") ? 1 : -1;
                if (pos < 0) throw PyException.typeError("'" + e.getKey() + "' is an invalid keyword argument for complex()");
                if (pos < a.length) {
                    throw PyException.typeError("argument for complex() given by name ('" + e.getKey() + "') and position ("
                            + (pos + 1) + ")");
                }
                if (pos == 0) r = e.getValue();
                else i = e.getValue();
            }
        }
        if (r instanceof String s) {
            if (i != null) throw PyException.typeError("complex() can't take second arg if first is a string");
            return parseComplex(s);
        }
        if (i instanceof String) throw PyException.typeError("complex() second arg can't be a string");
        if (r == null) r = 0L;
        double[] cr = complexParts(in, r, "first argument must be a string or a number");
        boolean crComplex = cr[2] != 0;
        double re = cr[0], im = crComplex ? cr[1] : 0.0;
        if (i == null) return new PyComplex(re, im);
        double[] ci = complexParts(in, i, "second argument must be a number");
        if (ci[2] != 0) re -= ci[1];
        double imag = ci[0];
        if (crComplex) imag += cr[1];
        return new PyComplex(re, imag);
    }

    /** {re, im, 1 if the value is complex else 0}; a TypeError "complex() WHAT, not 'T'" for a non-number. */
    private static double[] complexParts(Interp in, Object x, String what) {
        if (x instanceof PyComplex c) return new double[] {c.re(), c.im(), 1};
        if (x instanceof NpScalar s && s.dtype() == basis.engine.nd.DType.COMPLEX128) {
            PyComplex c = (PyComplex) s.toPython();
            return new double[] {c.re(), c.im(), 1};
        }
        if (x instanceof NDArray arr && arr.dtype() == basis.engine.nd.DType.COMPLEX128 && arr.ndim() == 0) {
            return complexParts(in, NpBridge.item(arr), what);
        }
        boolean number = Arith.isNumber(x) || x instanceof NpScalar || x instanceof NDArray
                || (x instanceof PyInstance inst && inst.cls.lookup("__float__") != null);
        if (!number) throw PyException.typeError("complex() " + what + ", not '" + Ops.typeName(x) + "'");
        return new double[] {(Double) float_(in, new Object[] {x}, null), 0, 0};
    }

    /** CPython's complex(str): [ws] [(] [ws] (float | float j | float ±float j | float ±j | ±j | j) [ws] [)] [ws]. */
    static PyComplex parseComplex(String original) {
        String s = original;
        if (s.indexOf('_') >= 0) {
            StringBuilder b = new StringBuilder();
            char prev = 0;
            for (int p = 0; p < s.length(); p++) {
                char c = s.charAt(p);
                boolean bad = c == '_' ? !(prev >= '0' && prev <= '9') : prev == '_' && !(c >= '0' && c <= '9');
                if (bad) throw PyException.valueError("could not convert string to complex: " + Ops.strRepr(original));
                if (c != '_') b.append(c);
                prev = c;
            }
            if (prev == '_') throw PyException.valueError("could not convert string to complex: " + Ops.strRepr(original));
            s = b.toString();
        }
        PyException malformed = PyException.valueError("complex() arg is a malformed string");
        int n = s.length(), p = 0;
        while (p < n && isSpace(s.charAt(p))) p++;
        boolean bracket = p < n && s.charAt(p) == '(';
        if (bracket) {
            p++;
            while (p < n && isSpace(s.charAt(p))) p++;
        }
        double x = 0, y = 0;
        double[] z = new double[1];
        int end = floatPrefix(s, p, z);
        if (end != p) {
            p = end;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z[0];
                end = floatPrefix(s, p, z);
                if (end != p) {
                    y = z[0];
                    p = end;
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed;
                p++;
            } else if (p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
                p++;
                y = z[0];
            } else {
                x = z[0];
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) == 'j' || s.charAt(p) == 'J'))) throw malformed;
            p++;
        }
        while (p < n && isSpace(s.charAt(p))) p++;
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) throw malformed;
            p++;
            while (p < n && isSpace(s.charAt(p))) p++;
        }
        if (p != n) throw malformed;
        return new PyComplex(x, y);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c > 127 && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    /**
     * The longest float at s[p..]: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], or
     * [sign] inf, infinity, nan (any case). Returns the index after it (p when there is none), the value in out[0].
     */
    private static int floatPrefix(String s, int p, double[] out) {
        int n = s.length(), q = p;
        boolean neg = false;
        if (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
            neg = s.charAt(q) == '-';
            q++;
        }
        String rest = s.substring(q, Math.min(n, q + 8)).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith("infinity") || rest.startsWith("inf")) {
            out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return q + (rest.startsWith("infinity") ? 8 : 3);
        }
        if (rest.startsWith("nan")) {
            out[0] = Double.NaN;
            return q + 3;
        }
        int digits = q;
        while (q < n && s.charAt(q) >= '0' && s.charAt(q) <= '9') q++;
        int intDigits = q - digits;
        int fracDigits = 0;
        if (q < n && s.charAt(q) == '.') {
            int f = q + 1;
            while (f < n && s.charAt(f) >= '0' && s.charAt(f) <= '9') f++;
            fracDigits = f - q - 1;
            if (intDigits + fracDigits > 0) q = f;
        }
        if (intDigits + fracDigits == 0) return p;
        if (q < n && (s.charAt(q) == 'e' || s.charAt(q) == 'E')) {
            int e = q + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) e++;
            int expDigits = e;
            while (e < n && s.charAt(e) >= '0' && s.charAt(e) <= '9') e++;
            if (e > expDigits) q = e;
        }
        out[0] = basis.engine.nd.ExactMath.parseDouble(s.substring(p, q).toLowerCase(java.util.Locale.ROOT));
        return q;
    }

    static Object bool_(Interp in, Object[] a, Kwargs k) {
        return a.length > 0 && Ops.truthy(in, a[0]);
    }

    static Object str_(Interp in, Object[] a, Kwargs k) {
        return a.length == 0 ? "" : Ops.str(in, a[0]);
    }

    static Object list_(Interp in, Object[] a, Kwargs k) {
        if (a.length == 0) return new PyList();
        return new PyList(Access.toList(in, a[0]));
    }

    static Object tuple_(Interp in, Object[] a, Kwargs k) {
        if (a.length == 0) return PyTuple.EMPTY;
        if (a[0] instanceof PyTuple) return a[0];
        return new PyTuple(Access.toList(in, a[0]).toArray());
    }

    static Object dict_(Interp in, Object[] a, Kwargs k) {
        PyDict d = new PyDict();
        if (a.length > 0) {
            if (a[0] instanceof PyDict src) d.map.putAll(src.map);
            else {
                int i = 0;
                for (Object pair : Access.toList(in, a[0])) {
                    List<Object> kv;
                    try {
                        kv = Access.toList(in, pair);
                    } catch (PyException e) {
                        throw PyException.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    if (kv.size() != 2) throw PyException.valueError("dictionary update sequence element #" + i
                            + " has length " + kv.size() + "; 2 is required");
                    d.put(kv.get(0), kv.get(1));
                    i++;
                }
            }
        }
        if (k != null) for (Map.Entry<String, Object> e : k.map.entrySet()) d.put(e.getKey(), e.getValue());
        return d;
    }

    static Object set_(Interp in, Object[] a, Kwargs k) {
        PySet s = new PySet();
        if (a.length > 0) for (Object o : Access.toList(in, a[0])) s.add(o);
        return s;
    }

    static Object frozenset_(Interp in, Object[] a, Kwargs k) {
        PySet s = new PySet(true);
        if (a.length > 0) for (Object o : Access.toList(in, a[0])) s.add(o);
        return s;
    }

    static Object range_(Interp in, Object[] a, Kwargs k) {
        for (Object o : a) {
            if (!(o instanceof Long || o instanceof Boolean || o instanceof NpScalar s && s.dtype() != basis.engine.nd.DType.FLOAT64
                    || o instanceof BigInteger)) {
                throw PyException.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
            }
        }
        switch (a.length) {
            case 1: return new PyRange(0, Access.toIndex(a[0]), 1);
            case 2: return new PyRange(Access.toIndex(a[0]), Access.toIndex(a[1]), 1);
            case 3: {
                long step = Access.toIndex(a[2]);
                if (step == 0) throw PyException.valueError("range() arg 3 must not be zero");
                return new PyRange(Access.toIndex(a[0]), Access.toIndex(a[1]), step);
            }
            case 0: throw PyException.typeError("range expected at least 1 argument, got 0");
            default: throw PyException.typeError("range expected at most 3 arguments, got " + a.length);
        }
    }

    static Object slice_(Interp in, Object[] a, Kwargs k) {
        if (a.length == 1) return new PySlice(PyNone.NONE, a[0], PyNone.NONE);
        return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
    }

    // ------------------------------------------------------------------ formatting
    /** format(value, spec) for f-strings and format(). */
    public static String format(Interp in, Object v, String spec) {
        try {
            if (v instanceof NpScalar s) v = s.toPython();
            if (v instanceof Boolean b) {
                if (spec.isEmpty()) return b ? "True" : "False";
                v = b ? 1L : 0L;
            }
            if (v instanceof Double d) return spec.isEmpty() ? Ops.repr(in, d) : PyFormat.formatFloat(d, spec);
            if (v instanceof Long l) {
                if (!spec.isEmpty() && "eEfFgG%".indexOf(spec.charAt(spec.length() - 1)) >= 0) {
                    return PyFormat.formatFloat((double) l, spec);
                }
                return spec.isEmpty() ? basis.engine.format.Decimal.of(l) : PyFormat.formatInt(l, spec);
            }
            if (v instanceof BigInteger b) return spec.isEmpty() ? b.toString() : PyFormat.formatStr(b.toString(), spec);
            if (v instanceof String s) return spec.isEmpty() ? s : PyFormat.formatStr(s, spec);
            if (v instanceof PyInstance i && i.cls.lookup("__format__") != null) {
                return (String) Access.call(in, i.cls.lookup("__format__"), new Object[] {v, spec}, null);
            }
            if (spec.isEmpty()) return Ops.str(in, v);
            if (v instanceof NDArray) {
                throw PyException.typeError("unsupported format string passed to numpy.ndarray.__format__");
            }
            throw PyException.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
        } catch (PyFormat.FormatError e) {
            throw PyException.valueError(e.getMessage());
        }
    }

    /** The % operator on strings: %s %r %d %i %f %e %g %x %o %c %% with flags, width and precision. */
    static String percentFormat(Interp in, String fmt, Object args) {
        Object[] values = args instanceof PyTuple t ? t.items : new Object[] {args};
        PyDict mapping = args instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int vi = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) throw PyException.valueError("incomplete format");
            Object value = null;
            if (fmt.charAt(i) == '(' && mapping != null) {
                int close = fmt.indexOf(')', i);
                String key = fmt.substring(i + 1, close);
                value = mapping.get(key);
                if (value == null) throw PyException.keyError(key);
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            StringBuilder width = new StringBuilder();
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) width.append(fmt.charAt(i++));
            String prec = null;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                StringBuilder p = new StringBuilder();
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) p.append(fmt.charAt(i++));
                prec = p.toString().isEmpty() ? "0" : p.toString();
            }
            char conv = fmt.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (vi >= values.length) throw PyException.typeError("not enough arguments for format string");
                value = values[vi++];
            }
            String align = flags.indexOf("-") >= 0 ? "<" : ">";
            String sign = flags.indexOf("+") >= 0 ? "+" : flags.indexOf(" ") >= 0 ? " " : "";
            String zero = flags.indexOf("0") >= 0 && flags.indexOf("-") < 0 ? "0" : "";
            String w = width.toString();
            String spec;
            switch (conv) {
                case 's': case 'r': case 'a': {
                    String s = conv == 's' ? Ops.str(in, value) : Ops.repr(in, value);
                    if (prec != null) s = s.substring(0, Math.min(s.length(), Integer.parseInt(prec)));
                    out.append(PyFormat.formatStr(s, align + w));
                    break;
                }
                case 'd': case 'i': case 'u': {
                    Object n = value instanceof Double d ? doubleToInt(d) : value;
                    if (!Arith.isNumber(n) && !(n instanceof NpScalar)) {
                        throw PyException.typeError("%" + conv + " format: a real number is required, not " + Ops.typeName(value));
                    }
                    spec = (zero.isEmpty() ? align : "") + sign + zero + w + "d";
                    out.append(format(in, n instanceof NpScalar ns ? ns.toPython() : n, spec));
                    break;
                }
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
                    Object n = value instanceof NpScalar ns ? ns.toPython() : value;
                    if (!Arith.isNumber(n)) {
                        throw PyException.typeError("must be real number, not " + Ops.typeName(value));
                    }
                    spec = (zero.isEmpty() ? align : "") + sign + zero + w + "." + (prec == null ? "6" : prec) + conv;
                    out.append(PyFormat.formatFloat(Arith.toDouble(n), spec));
                    break;
                }
                case 'x': case 'X': case 'o': {
                    spec = (zero.isEmpty() ? align : "") + sign + (flags.indexOf("#") >= 0 ? "#" : "") + zero + w + conv;
                    out.append(format(in, value, spec));
                    break;
                }
                case 'c':
                    out.append(value instanceof String s ? s : String.valueOf((char) Access.toIndex(value)));
                    break;
                default:
                    throw PyException.valueError("unsupported format character '" + conv + "' (0x"
                            + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
        }
        if (mapping == null && vi < values.length) {
            throw PyException.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    static PySet setOp(Ast.BinOpKind op, PySet x, PySet y) {
        PySet r = new PySet();
        switch (op) {
            case BITOR -> {
                r.items.addAll(x.items);
                r.items.addAll(y.items);
            }
            case BITAND -> {
                for (PyKey k : x.items) if (y.items.contains(k)) r.items.add(k);
            }
            case SUB -> {
                for (PyKey k : x.items) if (!y.items.contains(k)) r.items.add(k);
            }
            default -> {
                for (PyKey k : x.items) if (!y.items.contains(k)) r.items.add(k);
                for (PyKey k : y.items) if (!x.items.contains(k)) r.items.add(k);
            }
        }
        return r;
    }
}
