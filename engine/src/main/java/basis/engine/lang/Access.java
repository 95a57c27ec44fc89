package basis.engine.lang;

import basis.engine.nd.NDArray;
import java.math.BigInteger;
import java.util.Map;

/** Attribute access, indexing, calls, iteration and length, with CPython's error messages. */
public final class Access {
    private Access() {}

    // ------------------------------------------------------------------ calls
    public static Object call(Interp in, Object f, Object[] args, Kwargs kw) {
        if (f instanceof PyFunction fn) return Calls.invoke(in, fn, args, kw);
        if (f instanceof PyBuiltin b) return b.body.call(in, args, kw);
        if (f instanceof PyBoundMethod m) {
            Object[] full = new Object[args.length + 1];
            full[0] = m.self();
            System.arraycopy(args, 0, full, 1, args.length);
            return call(in, m.function(), full, kw);
        }
        if (f instanceof PyClass c) return Calls.instantiate(in, c, args, kw);
        if (f instanceof PyInstance i) {
            Object m = i.cls.lookup("__call__");
            if (m != null) {
                Object[] full = new Object[args.length + 1];
                full[0] = f;
                System.arraycopy(args, 0, full, 1, args.length);
                return call(in, m, full, kw);
            }
        }
        throw PyException.typeError("'" + Ops.typeName(f) + "' object is not callable");
    }

    // ------------------------------------------------------------------ attributes
    public static Object getAttr(Interp in, Object o, String name) {
        if (o instanceof PyInstance i) {
            Object v = i.attrs.get(name);
            if (v != null) return v;
            Object cv = i.cls.lookup(name);
            if (cv != null) {
                if (cv instanceof PyFunction) return new PyBoundMethod(o, cv);
                if (cv instanceof PyBuiltin && i.cls.builtin) return new PyBoundMethod(o, cv);
                if (cv instanceof StaticMethod sm) return sm.function();
                if (cv instanceof ClassMethod cm) return new PyBoundMethod(i.cls, cm.function());
                if (cv instanceof Property p) return call(in, p.getter(), new Object[] {o}, null);
                return cv;
            }
            if (name.equals("__class__")) return i.cls;
            if (name.equals("__dict__")) {
                PyDict d = new PyDict();
                for (Map.Entry<String, Object> e : i.attrs.entrySet()) d.put(e.getKey(), e.getValue());
                return d;
            }
            if (Types.isException(i.cls) && name.equals("args")) return PyTuple.EMPTY;
            if (Types.isException(i.cls) && name.equals("__cause__")) return PyNone.NONE;
            Object ga = i.cls.lookup("__getattr__");
            if (ga != null) return call(in, ga, new Object[] {o, name}, null);
            if (i.cls == NpRandomModule.GENERATOR) {
                PyException unsupported = NumpyNames.unsupported("Generator", name);
                if (unsupported != null) throw unsupported;
            }
            throw PyException.attributeError("'" + i.cls.name + "' object has no attribute '" + name + "'");
        }
        if (o instanceof PyModule m) {
            Object v = m.attrs.get(name);
            if (v != null) return v;
            PyException unsupported = NumpyNames.unsupported(m.name, name);
            if (unsupported != null) throw unsupported;
            throw PyException.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyClass c) {
            Object v = c.lookup(name);
            if (v != null) {
                if (v instanceof StaticMethod sm) return sm.function();
                if (v instanceof ClassMethod cm) return new PyBoundMethod(c, cm.function());
                return v;
            }
            switch (name) {
                case "__name__": return c.name;
                case "__qualname__": return c.name;
                case "__module__": return c.module == null ? "__main__" : c.module;
                case "__mro__": return new PyTuple(c.mro.toArray());
                case "__bases__": return new PyTuple(c.bases.clone());
                default: break;
            }
            Object m = Methods.unboundMethod(c, name);
            if (m != null) return m;
            throw PyException.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyFunction f) {
            switch (name) {
                case "__name__": return f.code.name;
                case "__qualname__": return f.qualname;
                case "__doc__": return PyNone.NONE;
                default: break;
            }
            Object v = f.attrs.get(name);
            if (v != null) return v;
            throw PyException.attributeError("'function' object has no attribute '" + name + "'");
        }
        if (o instanceof PyBuiltin b && name.equals("__name__")) return b.name;
        if (o instanceof NDArray || o instanceof NpScalar) {
            Object v = NpBridge.getAttr(in, o, name);
            if (v != null) return v;
        }
        if (o instanceof NamedTuple n) {
            Object v = n.field(name);
            if (v != null) return v;
        }
        if (o instanceof NpDTypeObj d) {
            switch (name) {
                case "name": return d.dtype().numpyName();
                case "itemsize": return (long) d.dtype().itemSize();
                case "kind": return switch (d.dtype()) {
                    case FLOAT64 -> "f";
                    case INT64 -> "i";
                    case BOOL -> "b";
                    case COMPLEX128 -> "c";
                };
                default: break;
            }
        }
        if (name.equals("__class__")) return Ops.typeOf(o);
        Object m = Methods.method(in, o, name);
        if (m != null) return m;
        if (o instanceof NDArray || o instanceof NpScalar) {
            PyException unsupported = NumpyNames.unsupported("numpy.ndarray", name);
            if (unsupported != null) throw unsupported;
        }
        throw PyException.attributeError("'" + Ops.typeName(o) + "' object has no attribute '" + name + "'");
    }

