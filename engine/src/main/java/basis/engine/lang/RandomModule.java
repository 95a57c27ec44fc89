package basis.engine.lang;

import basis.engine.random.MT19937;
import java.math.BigInteger;

/**
 * Python's random module: the Mersenne Twister seeded as CPython seeds it (init_by_array of the
 * seed's 32-bit words), with CPython's algorithms for randint/choice/shuffle (rejection sampling
 * on getrandbits) and gauss (the cached Box-Muller pair), so a seed gives CPython's numbers.
 */
final class RandomModule {
    private RandomModule() {}

    /** The module's state: the generator and the cached second Gaussian. */
    static final class State {
        MT19937 mt;
        Double gaussNext;
    }

    static State state(Interp in) {
        if (in.pyRandomState == null) {
            State s = new State();
            s.mt = seeded(BigInteger.ZERO);
            in.pyRandomState = s;
        }
        return (State) in.pyRandomState;
    }

    static MT19937 seeded(BigInteger seed) {
        BigInteger a = seed.abs();
        int words = Math.max(1, (a.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = a.shiftRight(32 * i).intValue();
        MT19937 mt = new MT19937(0);
        mt.seedByArray(key);
        return mt;
    }

    static long getrandbits(MT19937 mt, int k) {
        if (k <= 32) return mt.nextUint32() >>> (32 - k);
        long lo = mt.nextUint32();
        long hi = mt.nextUint32() >>> (64 - k);
        return lo | (hi << 32);
    }

    /** CPython's _randbelow_with_getrandbits. */
    static long randbelow(MT19937 mt, long n) {
        if (n <= 0) throw PyException.valueError("empty range for randrange()");
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(mt, k);
        while (r >= n) r = getrandbits(mt, k);
        return r;
    }

    static PyModule create(Interp in) {
        PyModule m = new PyModule("random");
        def(m, "seed", (it, a, k) -> {
            State s = state(it);
            Object v = a.length > 0 ? a[0] : PyNone.NONE;
            BigInteger seed;
            if (v == PyNone.NONE) seed = BigInteger.ZERO;
            else if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) seed = Arith.big(v);
            else if (v instanceof Double d) seed = BigInteger.valueOf(PyKey.of(d).hashCode());
            else throw PyException.notImplemented("random.seed() of a " + Ops.typeName(v) + " is not supported in Basis");
            s.mt = seeded(seed);
            s.gaussNext = null;
            return PyNone.NONE;
        });
        def(m, "random", (it, a, k) -> state(it).mt.randomDouble());
        def(m, "uniform", (it, a, k) -> {
            Builtins.exact("uniform", a, 2);
            double lo = MathModule.real(a[0]), hi = MathModule.real(a[1]);
            return lo + (hi - lo) * state(it).mt.randomDouble();
        });
        def(m, "randint", (it, a, k) -> {
            Builtins.exact("randint", a, 2);
            long lo = Access.toIndex(a[0]), hi = Access.toIndex(a[1]);
            if (hi < lo) throw PyException.valueError("empty range in randrange(" + lo + ", " + (hi + 1) + ")");
            return lo + randbelow(state(it).mt, hi - lo + 1);
        });
        def(m, "randrange", (it, a, k) -> {
            long start = 0, stop, step = 1;
            if (a.length == 1) stop = Access.toIndex(a[0]);
            else {
                start = Access.toIndex(a[0]);
                stop = Access.toIndex(a[1]);
                if (a.length > 2) step = Access.toIndex(a[2]);
            }
            if (step == 1) {
                if (stop <= start) throw PyException.valueError("empty range in randrange(" + start + ", " + stop + ")");
                return start + randbelow(state(it).mt, stop - start);
            }
            if (step == 0) throw PyException.valueError("zero step for randrange()");
            long n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
            if (n <= 0) throw PyException.valueError("empty range for randrange()");
            return start + step * randbelow(state(it).mt, n);
        });
        def(m, "choice", (it, a, k) -> {
            Builtins.exact("choice", a, 1);
            long n = Access.len(it, a[0]);
            if (n == 0) throw PyException.indexError("Cannot choose from an empty sequence");
            return Access.getItem(it, a[0], randbelow(state(it).mt, n));
        });
        def(m, "sample", (it, a, k) -> {
            Object[] p = Args.bind("sample", a, k, "population", "k", "counts=");
            if (!Args.isNone(p[2])) throw PyException.notImplemented("random.sample(counts=...) is not supported in Basis");
            Object pop = p[0];
            if (pop instanceof PySet || pop instanceof PyDict || pop instanceof PyDictView || pop instanceof PyIter) {
                throw PyException.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            long n = Access.len(it, pop);
            long kk = Access.toIndex(p[1]);
            if (kk < 0 || kk > n) throw PyException.valueError("Sample larger than population or is negative");
            MT19937 mt = state(it).mt;
            PyList result = new PyList((int) kk);
            // CPython 3.11's algorithm: a partial shuffle of a pool for small populations, else rejection
            long setsize = 21;
            if (kk > 5) {
                long c = 0;
                for (long pw = 1; pw <= kk * 3; pw *= 4) c++;
                setsize += 1L << (2 * c);
            }
            if (n <= setsize) {
                java.util.ArrayList<Object> pool = Access.toList(it, pop);
                for (int i = 0; i < kk; i++) {
                    int j = (int) randbelow(mt, n - i);
                    result.items.add(pool.get(j));
                    pool.set(j, pool.get((int) (n - i - 1)));
                }
            } else {
                java.util.HashSet<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < kk; i++) {
                    long j = randbelow(mt, n);
                    while (selected.contains(j)) j = randbelow(mt, n);
                    selected.add(j);
                    result.items.add(Access.getItem(it, pop, j));
                }
            }
            return result;
        });
        def(m, "choices", (it, a, k) -> {
            Object[] p = Args.bind("choices", a, k, "population", "weights=", "cum_weights=", "k=");
            Object pop = p[0];
            long n = Access.len(it, pop);
            long kk = Args.isNone(p[3]) ? 1 : Access.toIndex(p[3]);
            MT19937 mt = state(it).mt;
            PyList result = new PyList();
            Object cumObj = p[2];
            if (Args.isNone(cumObj)) {
                if (Args.isNone(p[1])) {
                    for (long i = 0; i < kk; i++) {
                        it.step();
                        result.items.add(Access.getItem(it, pop, (long) Math.floor(mt.randomDouble() * n)));
                    }
                    return result;
                }
                PyList acc = new PyList();
                Object total = 0L;
                for (Object w : Access.toList(it, p[1])) {
                    total = acc.items.isEmpty() ? w : Ops.binary(it, Ast.BinOpKind.ADD, total, w);
                    acc.items.add(total);
                }
                cumObj = acc;
            } else if (!Args.isNone(p[1])) {
                throw PyException.typeError("Cannot specify both weights and cumulative weights");
            }
            java.util.ArrayList<Object> cum = Access.toList(it, cumObj);
            if (cum.size() != n) throw PyException.valueError("The number of weights does not match the population");
            double[] cw = new double[cum.size()];
            for (int i = 0; i < cw.length; i++) cw[i] = MathModule.real(cum.get(i));
            double total = n == 0 ? 0.0 : cw[cw.length - 1];
            if (total <= 0.0) throw PyException.valueError("Total of weights must be greater than zero");
            if (Double.isInfinite(total) || Double.isNaN(total)) throw PyException.valueError("Total of weights must be finite");
            int hi = (int) n - 1;
            for (long i = 0; i < kk; i++) {
                it.step();
                double x = mt.randomDouble() * total;
                int lo = 0, h = hi; // bisect_right(cum_weights, x, 0, hi)
                while (lo < h) {
                    int mid = (lo + h) >>> 1;
                    if (x < cw[mid]) h = mid;
                    else lo = mid + 1;
                }
                result.items.add(Access.getItem(it, pop, (long) lo));
            }
            return result;
        });
        def(m, "shuffle", (it, a, k) -> {
            Builtins.exact("shuffle", a, 1);
            if (!(a[0] instanceof PyList l)) {
                throw PyException.typeError("'" + Ops.typeName(a[0]) + "' object does not support item assignment");
            }
            MT19937 mt = state(it).mt;
            for (int i = l.size() - 1; i >= 1; i--) {
                int j = (int) randbelow(mt, i + 1);
                Object t = l.items.get(i);
                l.items.set(i, l.items.get(j));
                l.items.set(j, t);
            }
            return PyNone.NONE;
        });
        def(m, "gauss", (it, a, k) -> {
            Object[] p = Args.bind("gauss", a, k, "mu=", "sigma=");
            double mu = Args.isNone(p[0]) ? 0 : MathModule.real(p[0]);
            double sigma = Args.isNone(p[1]) ? 1 : MathModule.real(p[1]);
            State s = state(it);
            Double z = s.gaussNext;
            s.gaussNext = null;
            if (z == null) {
                double x2pi = s.mt.randomDouble() * (2 * Math.PI);
                double g2rad = Math.sqrt(-2.0 * basis.engine.nd.MathUtil.libmLog(1.0 - s.mt.randomDouble())); // math.log
                z = basis.engine.nd.MathUtil.libmCos(x2pi) * g2rad; // math.cos
                s.gaussNext = basis.engine.nd.MathUtil.libmSin(x2pi) * g2rad; // math.sin
            }
            return mu + z * sigma;
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltin.Body body) {
        m.attrs.put(name, new PyBuiltin(name, body));
    }
}
