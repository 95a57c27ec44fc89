package basis.engine.lang;

/** The importable modules and the import rules (allowed set, exercise restrictions). */
public final class Modules {
    private Modules() {}

    private static final String[] AVAILABLE = {"math", "random", "numpy", "numpy.linalg", "numpy.random",
        "matplotlib", "matplotlib.pyplot"};

    public static PyModule importModule(Interp in, String name) {
        return importModule(in, name, false);
    }

    /** Imports a module; {@code restricted} (student code) obeys the exercise's forbidden modules. */
    public static PyModule importModule(Interp in, String name, boolean restricted) {
        PyModule m = tryImport(in, name, restricted);
        if (m == null) {
            PyException e = PyException.of(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name
                    + "' (Basis provides math, random, numpy and matplotlib.pyplot)");
            throw e;
        }
        return m;
    }

    /** Imports a module or returns null if Basis has no such module. */
    public static PyModule tryImport(Interp in, String name, boolean restricted) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (restricted && (in.forbiddenModules.contains(name) || in.forbiddenModules.contains(top))) {
            throw PyException.of(Types.IMPORT_ERROR, "the module '" + name + "' may not be used in this exercise");
        }
        PyModule m = in.modules.get(name);
        if (m != null) return m;
        switch (name) {
            case "math" -> m = MathModule.create();
            case "random" -> m = RandomModule.create(in);
            case "numpy" -> m = NumpyModule.create(in);
            case "numpy.linalg" -> m = (PyModule) importModule(in, "numpy", restricted).attrs.get("linalg");
            case "numpy.random" -> m = (PyModule) importModule(in, "numpy", restricted).attrs.get("random");
            case "matplotlib", "matplotlib.pyplot" -> m = PlotModule.create(in, name);
            default -> {
                return null;
            }
        }
        in.modules.put(name, m);
        return m;
    }

    static boolean available(String name) {
        for (String a : AVAILABLE) if (a.equals(name)) return true;
        return false;
    }
}
