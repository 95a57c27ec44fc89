package basis.engine.lang;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;

/** isclose, sort/argsort and unique, as NumPy computes them. */
final class NpCompare {
    private NpCompare() {}

    /** |a - b| <= atol + rtol * |b|, element-wise with broadcasting (NaNs equal if equalNan). */
    static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        int[] shape = basis.engine.nd.Ops.broadcastShapes(a.shape(), b.shape());
        NDArray x = a.broadcastTo(shape), y = b.broadcastTo(shape);
        boolean[] out = new boolean[x.size()];
        for (int i = 0; i < out.length; i++) {
            double p = x.doubleAt(i), q = y.doubleAt(i);
            if (Double.isNaN(p) || Double.isNaN(q)) {
                out[i] = equalNan && Double.isNaN(p) && Double.isNaN(q);
            } else if (Double.isInfinite(p) || Double.isInfinite(q)) {
                out[i] = p == q;
            } else {
                out[i] = Math.abs(p - q) <= atol + rtol * Math.abs(q);
            }
        }
        return NDArray.ofBools(out, shape);
    }

    /** np.sort / np.argsort along an axis (stable; NaN last, as NumPy sorts). */
    static NDArray sort(NDArray a, int axis, boolean indices) {
        if (a.ndim() == 0) {
            if (indices) return NDArray.scalar(0L);
            return a.copy();
        }
        int ax = NDArray.normalizeAxis(axis, a.ndim());
        NDArray moved = a.swapAxes(ax, a.ndim() - 1).copy();
        int[] shape = moved.shape();
        int n = shape[shape.length - 1];
        int rows = n == 0 ? 0 : moved.size() / n;
        NDArray out = NDArray.empty(indices ? DType.INT64 : a.dtype(), shape);
        for (int r = 0; r < rows; r++) {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            final int base = r * n;
            java.util.Arrays.sort(idx, (p, q) -> compare(moved, base + p, base + q));
            for (int i = 0; i < n; i++) {
                if (indices) out.setLongAt(base + i, idx[i]);
                else copyElement(moved, base + idx[i], out, base + i);
            }
        }
        return out.swapAxes(ax, a.ndim() - 1).copy();
    }

    private static int compare(NDArray a, int i, int j) {
        switch (a.dtype()) {
            case INT64:
                return Long.compare(a.longAt(i), a.longAt(j));
            case BOOL:
                return Boolean.compare(a.boolAt(i), a.boolAt(j));
            default: {
                double x = a.doubleAt(i), y = a.doubleAt(j);
                boolean xn = Double.isNaN(x), yn = Double.isNaN(y);
                if (xn || yn) return xn == yn ? 0 : xn ? 1 : -1;
                int c = Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
                if (c != 0 || a.dtype() != DType.COMPLEX128) return c;
                return Double.compare(a.imagAt(i), a.imagAt(j));
            }
        }
    }

    private static void copyElement(NDArray src, int i, NDArray dst, int j) {
        switch (src.dtype()) {
            case FLOAT64 -> dst.setDoubleAt(j, src.doubleAt(i));
            case INT64 -> dst.setLongAt(j, src.longAt(i));
            case BOOL -> dst.setBoolAt(j, src.boolAt(i));
            case COMPLEX128 -> dst.setComplex(NpIndex.unflat(j, dst.shape()), src.doubleAt(i), src.imagAt(i));
        }
    }

    static Object unique(NDArray a, boolean counts) {
        NDArray s = sort(a.ravel(), -1, false);
        int n = s.size();
        java.util.List<Integer> firsts = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == 0 || compare(s, i, i - 1) != 0) firsts.add(i);
        }
        NDArray out = NDArray.empty(a.dtype(), firsts.size());
        long[] cnt = new long[firsts.size()];
        for (int k = 0; k < firsts.size(); k++) {
            copyElement(s, firsts.get(k), out, k);
            int end = k + 1 < firsts.size() ? firsts.get(k + 1) : n;
            cnt[k] = end - firsts.get(k);
        }
        if (counts) return PyTuple.of(out, NDArray.ofLongs(cnt, cnt.length));
        return out;
    }
}
