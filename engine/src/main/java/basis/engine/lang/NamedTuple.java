package basis.engine.lang;

/**
 * A tuple with named fields, as NumPy's result types (EighResult, SVDResult, ...): it unpacks, indexes
 * and compares like a tuple, has attributes for its fields and reprs as {@code Name(field=..., ...)}.
 */
public final class NamedTuple extends PyTuple {
    /** A named-tuple type: its class (a tuple subclass) and its field names. */
    public record Kind(PyClass cls, String[] fields) {
        public NamedTuple make(Object... items) {
            return new NamedTuple(this, items);
        }
    }

    public final Kind kind;

    private NamedTuple(Kind kind, Object[] items) {
        super(items);
        this.kind = kind;
    }

    public static Kind kind(String name, String module, String... fields) {
        return new Kind(new PyClass(name, new PyClass[] {Types.TUPLE}, true, null, null, module), fields);
    }

    /** The field's value, or null when the tuple has no such field. */
    public Object field(String name) {
        for (int i = 0; i < kind.fields.length; i++) if (kind.fields[i].equals(name)) return items[i];
        return null;
    }
}
