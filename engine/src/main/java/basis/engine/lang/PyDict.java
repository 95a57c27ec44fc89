package basis.engine.lang;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keyed by Python equality (1, 1.0 and True are the same key).
 * Keys are stored through {@link PyKey}, which carries the original key object.
 */
public final class PyDict {
    public final LinkedHashMap<PyKey, Object> map = new LinkedHashMap<>();

    public int size() {
        return map.size();
    }

    public Object get(Object key) {
        return map.get(PyKey.of(key));
    }

    public void put(Object key, Object value) {
        PyKey k = PyKey.of(key);
        // Python keeps the first key object when a value is replaced
        map.put(k, value);
    }

    public boolean containsKey(Object key) {
        return map.containsKey(PyKey.of(key));
    }

    public Object remove(Object key) {
        return map.remove(PyKey.of(key));
    }

    public Iterable<Object> keys() {
        return () -> new Iterator<>() {
            final Iterator<PyKey> it = map.keySet().iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return it.next().key;
            }
        };
    }

    public Iterable<Map.Entry<PyKey, Object>> entries() {
        return map.entrySet();
    }
}
