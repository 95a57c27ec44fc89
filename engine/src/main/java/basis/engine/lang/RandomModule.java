package basis.engine.lang;

/** Python's random module. */
final class RandomModule {
    private RandomModule() {}

    static PyModule create(Interp in) {
        PyModule m = new PyModule("random");
        for (String name : new String[] {"seed", "random", "uniform", "gauss", "randint", "choice", "shuffle"}) {
            m.attrs.put(name, new PyBuiltin(name, (i, a, k) -> {
                throw PyException.notImplemented("random." + name + " is not available yet in Basis");
            }));
        }
        return m;
    }
}
