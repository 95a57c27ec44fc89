package basis.engine.lang;

import java.util.LinkedHashMap;

/** One activation: the local slots, the closure and globals of the running function, and the interpreter. */
public final class Frame {
    public final Object[] locals;
    public final PyCell[] closure;
    public final Globals globals;
    public final Interp in;
    /** The namespace of a class body being executed (null elsewhere). */
    public final LinkedHashMap<String, Object> classNs;
    /** The value of a return statement, read by the caller when exec returns RETURN. */
    public Object ret;
    /** The line of the statement running in this frame (for tracebacks). */
    public int line;
    /** The exception being handled (for a bare raise). */
    public PyException handling;

    public Frame(Object[] locals, PyCell[] closure, Globals globals, Interp in, LinkedHashMap<String, Object> classNs) {
        this.locals = locals;
        this.closure = closure;
        this.globals = globals;
        this.in = in;
        this.classNs = classNs;
    }
}