    public static void setAttr(Interp in, Object o, String name, Object value) {
        if (o instanceof PyInstance i) {
            Object sa = i.cls.lookup("__setattr__");
            if (sa != null) {
                call(in, sa, new Object[] {o, name, value}, null);
                return;
            }
            Object cv = i.cls.lookup(name);
            if (cv instanceof Property p) {
                if (p.setter() == null) throw PyException.attributeError("can't set attribute '" + name + "'");
                call(in, p.setter(), new Object[] {o, value}, null);
                return;
            }
            i.attrs.put(name, value);
            return;
        }
        if (o instanceof PyClass c && !c.builtin) {
            c.dict.put(name, value);
            return;
        }
        if (o instanceof PyFunction f) {
            f.attrs.put(name, value);
            return;
        }
        if (o instanceof NDArray) {
            NpBridge.setAttr(in, (NDArray) o, name, value);
            return;
        }
        if (o instanceof PyModule || o instanceof PyClass) {
            throw PyException.typeError("cannot set '" + name + "' attribute of immutable type '" + Ops.typeName(o) + "'");
        }
        throw PyException.attributeError("'" + Ops.typeName(o) + "' object has no attribute '" + name + "'");
    }

    // ------------------------------------------------------------------ items
    public static long toIndex(Object o) {
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) {
            if (b.bitLength() >= 64) throw PyException.of(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            return b.longValue();
        }
        if (o instanceof NpScalar s && (s.dtype() == basis.engine.nd.DType.INT64 || s.dtype() == basis.engine.nd.DType.BOOL)) {
            return s.l();
        }
        throw PyException.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    private static int seqIndex(Object idx, int size, String what) {
        if (!(idx instanceof Long || idx instanceof Boolean || idx instanceof BigInteger
                || idx instanceof NpScalar s && s.dtype() != basis.engine.nd.DType.FLOAT64)) {
            throw PyException.typeError(what + " indices must be integers or slices, not " + Ops.typeName(idx));
        }
        long i = toIndex(idx);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyException.indexError(what + " index out of range");
        return (int) i;
    }

    public static Object getItem(Interp in, Object o, Object idx) {
        if (o instanceof PyList l) {
            if (idx instanceof Long i) {
                long k = i;
                int n = l.items.size();
                if (k < 0) k += n;
                if (k < 0 || k >= n) throw PyException.indexError("list index out of range");
                return l.items.get((int) k);
            }
            if (idx instanceof PySlice s) {
                long[] r = Slices.indices(s, l.size());
                PyList out = new PyList();
                for (long k = 0, j = r[0]; k < r[3]; k++, j += r[2]) out.items.add(l.items.get((int) j));
                return out;
            }
            return l.items.get(seqIndex(idx, l.size(), "list"));
        }
        if (o instanceof PyDict d) {
            Object v = d.get(idx);
            if (v == null) throw PyException.keyError(idx);
            return v;
        }
        if (o instanceof PyTuple t) {
            if (idx instanceof PySlice s) {
                long[] r = Slices.indices(s, t.items.length);
                Object[] out = new Object[(int) r[3]];
                for (int k = 0; k < out.length; k++) out[k] = t.items[(int) (r[0] + k * r[2])];
                return new PyTuple(out);
            }
            return t.items[seqIndex(idx, t.items.length, "tuple")];
        }
        if (o instanceof String s) {
            if (idx instanceof PySlice sl) {
                long[] r = Slices.indices(sl, s.length());
                if (r[2] == 1) return s.substring((int) r[0], (int) (r[0] + r[3]));
                StringBuilder sb = new StringBuilder();
                for (long k = 0, j = r[0]; k < r[3]; k++, j += r[2]) sb.append(s.charAt((int) j));
                return sb.toString();
            }
            int i = seqIndex(idx, s.length(), "string");
            return String.valueOf(s.charAt(i));
        }
        if (o instanceof NDArray a) return NpBridge.getItem(in, a, idx);
        if (o instanceof PyRange r) {
            if (idx instanceof PySlice sl) {
                long[] ix = Slices.indices(sl, r.length());
                return new PyRange(r.at(ix[0]), r.at(ix[0]) + ix[3] * ix[2] * r.step(), ix[2] * r.step());
            }
            long n = r.length();
            long i = toIndex(idx);
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw PyException.indexError("range object index out of range");
            return r.at(i);
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__getitem__");
            if (m != null) return call(in, m, new Object[] {o, idx}, null);
        }
        if (o instanceof PyClass c && (c == Types.LIST || c == Types.DICT || c == Types.TUPLE || c == Types.SET)) {
            return c; // list[int] style annotations
        }
        throw PyException.typeError("'" + Ops.typeName(o) + "' object is not subscriptable");
    }

    public static void setItem(Interp in, Object o, Object idx, Object value) {
        if (o instanceof PyList l) {
            if (idx instanceof PySlice s) {
                Slices.assignList(in, l, s, value);
                return;
            }
            l.items.set(seqIndex(idx, l.size(), "list assignment"), value);
            return;
        }
        if (o instanceof PyDict d) {
            d.put(idx, value);
            return;
        }
        if (o instanceof NDArray a) {
            NpBridge.setItem(in, a, idx, value);
            return;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__setitem__");
            if (m != null) {
                call(in, m, new Object[] {o, idx, value}, null);
                return;
            }
        }
        throw PyException.typeError("'" + Ops.typeName(o) + "' object does not support item assignment");
    }

    public static void delItem(Interp in, Object o, Object idx) {
        if (o instanceof PyList l) {
            if (idx instanceof PySlice s) {
                long[] r = Slices.indices(s, l.size());
                java.util.List<Integer> drop = new java.util.ArrayList<>();
                for (long k = 0, j = r[0]; k < r[3]; k++, j += r[2]) drop.add((int) j);
                drop.sort(java.util.Collections.reverseOrder());
                for (int j : drop) l.items.remove(j);
                return;
            }
            l.items.remove(seqIndex(idx, l.size(), "list assignment"));
            return;
        }
        if (o instanceof PyDict d) {
            if (d.remove(idx) == null) throw PyException.keyError(idx);
            return;
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__delitem__");
            if (m != null) {
                call(in, m, new Object[] {o, idx}, null);
                return;
            }
        }
        throw PyException.typeError("'" + Ops.typeName(o) + "' object doesn't support item deletion");
    }

    // ------------------------------------------------------------------ length, membership
    public static long len(Interp in, Object o) {
        if (o instanceof PyList l) return l.size();
        if (o instanceof String s) return s.length();
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyDict d) return d.size();
        if (o instanceof PySet s) return s.size();
        if (o instanceof PyRange r) return r.length();
        if (o instanceof PyDictView v) return v.dict.size();
        if (o instanceof NDArray a) {
            if (a.ndim() == 0) throw PyException.typeError("len() of unsized object");
            return a.shape()[0];
        }
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__len__");
            if (m != null) {
                Object r = call(in, m, new Object[] {o}, null);
                if (!(r instanceof Long || r instanceof Boolean)) {
                    throw PyException.typeError("'" + Ops.typeName(r) + "' object cannot be interpreted as an integer");
                }
                long n = toIndex(r);
                if (n < 0) throw PyException.valueError("__len__() should return >= 0");
                return n;
            }
        }
        throw PyException.typeError("object of type '" + Ops.typeName(o) + "' has no len()");
    }

    public static boolean contains(Interp in, Object container, Object item) {
        if (container instanceof PyDict d) return d.containsKey(item);
        if (container instanceof PySet s) return s.contains(item);
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw PyException.typeError("'in <string>' requires string as left operand, not " + Ops.typeName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyList l) {
            for (Object o : l.items) if (Ops.eq(in, o, item)) return true;
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object o : t.items) if (Ops.eq(in, o, item)) return true;
            return false;
        }
        if (container instanceof PyRange r && (item instanceof Long || item instanceof Boolean)) {
            long v = toIndex(item);
            long n = r.length();
            if (n == 0) return false;
            long off = v - r.start();
            if (off % r.step() != 0) return false;
            long k = off / r.step();
            return k >= 0 && k < n;
        }
        if (container instanceof NDArray a) return NpBridge.contains(in, a, item);
        if (container instanceof PyDictView v) return v.contains(in, item);
        if (container instanceof PyInstance i) {
            Object m = i.cls.lookup("__contains__");
            if (m != null) return Ops.truthy(in, call(in, m, new Object[] {container, item}, null));
        }
        PyIter it = iter(in, container);
        for (Object o = it.next(); o != null; o = it.next()) {
            in.step();
            if (Ops.eq(in, o, item)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ iteration
    public static PyIter iter(Interp in, Object o) {
        if (o instanceof PyList l) {
            return new PyIter() {
                int i = 0;

                @Override
                public Object next() {
                    return i < l.items.size() ? l.items.get(i++) : null;
                }
            };
        }
        if (o instanceof PyRange r) {
            final long n = r.length();
            return new PyIter() {
                long i = 0;

                @Override
                public Object next() {
                    return i < n ? Nodes.box(r.at(i++)) : null;
                }
            };
        }
        if (o instanceof PyTuple t) return arrayIter(t.items);
        if (o instanceof String s) {
            return new PyIter() {
                int i = 0;

                @Override
                public Object next() {
                    return i < s.length() ? String.valueOf(s.charAt(i++)) : null;
                }
            };
        }
        if (o instanceof PyDict d) return sizeCheckedIter(keysArray(d), d, null);
        if (o instanceof PySet s) {
            Object[] items = new Object[s.size()];
            int k = 0;
            for (PyKey key : s.items) items[k++] = key.key;
            return sizeCheckedIter(items, null, s);
        }
        if (o instanceof PyIter it) return it;
        if (o instanceof NDArray a) return NpBridge.iter(in, a);
        if (o instanceof PyDictView v) return sizeCheckedIter(v.snapshot(), v.dict, null);
        if (o instanceof PyInstance i) {
            Object m = i.cls.lookup("__iter__");
            if (m != null) {
                Object itObj = call(in, m, new Object[] {o}, null);
                if (itObj instanceof PyIter pi) return pi;
                if (itObj instanceof PyInstance ii && ii.cls.lookup("__next__") != null) {
                    Object next = ii.cls.lookup("__next__");
                    return () -> {
                        try {
                            return call(in, next, new Object[] {itObj}, null);
                        } catch (PyException e) {
                            if (e.exc.cls.isSubclassOf(Types.STOP_ITERATION)) return null;
                            throw e;
                        }
                    };
                }
                return iter(in, itObj);
            }
            Object gi = i.cls.lookup("__getitem__");
            if (gi != null) {
                return new PyIter() {
                    long k = 0;

                    @Override
                    public Object next() {
                        try {
                            return call(in, gi, new Object[] {o, k++}, null);
                        } catch (PyException e) {
                            if (e.exc.cls.isSubclassOf(Types.INDEX_ERROR)) return null;
                            throw e;
                        }
                    }
                };
            }
        }
        throw PyException.typeError("'" + Ops.typeName(o) + "' object is not iterable");
    }

    static Object[] keysArray(PyDict d) {
        Object[] items = new Object[d.size()];
        int k = 0;
        for (PyKey key : d.map.keySet()) items[k++] = key.key;
        return items;
    }

    /** Iterates a snapshot of a dict's or set's elements; like CPython, fails if the size changes meanwhile. */
    private static PyIter sizeCheckedIter(Object[] items, PyDict d, PySet s) {
        return new PyIter() {
            int i = 0;

            @Override
            public Object next() {
                if ((d != null ? d.size() : s.size()) != items.length) {
                    i = items.length;
                    throw PyException.of(Types.RUNTIME_ERROR, d != null ? "dictionary changed size during iteration"
                            : "Set changed size during iteration");
                }
                return i < items.length ? items[i++] : null;
            }
        };
    }

    public static PyIter arrayIter(Object[] items) {
        return new PyIter() {
            int i = 0;

            @Override
            public Object next() {
                return i < items.length ? items[i++] : null;
            }
        };
    }

    /** Collects an iterable into a Java list (counting a step per item). */
    public static java.util.ArrayList<Object> toList(Interp in, Object o) {
        if (o instanceof PyList l) return new java.util.ArrayList<>(l.items);
        if (o instanceof PyTuple t) return new java.util.ArrayList<>(java.util.Arrays.asList(t.items));
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        if (o instanceof PyRange r) {
            long n = r.length();
            in.allocate(n * 16, "");
            in.steps(n / 4);
        }
        PyIter it = iter(in, o);
        for (Object v = it.next(); v != null; v = it.next()) {
            in.step();
            out.add(v);
        }
        return out;
    }

    /** Marks a function as @staticmethod / @classmethod / @property inside a class body. */
    public record StaticMethod(Object function) {}

    public record ClassMethod(Object function) {}

    public record Property(Object getter, Object setter) {}
}
