package basis.engine.lang;

import java.util.ArrayList;
import java.util.Collection;

/** Python's list: a growable array of values. */
public final class PyList {
    public final ArrayList<Object> items;

    public PyList() {
        items = new ArrayList<>();
    }

    public PyList(int capacity) {
        items = new ArrayList<>(capacity);
    }

    public PyList(Collection<Object> c) {
        items = new ArrayList<>(c);
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }
}
