package basis.engine.lang;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import basis.engine.random.MT19937;
import basis.engine.random.PCG64;
import java.math.BigInteger;

/**
 * numpy.random: the legacy global RandomState (MT19937, seeded like NumPy so a seed gives NumPy's
 * very numbers) and default_rng (a PCG64 Generator).
 */
final class NpRandomModule {
    private NpRandomModule() {}

    /** A numpy scalar-or-array sampler: size null gives one Python value. */
    private interface Draw {
        double next();
    }

    static MT19937 state(Interp in) {
        if (in.numpyRandomState == null) in.numpyRandomState = new MT19937(0);
        return (MT19937) in.numpyRandomState;
    }

    private static Object sample(Interp in, Object size, Draw d) {
        if (Args.isNone(size)) return d.next();
        int[] shape = Args.shape(size);
        NDArray out = NDArray.empty(DType.FLOAT64, shape);
        in.steps(out.size() / 16);
        for (int i = 0; i < out.size(); i++) out.setDoubleAt(i, d.next());
        return out;
    }

    private static int[] varShape(Object[] a) {
        int[] shape = new int[a.length];
        for (int i = 0; i < a.length; i++) shape[i] = Args.shape(a[i])[0];
        return shape;
    }

    private static long seedValue(Object o) {
        if (o instanceof Double) throw PyException.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') "
                + "according to the rule 'safe'");
        long s;
        try {
            s = Access.toIndex(o);
        } catch (PyException e) {
            throw PyException.valueError("Seed must be between 0 and 2**32 - 1");
        }
        if (s < 0 || s > 0xFFFFFFFFL) throw PyException.valueError("Seed must be between 0 and 2**32 - 1");
        return s;
    }

    private static PyException valueError(IllegalArgumentException e) {
        return PyException.valueError(e.getMessage());
    }

    /** A sampler with two parameters (loc and scale, low and high), each possibly an array. */
    private interface Draw2 {
        double next(double x, double y);
    }

    private static boolean isArrayParam(Object o) {
        return o instanceof NDArray || o instanceof PyList || o instanceof PyTuple;
    }

    /**
     * NumPy's two-parameter sampling: scalar parameters as {@link #sample}; array parameters are
     * broadcast (to {@code size} when given) and drawn in C order, one draw per element.
     */
    private static Object sample2(Interp in, Object size, Object px, double dx, Object py, double dy, boolean checkScale,
                                  Draw2 d) {
        if (!isArrayParam(px) && !isArrayParam(py)) {
            double x = Args.isNone(px) ? dx : MathModule.real(px), y = Args.isNone(py) ? dy : MathModule.real(py);
            if (checkScale && negative(y)) throw PyException.valueError("scale < 0");
            return sample(in, size, () -> d.next(x, y));
        }
        NDArray x = Args.isNone(px) ? NDArray.scalar(dx) : NpBridge.toArray(in, px, DType.FLOAT64);
        NDArray y = Args.isNone(py) ? NDArray.scalar(dy) : NpBridge.toArray(in, py, DType.FLOAT64);
        int[] shape = Args.isNone(size) ? basis.engine.nd.Ops.broadcastShapes(x.shape(), y.shape()) : Args.shape(size);
        if (checkScale) {
            // before broadcasting, whose + 0.0 would clear the sign of a -0.0
            for (int i = 0; i < y.size(); i++) if (negative(y.doubleAt(i))) throw PyException.valueError("scale < 0");
        }
        NDArray zero = basis.engine.nd.Creation.zeros(DType.FLOAT64, shape);
        x = basis.engine.nd.Ops.add(x.astype(DType.FLOAT64), zero);
        y = basis.engine.nd.Ops.add(y.astype(DType.FLOAT64), zero);
        NDArray out = NDArray.empty(DType.FLOAT64, shape);
        in.steps(out.size() / 16);
        for (int i = 0; i < out.size(); i++) out.setDoubleAt(i, d.next(x.doubleAt(i), y.doubleAt(i)));
        return out;
    }

    /** NumPy's CONS_NON_NEGATIVE refusal: the sign bit set on a non-NaN (so -0.0 too). */
    private static boolean negative(double v) {
        return !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0;
    }

    /** A dtype argument of a sampler: only NumPy's default (float64 or int64 here) is supported. */
    private static void onlyDtype(Object o, DType allowed, String fn) {
        if (Args.isNone(o)) return;
        DType d;
        try {
            d = NpMethods.dtypeOf(o);
        } catch (PyException e) {
            d = null;
        }
        if (d != allowed) {
            throw PyException.notImplemented(fn + "(dtype=" + Ops.reprNoInterp(o) + ") is not supported in Basis (dtype="
                    + allowed.numpyName() + " is)");
        }
    }

    /** Kahan summation of p, as NumPy's legacy choice checks that p sums to 1. */
    private static double kahanSum(double[] v) {
        if (v.length == 0) return 0.0;
        double sum = v[0], c = 0;
        for (int i = 1; i < v.length; i++) {
            double y = v[i] - c, t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** cdf = cumsum(p) / cdf[-1], searched with side='right' for u: NumPy's weighted draw. */
    private static long weightedIndex(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double[] cdf(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) c[i] = s = s + p[i];
        double last = c[c.length - 1];
        for (int i = 0; i < c.length; i++) c[i] = c[i] / last;
        return c;
    }

    /** choice with p (legacy RandomState's and Generator's alike): the same draws and checks as NumPy's. */
    private static long[] weightedChoice(Draw r, double[] p, int size, boolean replace) {
        long[] idx = new long[size];
        if (replace) {
            double[] c = cdf(p);
            for (int i = 0; i < size; i++) idx[i] = weightedIndex(c, r.next());
            return idx;
        }
        int nonzero = 0;
        for (double v : p) if (v > 0) nonzero++;
        if (nonzero < size) throw PyException.valueError("Fewer non-zero entries in p than size");
        double[] q = p.clone();
        int found = 0;
        while (found < size) {
            double[] x = new double[size - found];
            for (int i = 0; i < x.length; i++) x[i] = r.next();
            for (int i = 0; i < found; i++) q[(int) idx[i]] = 0;
            double[] c = cdf(q);
            java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
            for (double u : x) fresh.add(weightedIndex(c, u));
            for (long v : fresh) idx[found++] = v;
        }
        return idx;
    }

    static void fill(Interp in, PyModule m) {
        def(m, "seed", (it, a, k) -> {
            Object[] p = Args.bind("seed", a, k, "seed=");
            it.numpyRandomState = new MT19937(Args.isNone(p[0]) ? 0 : seedValue(p[0]));
            return PyNone.NONE;
        });
        def(m, "rand", (it, a, k) -> {
            MT19937 r = state(it);
            return a.length == 0 ? r.randomDouble() : sample(it, new PyTuple(a), r::randomDouble);
        });
        def(m, "randn", (it, a, k) -> {
            MT19937 r = state(it);
            return a.length == 0 ? r.legacyGauss() : sample(it, new PyTuple(a), r::legacyGauss);
        });
        for (String name : new String[] {"random", "random_sample", "sample", "ranf"}) {
            def(m, name, (it, a, k) -> {
                Object[] p = Args.bind(name, a, k, "size=");
                MT19937 r = state(it);
                return sample(it, p[0], r::randomDouble);
            });
        }
        def(m, "standard_normal", (it, a, k) -> {
            Object[] p = Args.bind("standard_normal", a, k, "size=");
            MT19937 r = state(it);
            return sample(it, p[0], r::legacyGauss);
        });
        def(m, "normal", (it, a, k) -> {
            Object[] p = Args.bind("normal", a, k, "loc=", "scale=", "size=");
            MT19937 r = state(it);
            return sample2(it, p[2], p[0], 0, p[1], 1, true, r::normal);
        });
        def(m, "uniform", (it, a, k) -> {
            Object[] p = Args.bind("uniform", a, k, "low=", "high=", "size=");
            MT19937 r = state(it);
            return sample2(it, p[2], p[0], 0, p[1], 1, false, r::uniform);
        });
        def(m, "randint", (it, a, k) -> {
            Object[] p = Args.bind("randint", a, k, "low", "high=", "size=", "dtype=");
            long lo = Access.toIndex(p[0]), hi;
            if (Args.isNone(p[1])) {
                hi = lo;
                lo = 0;
            } else hi = Access.toIndex(p[1]);
            if (lo >= hi) throw PyException.valueError("low >= high");
            MT19937 r = state(it);
            final long low = lo, high = hi;
            if (Args.isNone(p[2])) return r.randint(low, high);
            int[] shape = Args.shape(p[2]);
            NDArray out = NDArray.empty(DType.INT64, shape);
            for (int i = 0; i < out.size(); i++) out.setLongAt(i, r.randint(low, high));
            return out;
        });
        def(m, "permutation", (it, a, k) -> {
            Object[] p = Args.bind("permutation", a, k, "x");
            MT19937 r = state(it);
            if (p[0] instanceof Long || p[0] instanceof Boolean) {
                long n = Access.toIndex(p[0]);
                return NDArray.ofLongs(r.permutation((int) n), (int) n);
            }
            NDArray x = NpBridge.toArray(it, p[0], null);
            shuffleArray(it, r, x);
            return x;
        });
        def(m, "shuffle", (it, a, k) -> {
            Object[] p = Args.bind("shuffle", a, k, "x");
            MT19937 r = state(it);
            if (p[0] instanceof PyList l) {
                r.shuffle(l.size(), (i, j) -> {
                    Object t = l.items.get(i);
                    l.items.set(i, l.items.get(j));
                    l.items.set(j, t);
                });
            } else if (p[0] instanceof NDArray x) {
                shuffleArray(it, r, x);
            } else {
                throw PyException.typeError("shuffle needs a list or an array, not " + Ops.typeName(p[0]));
            }
            return PyNone.NONE;
        });
        def(m, "choice", (it, a, k) -> {
            Object[] p = Args.bind("choice", a, k, "a", "size=", "replace=", "p=");
            MT19937 r = state(it);
            boolean replace = p[2] == null || Ops.truthy(it, p[2]);
            NDArray pool = p[0] instanceof Long || p[0] instanceof Boolean || p[0] instanceof NpScalar
                    ? null : NpBridge.toArray(it, p[0], null);
            if (pool != null && pool.ndim() == 0) pool = null;
            if (pool != null && pool.ndim() != 1) throw PyException.valueError("a must be 1-dimensional");
            int n = pool == null ? (int) Access.toIndex(p[0]) : pool.size();
            int[] shape = Args.isNone(p[1]) ? null : Args.shape(p[1]);
            int size = 1;
            if (shape != null) for (int d : shape) size *= d;
            if (n <= 0 && size != 0) {
                throw PyException.valueError(pool == null ? "a must be greater than 0 unless no samples are taken"
                        : "'a' cannot be empty unless no samples are taken");
            }
            long[] idx;
            if (!Args.isNone(p[3])) {
                NDArray pa = NpBridge.toArray(it, p[3], DType.FLOAT64);
                if (pa.ndim() != 1) throw PyException.valueError("'p' must be 1-dimensional");
                if (pa.size() != n) throw PyException.valueError("'a' and 'p' must have same size");
                double[] pv = new double[n];
                boolean negative = false;
                for (int i = 0; i < n; i++) {
                    pv[i] = pa.doubleAt(i);
                    if (pv[i] < 0) negative = true;
                }
                double sum = kahanSum(pv);
                if (Double.isNaN(sum)) throw PyException.valueError("probabilities contain NaN");
                if (negative) throw PyException.valueError("probabilities are not non-negative");
                if (Math.abs(sum - 1.0) > 1.4901161193847656e-08) throw PyException.valueError("probabilities do not sum to 1");
                if (!replace && size > n) {
                    throw PyException.valueError("Cannot take a larger sample than population when 'replace=False'");
                }
                it.steps(size / 16);
                idx = weightedChoice(r::randomDouble, pv, size, replace);
            } else if (size == 0) {
                idx = new long[0];
            } else {
                try {
                    idx = r.choice(n, size, replace);
                } catch (IllegalArgumentException e) {
                    throw valueError(e);
                }
            }
            if (shape == null) {
                if (pool == null) return idx[0];
                return NpBridge.toScalar(pool.elementAt((int) idx[0]));
            }
            if (pool == null) return NDArray.ofLongs(idx, idx.length).reshape(shape);
            NDArray out = NDArray.empty(pool.dtype(), idx.length);
            for (int i = 0; i < idx.length; i++) {
                NpIndex.assign(it, out.slice(0, i, i + 1, 1), pool.slice(0, (int) idx[i], (int) idx[i] + 1, 1));
            }
            return out.reshape(shape);
        });
        def(m, "default_rng", (it, a, k) -> {
            Object[] p = Args.bind("default_rng", a, k, "seed=");
            PCG64 g;
            if (Args.isNone(p[0])) g = PCG64.fromSeed(0L);
            else if (p[0] instanceof BigInteger b) g = PCG64.fromSeed(b);
            else {
                long s = Access.toIndex(p[0]);
                if (s < 0) throw PyException.valueError("expected non-negative integer");
                g = PCG64.fromSeed(s);
            }
            return generator(g);
        });
    }

    /** Shuffles along the first axis, as NumPy does (rows swapped for 2-D arrays). */
    private static void shuffleArray(Interp in, MT19937 r, NDArray x) {
        if (x.ndim() == 0) throw PyException.typeError("object of type 'numpy.int64' has no len()");
        r.shuffle(x.shape()[0], (i, j) -> {
            NDArray ri = x.get(i), rj = x.get(j);
            NDArray tmp = ri.copy();
            NpIndex.assign(in, ri, rj);
            NpIndex.assign(in, rj, tmp);
        });
    }

    private static void def(PyModule m, String name, PyBuiltin.Body body) {
        m.attrs.put(name, new PyBuiltin(name, body));
    }

    // ------------------------------------------------------------------ Generator
    static final PyClass GENERATOR = new PyClass("Generator", new PyClass[] {Types.OBJECT}, true, null, null,
            "numpy.random._generator");

    private static PCG64 pcg(Object self) {
        return (PCG64) ((PyInstance) self).attrs.get("bit_generator_state");
    }

    static {
        method("random", (in, a, k) -> {
            Object[] p = Args.bind("random", rest(a), k, "size=", "dtype=", "out=");
            onlyDtype(p[1], DType.FLOAT64, "Generator.random");
            if (!Args.isNone(p[2])) throw PyException.notImplemented("Generator.random(out=...) is not supported in Basis");
            PCG64 g = pcg(a[0]);
            return sample(in, p[0], g::random);
        });
        method("standard_normal", (in, a, k) -> {
            Object[] p = Args.bind("standard_normal", rest(a), k, "size=");
            PCG64 g = pcg(a[0]);
            return sample(in, p[0], g::standardNormal);
        });
        method("normal", (in, a, k) -> {
            Object[] p = Args.bind("normal", rest(a), k, "loc=", "scale=", "size=");
            PCG64 g = pcg(a[0]);
            return sample2(in, p[2], p[0], 0, p[1], 1, true, g::normal);
        });
        method("uniform", (in, a, k) -> {
            Object[] p = Args.bind("uniform", rest(a), k, "low=", "high=", "size=");
            PCG64 g = pcg(a[0]);
            return sample2(in, p[2], p[0], 0, p[1], 1, false, g::uniform);
        });
        method("integers", (in, a, k) -> {
            Object[] p = Args.bind("integers", rest(a), k, "low", "high=", "size=", "dtype=", "endpoint=");
            PCG64 g = pcg(a[0]);
            onlyDtype(p[3], DType.INT64, "Generator.integers");
            long lo = Access.toIndex(p[0]), hi;
            if (Args.isNone(p[1])) {
                hi = lo;
                lo = 0;
            } else hi = Access.toIndex(p[1]);
            if (Args.flag(in, p[4])) hi += 1;
            if (lo >= hi) throw PyException.valueError("low >= high");
            final long low = lo, high = hi;
            if (Args.isNone(p[2])) return NpScalar.ofLong(g.integers(low, high));
            NDArray out = NDArray.empty(DType.INT64, Args.shape(p[2]));
            for (int i = 0; i < out.size(); i++) out.setLongAt(i, g.integers(low, high));
            return out;
        });
        method("standard_exponential", (in, a, k) -> {
            Object[] p = Args.bind("standard_exponential", rest(a), k, "size=", "dtype=", "method=", "out=");
            onlyDtype(p[1], DType.FLOAT64, "Generator.standard_exponential");
            if (!Args.isNone(p[3])) {
                throw PyException.notImplemented("Generator.standard_exponential(out=...) is not supported in Basis");
            }
            PCG64 g = pcg(a[0]);
            // Any method but 'zig' is NumPy's inverse cdf, -log1p(-u) (glibc's log1p, MathUtil.libmLog1p).
            if (p[2] != null && !"zig".equals(p[2])) {
                return sample(in, p[0], g::standardExponentialInv);
            }
            return sample(in, p[0], g::standardExponential);
        });
        method("exponential", (in, a, k) -> {
            Object[] p = Args.bind("exponential", rest(a), k, "scale=", "size=");
            PCG64 g = pcg(a[0]);
            return sample2(in, p[1], PyNone.NONE, 0, p[0], 1, true, (unused, scale) -> g.exponential(scale));
        });
        method("choice", (in, a, k) -> {
            Object[] p = Args.bind("choice", rest(a), k, "a", "size=", "replace=", "p=", "axis=", "shuffle=");
            return choice(in, pcg(a[0]), p);
        });
        method("permutation", (in, a, k) -> {
            Object[] p = Args.bind("permutation", rest(a), k, "x", "axis=");
            PCG64 g = pcg(a[0]);
            Object x = p[0];
            if (isIntegerScalar(x) && !(x instanceof NpScalar s && s.dtype() == DType.BOOL)) {
                // np.arange(x) (empty when x <= 0) shuffled
                int n = (int) Math.max(0, Access.toIndex(x));
                in.steps(n / 16);
                return NDArray.ofLongs(shuffledArange(g, n), n);
            }
            NDArray arr = NpBridge.toArray(in, x, null);
            int axis = NDArray.normalizeAxis(Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1]), arr.ndim());
            if (arr.ndim() == 1) {
                arr = arr.copy();
                shuffleAlong(in, g, arr, 0);
                return arr;
            }
            // the rows (along axis) taken in the order of a shuffled arange
            int n = arr.shape(axis);
            return takeAlong(in, arr, axis, NDArray.ofLongs(shuffledArange(g, n), n));
        });
        method("shuffle", (in, a, k) -> {
            Object[] p = Args.bind("shuffle", rest(a), k, "x", "axis=");
            PCG64 g = pcg(a[0]);
            Object x = p[0];
            long n = Access.len(in, x);
            if (x instanceof NDArray arr) {
                int axis = NDArray.normalizeAxis(Args.isNone(p[1]) ? 0 : (int) Access.toIndex(p[1]), arr.ndim());
                if (arr.size() > 0) shuffleAlong(in, g, arr, axis);
                return PyNone.NONE;
            }
            if (p[1] != null && !(p[1] instanceof Long l && l == 0) && !(p[1] instanceof Boolean b && !b)) {
                throw PyException.notImplemented("Axis argument is only supported on ndarray objects");
            }
            if (x instanceof PyList l) {
                in.steps(l.size() / 16);
                g.shuffle(l.size(), (i, j) -> {
                    Object t = l.items.get(i);
                    l.items.set(i, l.items.get(j));
                    l.items.set(j, t);
                });
            } else if (n >= 2) {
                // NumPy draws the first partner, then the swap x[i], x[j] = x[j], x[i] fails
                g.interval(n - 1);
                throw PyException.typeError("'" + Ops.typeName(x) + "' object does not support item assignment");
            }
            return PyNone.NONE;
        });
        method("permuted", (in, a, k) -> {
            Object[] r = rest(a);
            if (r.length > 1) {
                throw PyException.typeError("permuted() takes exactly 1 positional argument (" + r.length + " given)");
            }
            Object[] p = Args.bind("permuted", r, k, "x", "axis=", "out=");
            // np.asarray: an array itself, for its memory layout
            NDArray x = p[0] instanceof NDArray nd ? nd : NpBridge.toArray(in, p[0], null);
            return permuted(in, pcg(a[0]), x, p[1], p[2]);
        });
    }

    private static boolean isIntegerScalar(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || o instanceof NpScalar s && (s.dtype() == DType.INT64 || s.dtype() == DType.BOOL);
    }

    /** {@code a.take(idx, axis)}: the entries of {@code a} along {@code axis} at {@code idx}, a new array. */
    /** 0, 1, ..., n-1 in the order NumPy's Generator shuffles np.arange(n). */
    private static long[] shuffledArange(PCG64 g, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = i;
        g.shuffle(n, (i, j) -> {
            long t = v[i];
            v[i] = v[j];
            v[j] = t;
        });
        return v;
    }

    private static NDArray takeAlong(Interp in, NDArray a, int axis, NDArray idx) {
        Object[] items = new Object[axis + 1];
        for (int i = 0; i < axis; i++) items[i] = new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        items[axis] = idx;
        return (NDArray) NpIndex.get(in, a, new PyTuple(items));
    }

    /**
     * Generator.shuffle of a non-empty array along {@code axis}: for i = n-1 down to 1 the entries
     * (rows for n-D) at i and {@code random_interval(i)} swap.
     */
    private static void shuffleAlong(Interp in, PCG64 g, NDArray x, int axis) {
        NDArray v = axis == 0 ? x : x.swapAxes(0, axis);
        int n = v.shape(0);
        in.steps(v.size() / 16);
        if (v.ndim() == 1 && v.dtype() == DType.FLOAT64) {
            g.shuffle(n, (i, j) -> {
                double t = v.doubleAt(i);
                v.setDoubleAt(i, v.doubleAt(j));
                v.setDoubleAt(j, t);
            });
        } else if (v.ndim() == 1 && v.dtype() == DType.INT64) {
            g.shuffle(n, (i, j) -> {
                long t = v.longAt(i);
                v.setLongAt(i, v.longAt(j));
                v.setLongAt(j, t);
            });
        } else if (v.ndim() == 1 && v.dtype() == DType.BOOL) {
            g.shuffle(n, (i, j) -> {
                boolean t = v.boolAt(i);
                v.setBoolAt(i, v.boolAt(j));
                v.setBoolAt(j, t);
            });
        } else {
            g.shuffle(n, (i, j) -> {
                if (i == j) return;
                NDArray ri = v.get(i), rj = v.get(j);
                NDArray tmp = ri.copy();
                ri.assign(rj);
                rj.assign(tmp);
            });
        }
    }

    private static int castRank(DType d) {
        return switch (d) {
            case BOOL -> 0;
            case INT64 -> 1;
            case FLOAT64 -> 2;
            default -> 3;
        };
    }

    /**
     * NumPy's copy(order='K') of an n-D array is Fortran-ordered when the strides of its non-unit
     * axes grow from first to last (x.T of a C array, say).
     */
    private static boolean fortranLike(NDArray x) {
        int[] sh = x.shape(), st = x.strides();
        int prev = -1, count = 0;
        for (int i = 0; i < sh.length; i++) {
            if (sh[i] <= 1) continue;
            int s = Math.abs(st[i]);
            if (count > 0 && s <= prev) return false;
            prev = s;
            count++;
        }
        return count >= 2;
    }

    /** Generator.permuted: a shuffled copy (or out), the flat array (axis None) or each lane along axis. */
    private static NDArray permuted(Interp in, PCG64 g, NDArray x, Object axisArg, Object outArg) {
        NDArray out;
        boolean fortran;
        if (Args.isNone(outArg)) {
            out = x.copy();
            fortran = fortranLike(x);
        } else {
            if (!(outArg instanceof NDArray o)) throw PyException.typeError("out must be a numpy array");
            if (!java.util.Arrays.equals(o.shape(), x.shape())) {
                throw PyException.valueError("out must have the same shape as x");
            }
            if (castRank(x.dtype()) > castRank(o.dtype())) {
                throw PyException.typeError("Cannot cast array data from dtype('" + x.dtype().numpyName() + "') to dtype('"
                        + o.dtype().numpyName() + "') according to the rule 'safe'");
            }
            o.assign(x);
            out = o;
            fortran = !o.isCContiguous() && o.ndim() > 1 && o.transpose().isCContiguous();
        }
        if (Args.isNone(axisArg)) {
            if (out.ndim() == 0) throw PyException.typeError("len() of unsized object");
            if (out.size() == 0) return out;
            // NumPy shuffles the memory of a Fortran-ordered result in that order, else C order
            NDArray lanes = fortran ? out.transpose() : out;
            NDArray flat = lanes.copy().reshape(out.size());
            shuffleAlong(in, g, flat, 0);
            lanes.assign(flat.reshape(lanes.shape()));
            return out;
        }
        int axis = NDArray.normalizeAxis((int) Access.toIndex(axisArg), out.ndim());
        int len = out.shape(axis);
        if (out.size() == 0) return out;
        // the lanes along axis, in C order of the other axes, each a full Fisher-Yates
        int[] perm = new int[out.ndim()];
        for (int i = 0, j = 0; i < perm.length; i++) if (i != axis) perm[j++] = i;
        perm[perm.length - 1] = axis;
        NDArray t = out.transpose(perm);
        NDArray rows = t.copy().reshape(out.size() / len, len);
        for (int r = 0; r < rows.shape(0); r++) shuffleAlong(in, g, rows.get(r), 0);
        t.assign(rows.reshape(t.shape()));
        return out;
    }

    /** Generator.choice, NumPy's checks in its order, then its draws. */
    private static Object choice(Interp in, PCG64 g, Object[] p) {
        Object a0 = p[0];
        NDArray pool = null;
        long pop;
        boolean isScalar = Args.isNone(p[1]);
        int[] shape = isScalar ? new int[0] : Args.shape(p[1]);
        long nsamp = 1;
        for (int d : shape) nsamp *= d;
        boolean noSamples = !isScalar && nsamp == 0;
        if (isIntegerScalar(a0)) {
            pop = Access.toIndex(a0);
        } else {
            if (!(a0 instanceof PyList || a0 instanceof PyTuple || a0 instanceof NDArray)) {
                throw PyException.valueError("a must be a sequence or an integer, not <class '" + Ops.typeName(a0) + "'>");
            }
            pool = a0 instanceof NDArray nd ? nd : NpBridge.toArray(in, a0, null);
            if (pool.ndim() == 0) {
                if (pool.dtype() != DType.INT64 && pool.dtype() != DType.BOOL) {
                    throw PyException.valueError("a must be a sequence or an integer, not <class '" + Ops.typeName(a0) + "'>");
                }
                pop = pool.longAt(0);
                pool = null;
            } else {
                pop = -1;
            }
        }
        int axis = 0;
        if (pool == null) {
            if (pop <= 0 && !noSamples) {
                throw PyException.valueError("a must be a positive integer unless no samples are taken");
            }
        } else {
            long ax = Args.isNone(p[4]) ? 0 : Access.toIndex(p[4]);
            if (ax < -pool.ndim() || ax >= pool.ndim()) throw PyException.indexError("tuple index out of range");
            axis = (int) (ax < 0 ? ax + pool.ndim() : ax);
            pop = pool.shape(axis);
            if (pop == 0 && !noSamples) throw PyException.valueError("a cannot be empty unless no samples are taken");
        }
        double[] pv = null;
        if (!Args.isNone(p[3])) {
            Access.len(in, p[3]);
            NDArray pa = NpBridge.toArray(in, p[3], DType.FLOAT64);
            if (pa.ndim() != 1) throw PyException.valueError("p must be 1-dimensional");
            if (pa.size() != pop) throw PyException.valueError("a and p must have same size");
            pv = new double[pa.size()];
            boolean negative = false;
            for (int i = 0; i < pv.length; i++) {
                pv[i] = pa.doubleAt(i);
                if (pv[i] < 0) negative = true;
            }
            double sum = kahanSum(pv);
            if (Double.isNaN(sum)) throw PyException.valueError("Probabilities contain NaN");
            if (negative) throw PyException.valueError("Probabilities are not non-negative");
            if (Math.abs(sum - 1.0) > 1.4901161193847656e-08) {
                throw PyException.valueError("Probabilities do not sum to 1. See Notes section of docstring for more "
                        + "information.");
            }
        }
        boolean replace = p[2] == null || Ops.truthy(in, p[2]);
        int size = (int) nsamp;
        in.steps(size / 16);
        long[] idx;
        if (replace) {
            idx = new long[size];
            if (pv != null) {
                double[] c = cdf(pv);
                for (int i = 0; i < size; i++) idx[i] = weightedIndex(c, g.random());
            } else {
                for (int i = 0; i < size; i++) idx[i] = g.bounded(pop - 1);
            }
        } else {
            if (size > pop) {
                throw PyException.valueError("Cannot take a larger sample than population when replace is False");
            }
            if (pv != null) {
                idx = weightedChoice(g::random, pv, size, false);
            } else {
                idx = g.sampleWithoutReplacement(pop, size, p[5] == null || Ops.truthy(in, p[5]));
            }
        }
        if (pool == null) {
            if (isScalar) return idx[0];
            return NDArray.ofLongs(idx, size).reshape(shape);
        }
        if (isScalar) {
            Object[] items = new Object[axis + 1];
            for (int i = 0; i < axis; i++) items[i] = new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            items[axis] = idx[0];
            Object r = NpIndex.get(in, pool, items.length == 1 ? idx[0] : new PyTuple(items));
            return r instanceof NDArray v ? v.copy() : r;
        }
        if (shape.length == 0 && pool.ndim() == 1) return pool.elementAt((int) idx[0]);
        return takeAlong(in, pool, axis, NDArray.ofLongs(idx, size).reshape(shape));
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static void method(String name, PyBuiltin.Body body) {
        GENERATOR.dict.put(name, new PyBuiltin(name, body));
    }

    private static PyInstance generator(PCG64 g) {
        PyInstance i = new PyInstance(GENERATOR);
        i.attrs.put("bit_generator_state", g);
        return i;
    }
}
