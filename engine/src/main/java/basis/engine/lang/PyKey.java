package basis.engine.lang;

import java.math.BigInteger;

/**
 * A dict/set key with Python's equality and hashing: numbers equal by value across int, float and
 * bool; tuples element-wise; strings by content; other objects by identity (or __eq__/__hash__ for
 * instances that define them — not supported yet: identity).
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
        return System.identityHashCode(k);
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
