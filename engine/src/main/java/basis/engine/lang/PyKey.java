package basis.engine.lang;

import java.math.BigInteger;

/**
 * A dict/set key with Python's equality and hashing: numbers equal by value across int, float and
 * bool; tuples element-wise; strings by content; other objects by identity (or __eq__/__hash__ for
 * instances whose class defines them: a class with __eq__ but no __hash__ is unhashable, as in CPython).
 */
public final class PyKey {
    public final Object key;
    private final int hash;

    private PyKey(Object key, int hash) {
        this.key = key;
        this.hash = hash;
    }

    public static PyKey of(Object key) {
        return new PyKey(key, hashOf(key));
    }

    static int hashOf(Object k) {
        if (k instanceof Long l) return Long.hashCode(l);
        if (k instanceof Boolean b) return b ? 1 : 0;
        if (k instanceof String s) return s.hashCode();
        if (k instanceof Double d) {
            double v = d;
            if (v == Math.floor(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) return Long.hashCode((long) v);
            return Double.hashCode(v);
        }
        if (k instanceof BigInteger b) return b.hashCode();
        if (k instanceof PyTuple t) {
            int h = 7;
            for (Object o : t.items) h = h * 31 + hashOf(o);
            return h;
        }
        if (k instanceof NpScalar s) return hashOf(s.toPython());
        if (k instanceof PyList || k instanceof PyDict || k instanceof PySet && !((PySet) k).frozen
                || k instanceof basis.engine.nd.NDArray) {
            throw PyException.typeError("unhashable type: '" + Ops.typeName(k) + "'");
        }
        if (k instanceof PyInstance i) {
            Object h = i.cls.lookup("__hash__");
            if (h instanceof PyFunction f && f.globals.owner != null) {
                Object r = Access.call(f.globals.owner, f, new Object[] {k}, null);
                if (!(r instanceof Long || r instanceof Boolean || r instanceof BigInteger)) {
                    throw PyException.typeError("__hash__ method should return an integer");
                }
                return hashOf(r);
            }
            if (h == PyNone.NONE || h == null && i.cls.lookup("__eq__") instanceof PyFunction) {
                throw PyException.typeError("unhashable type: '" + i.cls.name + "'");
            }
        }
        return System.identityHashCode(k);
    }

    /** The interpreter that runs an instance's own __eq__, or null when its class has none. */
    static Interp eqOwner(Object o) {
        return o instanceof PyInstance i && i.cls.lookup("__eq__") instanceof PyFunction f ? f.globals.owner : null;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyKey other)) return false;
        if (hash != other.hash) return false;
        return Ops.keyEquals(key, other.key);
    }
}
