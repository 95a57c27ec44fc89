package basis.engine.lang;

import java.util.Map;

/**
 * dict.keys() / values() / items(): a live view of its dict (printed as dict_keys([...]), not
 * subscriptable); keys and items views take part in set operations like CPython's.
 */
public final class PyDictView {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    public final PyDict dict;
    public final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    /** The view's elements now, in the dict's order. */
    public Object[] snapshot() {
        Object[] out = new Object[dict.size()];
        int i = 0;
        for (Map.Entry<PyKey, Object> e : dict.entries()) {
            out[i++] = kind == KEYS ? e.getKey().key : kind == VALUES ? e.getValue() : PyTuple.of(e.getKey().key, e.getValue());
        }
        return out;
    }

    public String typeName() {
        return kind == KEYS ? "dict_keys" : kind == VALUES ? "dict_values" : "dict_items";
    }

    public boolean contains(Interp in, Object item) {
        if (kind == KEYS) return dict.containsKey(item);
        if (kind == ITEMS) {
            if (!(item instanceof PyTuple t) || t.items.length != 2) return false;
            Object v = dict.containsKey(t.items[0]) ? dict.get(t.items[0]) : null;
            return v != null && Ops.eq(in, v, t.items[1]);
        }
        for (Object v : dict.map.values()) if (Ops.eq(in, v, item)) return true;
        return false;
    }

    /** A keys or items view as a set (for ==, &, |, -, ^). */
    public PySet toSet() {
        PySet s = new PySet();
        for (Object o : snapshot()) s.add(o);
        return s;
    }

    public String repr(Interp in) {
        StringBuilder sb = new StringBuilder(typeName()).append("([");
        Object[] items = snapshot();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(in == null ? Ops.reprNoInterp(items[i]) : Ops.repr(in, items[i]));
        }
        return sb.append("])").toString();
    }
}
