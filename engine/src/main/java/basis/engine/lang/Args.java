package basis.engine.lang;

/**
 * Binds a builtin's arguments by name, like a Python signature: {@code Args.bind("norm", a, k, "x",
 * "ord=", "axis=", "keepdims=")} gives the values in that order (null where an optional one is
 * missing). Names ending in '=' are optional.
 */
final class Args {
    private Args() {}

    static Object[] bind(String fname, Object[] a, Kwargs k, String... params) {
        Object[] out = new Object[params.length];
        int required = 0;
        for (String p : params) if (!p.endsWith("=")) required++;
        if (a.length > params.length) {
            throw PyException.typeError(fname + "() takes from " + required + " to " + params.length
                    + " positional arguments but " + a.length + " were given");
        }
        System.arraycopy(a, 0, out, 0, a.length);
        if (k != null) {
            for (java.util.Map.Entry<String, Object> e : k.map.entrySet()) {
                int idx = -1;
                for (int i = 0; i < params.length; i++) {
                    String n = params[i].endsWith("=") ? params[i].substring(0, params[i].length() - 1) : params[i];
                    if (n.equals(e.getKey())) idx = i;
                }
                if (idx < 0) throw PyException.typeError(fname + "() got an unexpected keyword argument '" + e.getKey() + "'");
                if (out[idx] != null) throw PyException.typeError(fname + "() got multiple values for argument '"
                        + e.getKey() + "'");
                out[idx] = e.getValue();
            }
        }
        for (int i = 0; i < params.length; i++) {
            if (out[i] == null && !params[i].endsWith("=")) {
                throw PyException.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }

    /** An axis argument: null (all), an int, or a tuple of ints. */
    static int[] axes(Object o) {
        if (isNone(o)) return null;
        if (o instanceof PyTuple t) {
            int[] r = new int[t.items.length];
            for (int i = 0; i < r.length; i++) r[i] = (int) Access.toIndex(t.items[i]);
            return r;
        }
        if (o instanceof PyList l) {
            throw PyException.typeError("'list' object cannot be interpreted as an integer");
        }
        return new int[] {(int) Access.toIndex(o)};
    }

    static boolean flag(Interp in, Object o) {
        return !isNone(o) && Ops.truthy(in, o);
    }

    /** A shape argument: an int or a tuple/list of ints. */
    static int[] shape(Object o) {
        java.util.List<Object> items = o instanceof PyTuple t ? java.util.Arrays.asList(t.items)
                : o instanceof PyList l ? l.items : java.util.List.of(o);
        int[] r = new int[items.size()];
        for (int i = 0; i < r.length; i++) {
            Object d = items.get(i);
            if (!(d instanceof Double) && Access.toIndex(d) > Integer.MAX_VALUE) {
                // np.zeros(10**11): NumPy's MemoryError ("Unable to allocate 745. GiB ..."), or its ValueError
                // past the address space, as Alloc decides for the whole shape
                long[] dims = new long[items.size()];
                for (int j = 0; j < dims.length; j++) dims[j] = Access.toIndex(items.get(j));
                return basis.engine.nd.Alloc.toShape(dims, basis.engine.nd.DType.FLOAT64);
            }
            r[i] = dim(d);
        }
        return r;
    }

    /** A reshape/transpose argument: ints that may be negative (-1 for "infer"). */
    static int[] shapeAllowNeg(Object o) {
        if (o instanceof PyTuple || o instanceof PyList) {
            java.util.List<Object> items = o instanceof PyTuple t ? java.util.Arrays.asList(t.items) : ((PyList) o).items;
            int[] r = new int[items.size()];
            for (int i = 0; i < r.length; i++) r[i] = (int) Access.toIndex(items.get(i));
            return r;
        }
        return new int[] {(int) Access.toIndex(o)};
    }

    private static int dim(Object o) {
        if (o instanceof Double) throw PyException.typeError("'float' object cannot be interpreted as an integer");
        long v = Access.toIndex(o);
        if (v < 0) throw PyException.valueError("negative dimensions are not allowed");
        if (v > Integer.MAX_VALUE) {
            throw PyException.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
                    + "possible size.");
        }
        return (int) v;
    }
}
