package basis.engine.lang;

import java.util.LinkedHashMap;

/** A module object: math, random, numpy, numpy.linalg... */
public final class PyModule {
    public final String name;
    public final LinkedHashMap<String, Object> attrs = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
    }
}
