package basis.engine.lang;

/** Python's tuple: an immutable array of values. */
public class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(items);
    }

    public int size() {
        return items.length;
    }
}
