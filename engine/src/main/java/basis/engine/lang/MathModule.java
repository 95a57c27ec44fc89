package basis.engine.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Python's math module (the functions in LANGUAGE.md and a few more students reach for). */
final class MathModule {
    private MathModule() {}

    interface D2D {
        double f(double x);
    }

    static double real(Object o) {
        if (o instanceof Double d) return d;
        if (Arith.isNumber(o)) return Arith.toDouble(o);
        if (o instanceof NpScalar s && s.dtype() != basis.engine.nd.DType.COMPLEX128) return s.d();
        if (o instanceof basis.engine.nd.NDArray a && a.size() == 1 && a.ndim() == 0) return real(NpBridge.item(a));
        if (o instanceof basis.engine.nd.NDArray) {
            throw PyException.typeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        throw PyException.typeError("must be real number, not " + Ops.typeName(o));
    }

    private static PyException domain() {
        return PyException.valueError("math domain error");
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.attrs.put("pi", Math.PI);
        m.attrs.put("e", Math.E);
        m.attrs.put("tau", 2 * Math.PI);
        m.attrs.put("inf", Double.POSITIVE_INFINITY);
        m.attrs.put("nan", Double.NaN);
        fn(m, "sqrt", x -> {
            if (x < 0) throw domain();
            return Math.sqrt(x);
        });
        fn(m, "exp", x -> {
            double r = basis.engine.nd.MathUtil.libmExp(x); // CPython calls the C library's exp
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw PyException.overflow("math range error");
            return r;
        });
        fn(m, "sin", x -> {
            if (Double.isInfinite(x)) throw domain();
            return basis.engine.nd.MathUtil.libmSin(x);
        });
        fn(m, "cos", x -> {
            if (Double.isInfinite(x)) throw domain();
            return basis.engine.nd.MathUtil.libmCos(x);
        });
        fn(m, "tan", x -> {
            if (Double.isInfinite(x)) throw domain();
            return basis.engine.nd.MathUtil.libmTan(x);
        });
        fn(m, "asin", x -> {
            if (x < -1 || x > 1) throw domain();
            return basis.engine.nd.ExactMath.asin(x);
        });
        fn(m, "acos", x -> {
            if (x < -1 || x > 1) throw domain();
            return basis.engine.nd.ExactMath.acos(x);
        });
        fn(m, "atan", basis.engine.nd.ExactMath::atan);
        fn(m, "fabs", Math::abs);
        fn(m, "degrees", x -> x * (180.0 / Math.PI));
        fn(m, "radians", x -> x * (Math.PI / 180.0));
        def(m, "log2", (in, a, k) -> {
            noKeywords("log2", k);
            if (a.length != 1) throw PyException.typeError("math.log2() takes exactly one argument (" + a.length + " given)");
            return logArg(a[0], basis.engine.nd.MathUtil::libmLog2);
        });
        def(m, "log10", (in, a, k) -> {
            noKeywords("log10", k);
            if (a.length != 1) throw PyException.typeError("math.log10() takes exactly one argument (" + a.length + " given)");
            return logArg(a[0], basis.engine.nd.MathUtil::libmLog10);
        });
        def(m, "log", (in, a, k) -> {
            if (a.length < 1 || a.length > 2) throw PyException.typeError("log expected 1 or 2 arguments, got " + a.length);
            double x = logArg(a[0], basis.engine.nd.MathUtil::libmLog);
            if (a.length == 1) return x;
            double b = logArg(a[1], basis.engine.nd.MathUtil::libmLog);
            if (b == 0) throw PyException.zeroDivision("float division by zero");
            return x / b;
        });
        def(m, "atan2", (in, a, k) -> {
            Builtins.exact("atan2", a, 2);
            return basis.engine.nd.ExactMath.atan2(real(a[0]), real(a[1]));
        });
        def(m, "hypot", (in, a, k) -> {
            noKeywords("hypot", k);
            double[] coords = new double[a.length];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                double x = Math.abs(real(a[i]));
                coords[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return basis.engine.nd.MathUtil.vectorNorm(coords, coords.length, max, nan);
        });
        def(m, "dist", (in, a, k) -> {
            noKeywords("dist", k);
            if (a.length != 2) throw PyException.typeError("dist expected 2 arguments, got " + a.length);
            List<Object> p = Access.toList(in, a[0]), q = Access.toList(in, a[1]);
            if (p.size() != q.size()) throw PyException.valueError("both points must have the same number of dimensions");
            double[] diffs = new double[p.size()];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < diffs.length; i++) {
                double px = real(p.get(i)), qx = real(q.get(i));
                double x = Math.abs(px - qx);
                diffs[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) max = x;
            }
            return basis.engine.nd.MathUtil.vectorNorm(diffs, diffs.length, max, nan);
        });
        def(m, "fmod", (in, a, k) -> {
            noKeywords("fmod", k);
            if (a.length != 2) throw PyException.typeError("fmod expected 2 arguments, got " + a.length);
            double x = real(a[0]), y = real(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
            if (Double.isInfinite(x) || y == 0) throw domain(); // C's fmod: NaN and EDOM
            return basis.engine.nd.MathUtil.fmod(x, y);
        });
        def(m, "pow", (in, a, k) -> {
            Builtins.exact("pow", a, 2);
            double x = real(a[0]), y = real(a[1]);
            if (x == 0 && y < 0 && Double.isFinite(y)) throw domain();
            if (x < 0 && Double.isFinite(y) && y != Math.floor(y)) throw domain();
            double r = basis.engine.nd.MathUtil.libmPow(x, y); // CPython calls the C library's pow
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw PyException.overflow("math range error");
            }
            return r;
        });
        def(m, "copysign", (in, a, k) -> Math.copySign(real(a[0]), real(a[1])));
        def(m, "floor", (in, a, k) -> {
            Builtins.exact("floor", a, 1);
            if (Arith.isInt(a[0])) return a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0];
            return Builtins.doubleToInt(Math.floor(real(a[0])));
        });
        def(m, "ceil", (in, a, k) -> {
            Builtins.exact("ceil", a, 1);
            if (Arith.isInt(a[0])) return a[0] instanceof Boolean b ? (b ? 1L : 0L) : a[0];
            return Builtins.doubleToInt(Math.ceil(real(a[0])));
        });
        def(m, "trunc", (in, a, k) -> {
            if (Arith.isInt(a[0])) return a[0];
            double x = real(a[0]);
            return Builtins.doubleToInt(x < 0 ? Math.ceil(x) : Math.floor(x));
        });
        def(m, "isfinite", (in, a, k) -> {
            double x = real(a[0]);
            return !Double.isNaN(x) && !Double.isInfinite(x);
        });
        def(m, "isinf", (in, a, k) -> Double.isInfinite(real(a[0])));
        def(m, "isnan", (in, a, k) -> Double.isNaN(real(a[0])));
        def(m, "isclose", (in, a, k) -> {
            Builtins.exact("isclose", a, 2);
            double rel = 1e-9, abs = 0.0;
            if (k != null) {
                Object r = k.take("rel_tol");
                Object ab = k.take("abs_tol");
                k.rejectRest("isclose");
                if (r != null) rel = real(r);
                if (ab != null) abs = real(ab);
            }
            if (rel < 0 || abs < 0) throw PyException.valueError("tolerances must be non-negative");
            double x = real(a[0]), y = real(a[1]);
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        def(m, "fsum", (in, a, k) -> {
            BigDecimal s = BigDecimal.ZERO;
            boolean special = false;
            double plain = 0;
            for (Object o : Access.toList(in, a[0])) {
                double x = real(o);
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    special = true;
                    plain += x;
                } else s = s.add(new BigDecimal(x));
            }
            return special ? plain : basis.engine.nd.ExactMath.toDouble(s, false);
        });
        def(m, "prod", (in, a, k) -> {
            Object acc = k != null && k.map.containsKey("start") ? k.take("start") : 1L;
            for (Object o : Access.toList(in, a[0])) acc = Ops.binary(in, Ast.BinOpKind.MUL, acc, o);
            return acc;
        });
        def(m, "factorial", (in, a, k) -> {
            if (a[0] instanceof Double) throw PyException.typeError("'float' object cannot be interpreted as an integer");
            long n = Access.toIndex(a[0]);
            if (n < 0) throw PyException.valueError("factorial() not defined for negative values");
            if (n > 5000) throw PyException.memoryError("");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
            return Arith.norm(r);
        });
        def(m, "isqrt", (in, a, k) -> {
            if (a.length != 1) throw PyException.typeError("math.isqrt() takes exactly one argument (" + a.length + " given)");
            if (a[0] instanceof Double) throw PyException.typeError("'float' object cannot be interpreted as an integer");
            BigInteger n = Arith.big(Arith.isInt(a[0]) ? a[0] : Access.toIndex(a[0]));
            if (n.signum() < 0) throw PyException.valueError("isqrt() argument must be nonnegative");
            if (n.signum() == 0) return 0L;
            // Newton's method from above (BigInteger.sqrt is not in every class library we compile for)
            BigInteger x = BigInteger.ONE.shiftLeft(n.bitLength() / 2 + 1);
            while (true) {
                BigInteger y = x.add(n.divide(x)).shiftRight(1);
                if (y.compareTo(x) >= 0) return Arith.norm(x);
                x = y;
            }
        });
        def(m, "lcm", (in, a, k) -> {
            BigInteger r = BigInteger.ONE;
            for (Object o : a) {
                BigInteger v = Arith.big(Access.toIndex(o) == 0 ? 0L : o).abs();
                if (v.signum() == 0) return 0L;
                r = r.divide(r.gcd(v)).multiply(v);
            }
            return Arith.norm(r);
        });
        def(m, "modf", (in, a, k) -> {
            double x = real(a[0]);
            if (Double.isInfinite(x)) return PyTuple.of(Math.copySign(0.0, x), x);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(Math.copySign(x - ip, x), ip);
        });
        def(m, "gcd", (in, a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) g = g.gcd(Arith.big(Access.toIndex(o) == 0 ? 0L : o));
            return Arith.norm(g);
        });
        def(m, "comb", (in, a, k) -> {
            long n = Access.toIndex(a[0]), r = Access.toIndex(a[1]);
            if (n < 0 || r < 0) throw PyException.valueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            if (r > n) return 0L;
            BigInteger c = BigInteger.ONE;
            for (long i = 1; i <= Math.min(r, n - r); i++) {
                c = c.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
            }
            return Arith.norm(c);
        });
        def(m, "perm", (in, a, k) -> {
            long n = Access.toIndex(a[0]), r = a.length > 1 ? Access.toIndex(a[1]) : n;
            if (r > n) return 0L;
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r; i++) c = c.multiply(BigInteger.valueOf(n - i));
            return Arith.norm(c);
        });
        return m;
    }

    /**
     * CPython's loghelper: an int goes to a double (rounded once) when it fits, else to frexp's m 2^e
     * with m rounded to 53 bits in [0.5, 1), and then f(m) + f(2.0) e; f is the C library's log, log10 or log2.
     */
    private static double logArg(Object o, D2D f) {
        if (o instanceof BigInteger b) {
            if (b.signum() <= 0) throw domain();
            java.math.BigDecimal exact = new java.math.BigDecimal(b);
            if (b.bitLength() <= 1024) {
                double d = basis.engine.nd.ExactMath.toDouble(exact, false);
                if (!Double.isInfinite(d)) return f.f(d);
            }
            long e = b.bitLength();
            BigInteger top = b.shiftRight((int) e - 64); // 64 bits and a sticky bit: rounds as the whole would
            if (b.getLowestSetBit() < e - 64) top = top.or(BigInteger.ONE);
            double m = basis.engine.nd.ExactMath.toDouble(new java.math.BigDecimal(top), false) * 0x1p-64;
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.f(m) + f.f(2.0) * (double) e;
        }
        double x = real(o);
        if (x <= 0) throw domain();
        return f.f(x);
    }

    private static void noKeywords(String name, Kwargs k) {
        if (k != null && !k.isEmpty()) throw PyException.typeError("math." + name + "() takes no keyword arguments");
    }

    private static void fn(PyModule m, String name, D2D f) {
        m.attrs.put(name, new PyBuiltin(name, (in, a, k) -> {
            noKeywords(name, k);
            if (a.length != 1) throw PyException.typeError("math." + name + "() takes exactly one argument (" + a.length
                    + " given)");
            double x = real(a[0]);
            return f.f(x);
        }));
    }

    private static void def(PyModule m, String name, PyBuiltin.Body body) {
        m.attrs.put(name, new PyBuiltin(name, body));
    }
}
