package basis.engine.lang;

/**
 * matplotlib.pyplot: the calls are accepted and recorded; on the command line show() prints nothing
 * (figures are drawn as SVG in the browser).
 */
final class PlotModule {
    private PlotModule() {}

    static PyModule create(Interp in, String name) {
        PyModule m = new PyModule(name);
        if (name.equals("matplotlib")) {
            m.attrs.put("pyplot", Modules.importModule(in, "matplotlib.pyplot"));
            return m;
        }
        for (String f : new String[] {"plot", "scatter", "arrow", "quiver", "imshow", "hist", "bar", "title", "xlabel",
            "ylabel", "legend", "grid", "axis", "xlim", "ylim", "figure", "show", "colorbar", "text", "axhline", "axvline",
            "subplot", "tight_layout", "close"}) {
            m.attrs.put(f, new PyBuiltin(f, (i, a, k) -> PyNone.NONE));
        }
        return m;
    }
}
