package basis.engine.lang;

import java.util.LinkedHashSet;

/** Python's set (iteration in insertion order — CPython's hash order is not reproduced). */
public final class PySet {
    public final LinkedHashSet<PyKey> items = new LinkedHashSet<>();
    public final boolean frozen;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public int size() {
        return items.size();
    }

    public boolean contains(Object o) {
        return items.contains(PyKey.of(o));
    }

    public void add(Object o) {
        items.add(PyKey.of(o));
    }
}
