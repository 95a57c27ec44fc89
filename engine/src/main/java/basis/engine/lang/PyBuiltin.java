package basis.engine.lang;

/**
 * A function implemented in Java. {@code kwargs} is null when the call has no keyword arguments
 * (the common, fast case).
 */
public final class PyBuiltin {
    @FunctionalInterface
    public interface Body {
        Object call(Interp in, Object[] args, Kwargs kwargs);
    }

    public final String name;
    public final Body body;
    /** For methods bound to a receiver (e.g. "append" of a list): the owner's type name, for messages. */
    public final Object self;

    public PyBuiltin(String name, Body body) {
        this(name, body, null);
    }

    public PyBuiltin(String name, Body body, Object self) {
        this.name = name;
        this.body = body;
        this.self = self;
    }
}
