package basis.engine.lang;

/** numpy.random (legacy global RandomState and default_rng). */
final class NpRandomModule {
    private NpRandomModule() {}

    static void fill(Interp in, PyModule m) {
        for (String name : new String[] {"seed", "rand", "randn", "normal", "uniform", "randint", "choice", "permutation",
            "shuffle", "random", "default_rng"}) {
            m.attrs.put(name, new PyBuiltin(name, (i, a, k) -> {
                throw PyException.notImplemented("np.random." + name + " is not available yet in Basis");
            }));
        }
    }
}
