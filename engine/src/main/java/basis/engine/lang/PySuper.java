package basis.engine.lang;

/** The object super() returns: attribute lookup starts after {@code cls} in the MRO of self's type. */
public record PySuper(PyClass cls, Object self) {}
