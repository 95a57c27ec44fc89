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
                double g2rad = Math.sqrt(-2.0 * basis.engine.nd.linalg.CrMath.log(1.0 - s.mt.randomDouble()));
                z = basis.engine.nd.linalg.CrMath.cos(x2pi) * g2rad;
                s.gaussNext = basis.engine.nd.linalg.CrMath.sin(x2pi) * g2rad;
            }
            return mu + z * sigma;
        });
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltin.Body body) {
        m.attrs.put(name, new PyBuiltin(name, body));
    }
}
