package basis.engine.lang;

/** Python's slice arithmetic (slice.indices) and slice assignment on lists. */
public final class Slices {
    private Slices() {}

    private static Long bound(Object o) {
        if (o == PyNone.NONE) return null;
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger || o instanceof NpScalar) {
            return Access.toIndex(o);
        }
        throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** Returns {start, stop, step, count} for a sequence of the given length. */
    public static long[] indices(PySlice s, long length) {
        Long stepObj = bound(s.step());
        long step = stepObj == null ? 1 : stepObj;
        if (step == 0) throw PyException.valueError("slice step cannot be zero");
        Long startObj = bound(s.start()), stopObj = bound(s.stop());
        long start, stop;
        if (step > 0) {
            start = startObj == null ? 0 : clamp(startObj, length, 0, length);
            stop = stopObj == null ? length : clamp(stopObj, length, 0, length);
        } else {
            start = startObj == null ? length - 1 : clamp(startObj, length, -1, length - 1);
            stop = stopObj == null ? -1 : clamp(stopObj, length, -1, length - 1);
        }
        long count;
        if (step > 0) count = start < stop ? (stop - start + step - 1) / step : 0;
        else count = start > stop ? (start - stop - step - 1) / (-step) : 0;
        return new long[] {start, stop, step, count};
    }

    private static long clamp(long i, long length, long lo, long hi) {
        if (i < 0) {
            i += length;
            if (i < lo) i = lo;
        } else if (i > hi) {
            i = hi;
        }
        return i;
    }

    static void assignList(Interp in, PyList l, PySlice s, Object value) {
        java.util.List<Object> items = Access.toList(in, value);
        long[] r = indices(s, l.size());
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = (int) Math.max(r[0], r[1]);
            java.util.List<Object> sub = l.items.subList(start, stop);
            sub.clear();
            l.items.addAll(start, items);
            return;
        }
        if (items.size() != r[3]) {
            throw PyException.valueError("attempt to assign sequence of size " + items.size()
                    + " to extended slice of size " + r[3]);
        }
        for (int k = 0; k < r[3]; k++) l.items.set((int) (r[0] + k * r[2]), items.get(k));
    }
}
