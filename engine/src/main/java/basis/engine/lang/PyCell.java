package basis.engine.lang;

/** A variable captured by an inner function (a closure cell); value null means unbound. */
public final class PyCell {
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }
}
