package basis.engine.lang;

import java.util.LinkedHashMap;

/**
 * A module's global namespace. Each name has one {@link Cell}, created on first mention, so compiled
 * code holds the cell directly and never looks the name up again.
 */
public final class Globals {
    public static final class Cell {
        public final String name;
        public Object value;

        Cell(String name) {
            this.name = name;
        }
    }

    private final LinkedHashMap<String, Cell> cells = new LinkedHashMap<>();
    /** The interpreter whose module this is (lets dict keys call a class's __hash__/__eq__). */
    public Interp owner;

    public Cell cell(String name) {
        Cell c = cells.get(name);
        if (c == null) {
            c = new Cell(name);
            cells.put(name, c);
        }
        return c;
    }

    public Object get(String name) {
        Cell c = cells.get(name);
        return c == null ? null : c.value;
    }

    public void put(String name, Object value) {
        cell(name).value = value;
    }

    public Iterable<Cell> cells() {
        return cells.values();
    }
}
