package basis.engine.lang;

import java.util.LinkedHashMap;

/** Keyword arguments of a call, in the order written. */
public final class Kwargs {
    public final LinkedHashMap<String, Object> map = new LinkedHashMap<>();

    public Object take(String name) {
        return map.remove(name);
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** Raises Python's TypeError for the first keyword nobody took. */
    public void rejectRest(String function) {
        if (!map.isEmpty()) {
            String k = map.keySet().iterator().next();
            throw PyException.typeError(function + "() got an unexpected keyword argument '" + k + "'");
        }
    }
}
