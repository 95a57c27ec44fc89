package basis.engine.lang;

/** Python's slice object; fields are None (PyNone) or ints. */
public record PySlice(Object start, Object stop, Object step) {}
