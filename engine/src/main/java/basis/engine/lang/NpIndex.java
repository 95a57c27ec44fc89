package basis.engine.lang;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy indexing, reading and assigning: integers, slices, None/np.newaxis, Ellipsis (basic
 * indexing gives views that share memory), boolean masks and integer arrays (advanced indexing gives
 * copies; assignment writes through).
 */
final class NpIndex {
    private NpIndex() {}

    private static final Object NEWAXIS = PyNone.NONE;

    /** The index items, with lists turned into arrays and Ellipsis expanded. */
    private static List<Object> items(Interp in, NDArray a, Object idx) {
        List<Object> raw = new ArrayList<>();
        if (idx instanceof PyTuple t) {
            for (Object o : t.items) raw.add(o);
        } else {
            raw.add(idx);
        }
        List<Object> out = new ArrayList<>();
        int consumed = 0;
        int ellipses = 0;
        for (Object o : raw) {
            if (o == Ast.ELLIPSIS) ellipses++;
            else if (o == NEWAXIS) continue;
            else if (o instanceof NDArray m && m.dtype() == DType.BOOL) consumed += m.ndim();
            else consumed++;
        }
        if (ellipses > 1) throw PyException.indexError("an index can only have a single ellipsis ('...')");
        if (consumed > a.ndim()) {
            throw PyException.indexError("too many indices for array: array is " + a.ndim() + "-dimensional, but "
                    + consumed + " were indexed");
        }
        for (Object o : raw) {
            if (o == Ast.ELLIPSIS) {
                for (int k = 0; k < a.ndim() - consumed; k++) out.add(new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE));
            } else if (o instanceof PyList l) {
                // an empty list is an empty integer index, as in NumPy
                out.add(l.size() == 0 ? NDArray.empty(DType.INT64, 0) : NpBridge.toArray(in, l, null));
            } else if (o instanceof Boolean b) {
                out.add(NDArray.scalar(b));
            } else if (o instanceof NpScalar s && s.dtype() == DType.BOOL) {
                out.add(NDArray.scalar(s.l() != 0));
            } else if (o instanceof Long || o instanceof NpScalar || o instanceof java.math.BigInteger || o instanceof PySlice
                    || o == NEWAXIS || o instanceof NDArray) {
                if (o instanceof NpScalar s && s.dtype() != DType.INT64) {
                    throw PyException.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                            + "and integer or boolean arrays are valid indices");
                }
                out.add(o);
            } else {
                throw PyException.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                        + "integer or boolean arrays are valid indices");
            }
        }
        return out;
    }

    private static boolean isAdvanced(Object o) {
        return o instanceof NDArray;
    }

    static Object get(Interp in, NDArray a, Object idx) {
        if (idx instanceof Long i && a.ndim() >= 1) {
            NDArray r = a.get(checkIndex(i, a.shape()[0], 0));
            return r.ndim() == 0 ? NpBridge.toScalar(r) : r;
        }
        List<Object> its = items(in, a, idx);
        boolean advanced = false;
        for (Object o : its) advanced |= isAdvanced(o);
        if (!advanced) {
            NDArray r = basic(a, its);
            boolean allInts = true;
            for (Object o : its) if (!(o instanceof Long || o instanceof NpScalar || o instanceof java.math.BigInteger)) allInts = false;
            return r.ndim() == 0 && allInts ? NpBridge.toScalar(r) : r;
        }
        return advanced(in, a, its);
    }

    private static int checkIndex(long i, int size, int axis) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) {
            throw PyException.indexError("index " + i + " is out of bounds for axis " + axis + " with size " + size);
        }
        return (int) k;
    }

    /** Basic indexing: a view. */
    private static NDArray basic(NDArray a, List<Object> its) {
        NDArray r = a;
        int axis = 0;
        int srcAxis = 0;
        for (Object o : its) {
            if (o == NEWAXIS) {
                r = r.expandDims(axis);
                axis++;
            } else if (o instanceof PySlice s) {
                // the raw bounds: the nd library clamps them as Python does (a resolved stop of -1
                // would read as "the last element" and empty a reversed slice)
                Slices.indices(s, r.shape()[axis]); // validates the bounds and the step
                r = r.slice(axis, bound(s.start()), bound(s.stop()), bound(s.step()));
                axis++;
                srcAxis++;
            } else {
                long i = Access.toIndex(o);
                int n = r.shape()[axis];
                r = r.take(axis, checkIndex(i, n, srcAxis));
                srcAxis++;
            }
        }
        return r;
    }

    private static Integer bound(Object o) {
        if (o == PyNone.NONE) return null;
        long v = Access.toIndex(o);
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, v));
    }

    /**
     * Advanced indexing. Supported: one boolean mask (over the leading axes), or integer arrays, with
     * the remaining items basic slices/integers.
     */
    private static NDArray advanced(Interp in, NDArray a, List<Object> its) {
        Selection sel = select(in, a, its);
        return sel.gather(a);
    }

    /** Which elements of a an advanced index picks, as multi-indices, and the result shape. */
    private static final class Selection {
        int[] shape;
        List<int[]> positions = new ArrayList<>();

        NDArray gather(NDArray a) {
            NDArray out = NDArray.empty(a.dtype(), shape);
            for (int i = 0; i < positions.size(); i++) {
                int[] p = positions.get(i);
                switch (a.dtype()) {
                    case FLOAT64 -> out.setDoubleAt(i, a.getDouble(p));
                    case INT64 -> out.setLongAt(i, a.getLong(p));
                    case BOOL -> out.setBoolAt(i, a.getBool(p));
                    case COMPLEX128 -> {
                        int[] oi = unflat(i, shape);
                        out.setComplex(oi, a.getDouble(p), a.getImag(p));
                    }
                }
            }
            return out;
        }
    }

    static int[] unflat(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] == 0) return idx;
            idx[k] = flat % shape[k];
            flat /= shape[k];
        }
        return idx;
    }

    private static Selection select(Interp in, NDArray a, List<Object> its) {
        // turn a boolean mask into integer index arrays (np.nonzero), then treat all advanced items alike
        List<Object> expanded = new ArrayList<>();
        for (Object o : its) {
            if (o instanceof NDArray m && m.dtype() == DType.BOOL) {
                if (m.ndim() == 0) throw PyException.notImplemented("indexing with a scalar boolean is not supported in Basis");
                int start = expanded.stream().mapToInt(x -> x == NEWAXIS ? 0 : 1).sum();
                for (int d = 0; d < m.ndim(); d++) {
                    int size = a.shape()[start + d];
                    if (m.shape()[d] != size) {
                        throw PyException.indexError("boolean index did not match indexed array along axis " + (start + d)
                                + "; size of axis is " + size + " but size of corresponding boolean axis is " + m.shape()[d]);
                    }
                }
                List<int[]> trues = new ArrayList<>();
                for (int i = 0; i < m.size(); i++) if (m.boolAt(i)) trues.add(unflat(i, m.shape()));
                for (int d = 0; d < m.ndim(); d++) {
                    long[] col = new long[trues.size()];
                    for (int i = 0; i < col.length; i++) col[i] = trues.get(i)[d];
                    expanded.add(NDArray.ofLongs(col, col.length));
                }
            } else {
                expanded.add(o);
            }
        }
        // broadcast the integer arrays
        List<NDArray> arrays = new ArrayList<>();
        int firstAdv = -1, lastAdv = -1;
        for (int i = 0; i < expanded.size(); i++) {
            Object o = expanded.get(i);
            if (o instanceof NDArray m) {
                if (m.dtype() != DType.INT64) {
                    throw PyException.indexError("arrays used as indices must be of integer (or boolean) type");
                }
                arrays.add(m);
                if (firstAdv < 0) firstAdv = i;
                lastAdv = i;
            }
        }
        if (expanded.contains(NEWAXIS)) throw PyException.notImplemented("np.newaxis mixed with advanced indexing is not supported in Basis");
        int[][] shapes = new int[arrays.size()][];
        for (int i = 0; i < shapes.length; i++) shapes[i] = arrays.get(i).shape();
        int[] bshape = basis.engine.nd.Ops.broadcastShapes(shapes);
        NDArray[] barr = new NDArray[arrays.size()];
        for (int i = 0; i < barr.length; i++) barr[i] = arrays.get(i).broadcastTo(bshape);
        boolean contiguous = true;
        for (int i = firstAdv; i <= lastAdv; i++) if (!(expanded.get(i) instanceof NDArray)) contiguous = false;
        // the axes: each item consumes one source axis; remaining source axes are full slices
        int nd = a.ndim();
        while (expanded.size() < nd) expanded.add(new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE));
        List<long[]> basicRanges = new ArrayList<>(); // per source axis: for slices {start, step, count}; for int {i}
        List<Integer> sliceAxes = new ArrayList<>();
        for (int ax = 0; ax < nd; ax++) {
            Object o = expanded.get(ax);
            if (o instanceof PySlice s) {
                long[] ix = Slices.indices(s, a.shape()[ax]);
                basicRanges.add(new long[] {ix[0], ix[2], ix[3]});
                sliceAxes.add(ax);
            } else if (o instanceof NDArray) {
                basicRanges.add(null);
            } else {
                basicRanges.add(new long[] {checkIndex(Access.toIndex(o), a.shape()[ax], ax)});
            }
        }
        // result shape: advanced dims at the first advanced position if contiguous, else first
        List<Integer> outShape = new ArrayList<>();
        int advAt = contiguous ? countSlicesBefore(expanded, firstAdv) : 0;
        for (int k = 0; k < sliceAxes.size(); k++) {
            if (k == advAt) for (int d : bshape) outShape.add(d);
            outShape.add((int) basicRanges.get(sliceAxes.get(k))[2]);
        }
        if (advAt >= sliceAxes.size()) for (int d : bshape) outShape.add(d);
        Selection sel = new Selection();
        sel.shape = outShape.stream().mapToInt(Integer::intValue).toArray();
        long total = 1;
        for (int d : sel.shape) total *= d;
        in.allocate(total * 16, "");
        int advN = 1;
        for (int d : bshape) advN *= d;
        int nb = bshape.length;
        for (int flat = 0; flat < total; flat++) {
            int[] oi = unflat(flat, sel.shape);
            int[] advIdx = new int[nb];
            int[] sliceIdx = new int[sliceAxes.size()];
            int p = 0, s = 0;
            for (int k = 0; k <= sliceAxes.size(); k++) {
                if (k == advAt) {
                    for (int d = 0; d < nb; d++) advIdx[d] = oi[p++];
                }
                if (k < sliceAxes.size()) sliceIdx[s++] = oi[p++];
            }
            int advFlat = 0;
            for (int d = 0; d < nb; d++) advFlat = advFlat * bshape[d] + advIdx[d];
            int[] src = new int[nd];
            int si = 0, ai = 0;
            for (int ax = 0; ax < nd; ax++) {
                long[] r = basicRanges.get(ax);
                if (r == null) {
                    long v = barr[ai++].longAt(advFlat);
                    src[ax] = checkIndex(v, a.shape()[ax], ax);
                } else if (r.length == 1) {
                    src[ax] = (int) r[0];
                } else {
                    src[ax] = (int) (r[0] + r[1] * sliceIdx[si++]);
                }
            }
            sel.positions.add(src);
        }
        return sel;
    }

    private static int countSlicesBefore(List<Object> items, int pos) {
        int n = 0;
        for (int i = 0; i < pos; i++) if (items.get(i) instanceof PySlice) n++;
        return n;
    }

    /**
     * A value that is not a number or a sequence, converted as NumPy converts it for storing into an
     * array of the given dtype: a string is parsed as float() or int() parses it ("3.5" stores 3.5,
     * "x" raises float()'s or int()'s ValueError), None stores nan in float64, bool arrays take any
     * object's truth value; anything else raises float()'s or int()'s TypeError.
     */
    private static NDArray converted(Interp in, basis.engine.nd.DType dtype, Object value) {
        switch (dtype) {
            case FLOAT64:
                if (value == PyNone.NONE) return NDArray.scalar(Double.NaN);
                if (value instanceof String) return NDArray.scalar((Double) Builtins.float_(in, new Object[] {value}, null));
                break;
            case INT64:
                if (value instanceof String) {
                    Object n = Builtins.int_(in, new Object[] {value}, null);
                    if (!(n instanceof Long)) throw PyException.of(Types.OVERFLOW_ERROR, "Python int too large to convert to C long");
                    return NDArray.scalar((long) (Long) n);
                }
                throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                        + Ops.typeName(value) + "'");
            case BOOL:
                return NDArray.scalar(Ops.truthy(in, value));
            default:
                break;
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(value) + "'");
    }

    static void set(Interp in, NDArray a, Object idx, Object value) {
        NDArray v = NpBridge.operand(in, value);
        if (v == null) v = converted(in, a.dtype(), value);
        List<Object> its = items(in, a, idx);
        boolean advanced = false;
        for (Object o : its) advanced |= isAdvanced(o);
        if (!advanced) {
            assign(in, basic(a, its), v);
            return;
        }
        if (its.size() == 1 && its.get(0) instanceof NDArray mask && mask.dtype() == basis.engine.nd.DType.BOOL
                && mask.ndim() == a.ndim() && mask.ndim() > 0) {
            // NumPy's boolean-mask assignment: a 0-d or 1-d value, one value or one per True.
            if (v.ndim() > 1) {
                throw PyException.typeError("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input "
                        + "has " + v.ndim() + " dimensions");
            }
            int count = 0;
            for (int i = 0; i < mask.size(); i++) if (mask.boolAt(i)) count++;
            if (v.ndim() == 1 && v.size() != 1 && v.size() != count) {
                throw PyException.valueError("NumPy boolean array indexing assignment cannot assign " + v.size()
                        + " input values to the " + count + " output values where the mask is true");
            }
        }
        Selection sel = select(in, a, its);
        NDArray src;
        try {
            src = v.broadcastTo(sel.shape);
        } catch (RuntimeException e) {
            throw PyException.valueError("shape mismatch: value array of shape " + basis.engine.nd.Ops.compactShape(v.shape())
                    + " could not be broadcast to indexing result of shape " + basis.engine.nd.Ops.compactShape(sel.shape));
        }
        for (int i = 0; i < sel.positions.size(); i++) {
            int[] p = sel.positions.get(i);
            writeOne(a, p, src, i);
        }
    }

    private static void writeOne(NDArray a, int[] p, NDArray src, int i) {
        switch (a.dtype()) {
            case FLOAT64 -> a.setDouble(p, src.doubleAt(i));
            case INT64 -> a.setLong(p, src.longAt(i));
            case BOOL -> a.setBool(p, src.boolAt(i));
            case COMPLEX128 -> a.setComplex(p, src.doubleAt(i), src.imagAt(i));
        }
    }

    /** Writes src (broadcast to target's shape, cast to its dtype) into target, a view. */
    static void assign(Interp in, NDArray target, NDArray src) {
        if (target.ndim() == 0 && src.ndim() > 0) {
            if (src.size() != 1) throw PyException.valueError("setting an array element with a sequence.");
            src = src.reshape();
        }
        NDArray s;
        try {
            s = src.broadcastTo(target.shape());
        } catch (RuntimeException e) {
            throw PyException.valueError("could not broadcast input array from shape "
                    + basis.engine.nd.Ops.compactShape(src.shape()) + " into shape "
                    + basis.engine.nd.Ops.compactShape(target.shape()));
        }
        if (src.sharesMemoryWith(target)) s = s.copy();
        int n = target.size();
        switch (target.dtype()) {
            case FLOAT64 -> {
                for (int i = 0; i < n; i++) target.setDoubleAt(i, s.doubleAt(i));
            }
            case INT64 -> {
                for (int i = 0; i < n; i++) target.setLongAt(i, s.longAt(i));
            }
            case BOOL -> {
                for (int i = 0; i < n; i++) target.setBoolAt(i, s.boolAt(i));
            }
            case COMPLEX128 -> {
                for (int i = 0; i < n; i++) target.setComplex(unflat(i, target.shape()), s.doubleAt(i), s.imagAt(i));
            }
        }
    }
}
