package basis.engine.lang;

/** A function defined in student code (def or lambda), with its defaults and closure. */
public final class PyFunction {
    public final Code code;
    /** Defaults for the last positional parameters. */
    public final Object[] defaults;
    /** Defaults of keyword-only parameters, by kw-only index (null = required). */
    public final Object[] kwDefaults;
    public final PyCell[] closure;
    public final Globals globals;
    public final LinkedHashMapAttrs attrs = new LinkedHashMapAttrs();
    public String qualname;

    public PyFunction(Code code, Object[] defaults, Object[] kwDefaults, PyCell[] closure, Globals globals) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
        this.qualname = code.name;
    }

    /** Attributes set on a function object (rare; e.g. decorators that tag functions). */
    public static final class LinkedHashMapAttrs extends java.util.LinkedHashMap<String, Object> {}
}
