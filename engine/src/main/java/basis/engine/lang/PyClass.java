package basis.engine.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A Python class: user classes (from a class statement) and the builtin types and exceptions.
 * Builtin type objects carry a constructor and an instance test instead of a namespace.
 */
public final class PyClass {
    public final String name;
    public final PyClass[] bases;
    public final List<PyClass> mro;
    public final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    /** For builtin types: what calling the type does (int("3"), list(...)); null for user classes. */
    public final PyBuiltin constructor;
    /** For builtin types: which Java values are instances; null for user classes and exceptions. */
    public final java.util.function.Predicate<Object> instanceTest;
    public final boolean builtin;
    public final String module;

    public PyClass(String name, PyClass[] bases, boolean builtin, PyBuiltin constructor,
                   java.util.function.Predicate<Object> instanceTest, String module) {
        this.name = name;
        this.bases = bases;
        this.builtin = builtin;
        this.constructor = constructor;
        this.instanceTest = instanceTest;
        this.module = module;
        this.mro = linearize(this);
    }

    /** C3 linearisation (falls back to depth-first for the simple hierarchies students write). */
    private static List<PyClass> linearize(PyClass c) {
        List<PyClass> out = new ArrayList<>();
        out.add(c);
        List<List<PyClass>> seqs = new ArrayList<>();
        for (PyClass b : c.bases) seqs.add(new ArrayList<>(b.mro));
        List<PyClass> bl = new ArrayList<>();
        for (PyClass b : c.bases) bl.add(b);
        seqs.add(bl);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out;
            PyClass cand = null;
            for (List<PyClass> s : seqs) {
                PyClass head = s.get(0);
                boolean inTail = false;
                for (List<PyClass> t : seqs) {
                    if (t.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) throw PyException.typeError("Cannot create a consistent method resolution order (MRO)");
            out.add(cand);
            for (List<PyClass> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
    }

    /** Finds an attribute along the MRO, or null. */
    public Object lookup(String attr) {
        for (PyClass c : mro) {
            Object v = c.dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        return mro.contains(other);
    }

    public String qualifiedName() {
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    @Override
    public String toString() {
        // classes defined by the student live in __main__ (their exceptions print without it, as in CPython)
        return "<class '" + (module == null ? "__main__." + name : qualifiedName()) + "'>";
    }
}
