package basis.engine.nd;

/**
 * {@code np.linalg} (the start): {@code norm} with NumPy's algorithm per order, so results match
 * bit for bit where NumPy's own arithmetic is reproducible (see {@link Blas} for dot products).
 */
public final class Linalg {
    private Linalg() {}

    /** The {@code ord} argument of {@link #norm}. */
    public enum Ord { NONE, FRO, NUC, INF, NEG_INF, ONE, NEG_ONE, TWO, NEG_TWO, ZERO, OTHER }

    /** {@code np.linalg.norm(x)}: the 2-norm of the flattened array, {@code sqrt(dot(x, x))}. */
    public static NDArray norm(NDArray x) {
        return norm(x, Ord.NONE, 0, null, false);
    }

    /**
     * {@code np.linalg.norm(x, ord, axis, keepdims)}.
     *
     * @param ord the order; {@link Ord#OTHER} uses {@code p} ({@code sum(|x|**p)**(1/p)})
     * @param axes null, one axis (vector norm) or two axes (matrix norm)
     */
    public static NDArray norm(NDArray x, Ord ord, double p, int[] axes, boolean keepdims) {
        if (x.dtype != DType.FLOAT64 && x.dtype != DType.COMPLEX128) {
            x = x.astype(DType.FLOAT64);
        }
        int nd = x.ndim();
        if (axes == null) {
            if (ord == Ord.NONE || (ord == Ord.FRO && nd == 2) || (ord == Ord.TWO && nd == 1)) {
                NDArray flat = ravelK(x);
                double sq;
                if (flat.dtype == DType.COMPLEX128) {
                    double[] re = flat.toDoubleArray();
                    double[] im = flat.toImagArray();
                    sq = Blas.dot(re, re, re.length) + Blas.dot(im, im, im.length);
                } else {
                    double[] v = flat.toDoubleArray();
                    sq = Blas.dot(v, v, v.length);
                }
                NDArray r = NDArray.scalar(Math.sqrt(sq));
                if (keepdims) {
                    int[] ones = new int[nd];
                    java.util.Arrays.fill(ones, 1);
                    return r.reshape(ones);
                }
                return r;
            }
            axes = new int[nd];
            for (int i = 0; i < nd; i++) {
                axes[i] = i;
            }
        }
        for (int i = 0; i < axes.length; i++) {
            axes[i] = NDArray.normalizeAxis(axes[i], nd);
        }
        if (axes.length == 1) {
            NDArray ax = Ops.abs(x);
            switch (ord) {
                case INF:
                    return Reduce.max(ax, axes, keepdims);
                case NEG_INF:
                    return Reduce.min(ax, axes, keepdims);
                case ZERO:
                    return Reduce.sum(Ops.ne(x, NDArray.scalar(0.0)).astype(DType.FLOAT64), axes, keepdims);
                case ONE:
                    return Reduce.sum(ax, axes, keepdims);
                case NONE:
                case TWO: {
                    NDArray s = Ops.multiply(x.dtype == DType.COMPLEX128 ? ax : x, x.dtype == DType.COMPLEX128 ? ax : x);
                    return Ops.unary(Ops.Unary.SQRT, Reduce.sum(s, axes, keepdims));
                }
                case FRO:
                case NUC:
                    throw NumpyException.valueError("Invalid norm order '" + (ord == Ord.FRO ? "fro" : "nuc")
                            + "' for vectors");
                default: {
                    double q = ord == Ord.NEG_ONE ? -1 : ord == Ord.NEG_TWO ? -2 : p;
                    NDArray powd = Ops.power(ax, NDArray.scalar(q));
                    NDArray s = Reduce.sum(powd, axes, keepdims);
                    return Ops.power(s, NDArray.scalar(1.0 / q));
                }
            }
        }
        if (axes.length == 2) {
            int rowAxis = axes[0];
            int colAxis = axes[1];
            if (rowAxis == colAxis) {
                throw NumpyException.valueError("Duplicate axes given.");
            }
            NDArray ax = Ops.abs(x);
            NDArray ret;
            switch (ord) {
                case ONE:
                case NEG_ONE: {
                    if (colAxis > rowAxis) {
                        colAxis -= 1;
                    }
                    NDArray s = Reduce.sum(ax, new int[] {rowAxis}, false);
                    ret = ord == Ord.ONE ? Reduce.max(s, new int[] {colAxis}, false)
                            : Reduce.min(s, new int[] {colAxis}, false);
                    break;
                }
                case INF:
                case NEG_INF: {
                    if (rowAxis > colAxis) {
                        rowAxis -= 1;
                    }
                    NDArray s = Reduce.sum(ax, new int[] {colAxis}, false);
                    ret = ord == Ord.INF ? Reduce.max(s, new int[] {rowAxis}, false)
                            : Reduce.min(s, new int[] {rowAxis}, false);
                    break;
                }
                case NONE:
                case FRO: {
                    NDArray b = x.dtype == DType.COMPLEX128 ? ax : x;
                    ret = Ops.unary(Ops.Unary.SQRT, Reduce.sum(Ops.multiply(b, b), new int[] {axes[0], axes[1]}, false));
                    break;
                }
                case TWO:
                case NEG_TWO:
                case NUC:
                    throw new NumpyException("NotImplementedError",
                            "matrix norms of order 2, -2 and 'nuc' need the SVD, not available yet");
                default:
                    throw NumpyException.valueError("Invalid norm order for matrices.");
            }
            if (keepdims) {
                int[] sh = x.shape();
                sh[axes[0]] = 1;
                sh[axes[1]] = 1;
                ret = ret.reshape(sh);
            }
            return ret;
        }
        throw NumpyException.valueError("Improper number of dimensions to norm.");
    }

    /** {@code x.ravel(order='K')}: elements in memory order. */
    static NDArray ravelK(NDArray x) {
        int nd = x.ndim();
        Integer[] order = new Integer[nd];
        for (int k = 0; k < nd; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Integer.compare(Math.abs(x.strides[q]), Math.abs(x.strides[p])));
        int[] perm = new int[nd];
        for (int k = 0; k < nd; k++) {
            perm[k] = order[k];
        }
        return x.transpose(perm).copy().reshape(x.size);
    }
}
