package basis.engine.nd;

import java.util.Arrays;

/**
 * Reductions (sum, prod, mean, var, std, max, min, argmax, argmin, all, any) and scans (cumsum,
 * cumprod), with {@code axis} (null = all axes, negative allowed) and {@code keepdims}.
 *
 * <p>Float sums reproduce NumPy's order of additions so the last bit matches: elements are visited
 * in memory order; a reduced innermost axis (coalesced with its reduced neighbours) is summed with
 * NumPy's pairwise summation, other reduced axes accumulate sequentially; a reduction of every axis
 * of a non-contiguous (or cast) array goes through 8192-element buffers, each summed pairwise.
 */
public final class Reduce {
    private Reduce() {}

    private static final int BUFSIZE = 8192;

    enum Kind { SUM, PROD, MAX, MIN, ALL, ANY }

    // ---------------------------------------------------------------- public API

    /** {@code np.sum(a)} as a 0-d array. */
    public static NDArray sum(NDArray a) {
        return sum(a, null, false);
    }

    /** {@code np.sum(a, axis=axis)}. */
    public static NDArray sum(NDArray a, int axis) {
        return sum(a, new int[] {axis}, false);
    }

    /** {@code np.sum(a, axis=axes, keepdims=keepdims)}; {@code axes == null} reduces all. */
    public static NDArray sum(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.SUM, null);
    }

    public static NDArray prod(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.PROD, null);
    }

    public static NDArray max(NDArray a) {
        return max(a, null, false);
    }

    public static NDArray max(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.MAX, null);
    }

    public static NDArray min(NDArray a) {
        return min(a, null, false);
    }

    public static NDArray min(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.MIN, null);
    }

    public static NDArray all(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.ALL, null);
    }

    public static NDArray any(NDArray a, int[] axes, boolean keepdims) {
        return reduce(a, axes, keepdims, Kind.ANY, null);
    }

    /** {@code np.mean(a)}. */
    public static NDArray mean(NDArray a) {
        return mean(a, null, false);
    }

    public static NDArray mean(NDArray a, int axis) {
        return mean(a, new int[] {axis}, false);
    }

    /** {@code np.mean}: a float64 sum (ints cast on the fly) divided by the count. */
    public static NDArray mean(NDArray a, int[] axes, boolean keepdims) {
        int count = reducedCount(a, axes);
        NDArray s = reduce(a, axes, keepdims, Kind.SUM, DType.FLOAT64);
        return divideInPlace(s, count);
    }

    /** {@code np.var(a, axis, ddof, keepdims)}: mean of squared deviations, divided by n - ddof. */
    public static NDArray var(NDArray a, int[] axes, int ddof, boolean keepdims) {
        int count = reducedCount(a, axes);
        NDArray mean = divideInPlace(reduce(a, axes, true, Kind.SUM, DType.FLOAT64), count);
        NDArray x = Ops.subtract(a, mean);
        x = Ops.multiply(x, x);
        NDArray s = reduce(x, axes, keepdims, Kind.SUM, null);
        return divideInPlace(s, Math.max(count - ddof, 0));
    }

    /** {@code np.std}: the square root of {@link #var}. */
    public static NDArray std(NDArray a, int[] axes, int ddof, boolean keepdims) {
        NDArray v = var(a, axes, ddof, keepdims);
        for (int i = 0; i < v.size; i++) {
            v.dData[i] = Math.sqrt(v.dData[i]);
        }
        return v;
    }

    private static NDArray divideInPlace(NDArray s, int count) {
        double c = count;
        for (int i = 0; i < s.size; i++) {
            s.dData[i] = s.dData[i] / c;
        }
        return s;
    }

    private static int reducedCount(NDArray a, int[] axes) {
        boolean[] red = reducedAxes(a.ndim(), axes);
        long n = 1;
        for (int k = 0; k < a.ndim(); k++) {
            if (red[k]) {
                n *= a.shape[k];
            }
        }
        return (int) n;
    }

    static boolean[] reducedAxes(int nd, int[] axes) {
        boolean[] red = new boolean[nd];
        if (axes == null) {
            Arrays.fill(red, true);
            return red;
        }
        for (int ax : axes) {
            int k = NDArray.normalizeAxis(ax, nd);
            if (red[k]) {
                throw NumpyException.valueError("duplicate value in 'axis'");
            }
            red[k] = true;
        }
        return red;
    }

    // ---------------------------------------------------------------- the engine

    private static String ufuncName(Kind kind) {
        switch (kind) {
            case MAX:
                return "maximum";
            case MIN:
                return "minimum";
            default:
                return kind.name().toLowerCase();
        }
    }

    static NDArray reduce(NDArray a, int[] axes, boolean keepdims, Kind kind, DType forced) {
        if (a.dtype == DType.COMPLEX128) {
            return reduceComplex(a, axes, keepdims, kind);
        }
        int nd = a.ndim();
        boolean[] red = reducedAxes(nd, axes);
        // Output shape.
        int nKept = 0;
        for (int k = 0; k < nd; k++) {
            if (!red[k]) {
                nKept++;
            }
        }
        int[] keptAxes = new int[nKept];
        for (int k = 0, j = 0; k < nd; k++) {
            if (!red[k]) {
                keptAxes[j++] = k;
            }
        }
        int[] outShape;
        if (keepdims) {
            outShape = new int[nd];
            for (int k = 0; k < nd; k++) {
                outShape[k] = red[k] ? 1 : a.shape[k];
            }
        } else {
            outShape = new int[nKept];
            for (int j = 0; j < nKept; j++) {
                outShape[j] = a.shape[keptAxes[j]];
            }
        }
        int reducedSize = 1;
        for (int k = 0; k < nd; k++) {
            if (red[k]) {
                reducedSize *= a.shape[k];
            }
        }
        if (reducedSize == 0 && (kind == Kind.MAX || kind == Kind.MIN) && NDArray.sizeOf(outShape) > 0) {
            throw NumpyException.valueError("zero-size array to reduction operation " + ufuncName(kind)
                    + " which has no identity");
        }
        if (a.size == 0 && (kind == Kind.MAX || kind == Kind.MIN)) {
            throw NumpyException.valueError("zero-size array to reduction operation " + ufuncName(kind)
                    + " which has no identity");
        }
        DType outType;
        switch (kind) {
            case ALL:
            case ANY:
                outType = DType.BOOL;
                break;
            case MAX:
            case MIN:
                outType = a.dtype;
                break;
            default:
                outType = forced != null ? forced : (a.dtype == DType.FLOAT64 ? DType.FLOAT64 : DType.INT64);
        }
        NDArray out = NDArray.empty(outType, outShape);

        // Memory order of the axes (K order): by decreasing |stride|, stable. Axes of length 1 go
        // outermost: NumPy's iterator drops them, so sum(x.reshape(n, 1), axis=0) is pairwise over n.
        Integer[] order = new Integer[nd];
        for (int k = 0; k < nd; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> {
            boolean x1 = a.shape[x] == 1;
            boolean y1 = a.shape[y] == 1;
            if (x1 != y1) {
                return x1 ? -1 : 1;
            }
            return Integer.compare(Math.abs(a.strides[y]), Math.abs(a.strides[x]));
        });
        // Reduced axes in iteration order.
        int nRed = nd - nKept;
        int[] redAxes = new int[nRed];
        for (int k = 0, j = 0; k < nd; k++) {
            if (red[order[k]]) {
                redAxes[j++] = order[k];
            }
        }
        boolean floatSum = kind == Kind.SUM && outType == DType.FLOAT64;
        boolean cast = a.dtype != DType.FLOAT64;

        if (floatSum && nKept == 0) {
            out.dData[0] = sumAllFloat(a, order, cast);
            return out;
        }
        // Inner pairwise block: trailing reduced axes in memory order that coalesce.
        int blockAxes = 0;
        if (floatSum && nd > 0 && red[order[nd - 1]]) {
            blockAxes = 1;
            for (int k = nd - 2; k >= 0; k--) {
                int ax = order[k];
                int inner = order[k + 1];
                if (red[ax] && a.strides[ax] == a.strides[inner] * a.shape[inner]) {
                    blockAxes++;
                } else {
                    break;
                }
            }
        }
        int innerAxis = nd > 0 ? order[nd - 1] : -1;
        int blockLen = 1;
        for (int k = nd - blockAxes; k < nd; k++) {
            blockLen *= a.shape[order[k]];
        }
        int blockStride = blockAxes > 0 ? a.strides[innerAxis] : 0;
        int nOuterRed = nRed - blockAxes;
        int[] outerShape = new int[nOuterRed];
        int[] outerStride = new int[nOuterRed];
        for (int j = 0; j < nOuterRed; j++) {
            outerShape[j] = a.shape[redAxes[j]];
            outerStride[j] = a.strides[redAxes[j]];
        }
        int outerCount = NDArray.sizeOf(outerShape);
        double[] block = blockAxes > 0 ? new double[blockLen] : null;

        int nOut = out.size;
        int[] kidx = new int[nKept];
        int[] ridx = new int[nOuterRed];
        for (int o = 0; o < nOut; o++) {
            int base = a.offset;
            for (int j = 0; j < nKept; j++) {
                base += kidx[j] * a.strides[keptAxes[j]];
            }
            Acc acc = new Acc(kind, a.dtype, floatSum);
            Arrays.fill(ridx, 0);
            int pos = base;
            for (int r = 0; r < outerCount; r++) {
                if (block != null) {
                    for (int i = 0; i < blockLen; i++) {
                        block[i] = a.readDouble(pos + i * blockStride);
                    }
                    acc.d += pairwiseSum(block, 0, blockLen);
                } else {
                    acc.add(a, pos);
                }
                // advance the odometer over the outer reduced axes
                for (int j = nOuterRed - 1; j >= 0; j--) {
                    ridx[j]++;
                    pos += outerStride[j];
                    if (ridx[j] < outerShape[j]) {
                        break;
                    }
                    pos -= outerStride[j] * outerShape[j];
                    ridx[j] = 0;
                }
            }
            acc.store(out, o);
            for (int j = nKept - 1; j >= 0; j--) {
                if (++kidx[j] < a.shape[keptAxes[j]]) {
                    break;
                }
                kidx[j] = 0;
            }
        }
        return out;
    }

    /** One output element's accumulator. */
    private static final class Acc {
        final Kind kind;
        final DType in;
        final boolean floatSum;
        double d;
        long l;
        boolean b;
        boolean first = true;

        Acc(Kind kind, DType in, boolean floatSum) {
            this.kind = kind;
            this.in = in;
            this.floatSum = floatSum;
            switch (kind) {
                case SUM:
                    d = 0.0;
                    l = 0;
                    break;
                case PROD:
                    d = 1.0;
                    l = 1;
                    break;
                case ALL:
                    b = true;
                    break;
                default:
                    b = false;
            }
        }

        void add(NDArray a, int pos) {
            switch (kind) {
                case SUM:
                    if (floatSum) {
                        d += a.readDouble(pos);
                    } else {
                        l += a.readLong(pos);
                    }
                    break;
                case PROD:
                    if (in == DType.FLOAT64) {
                        d *= a.dData[pos];
                    } else {
                        l *= a.readLong(pos);
                    }
                    break;
                case ALL:
                    b = b && a.readBool(pos);
                    break;
                case ANY:
                    b = b || a.readBool(pos);
                    break;
                default: {
                    boolean max = kind == Kind.MAX;
                    if (in == DType.FLOAT64) {
                        double x = a.dData[pos];
                        if (first) {
                            d = x;
                        } else if (d == d) {
                            d = max ? MathUtil.maximum(d, x) : MathUtil.minimum(d, x);
                        }
                    } else if (in == DType.INT64) {
                        long x = a.lData[pos];
                        l = first ? x : (max ? Math.max(l, x) : Math.min(l, x));
                    } else {
                        boolean x = a.bData[pos];
                        b = first ? x : (max ? (b || x) : (b && x));
                    }
                    first = false;
                }
            }
        }

        void store(NDArray out, int o) {
            switch (out.dtype) {
                case FLOAT64:
                    out.dData[o] = (kind == Kind.PROD && in != DType.FLOAT64) ? (double) l : d;
                    break;
                case INT64:
                    out.lData[o] = l;
                    break;
                default:
                    out.bData[o] = b;
            }
        }
    }

    private static double sumAllFloat(NDArray a, Integer[] order, boolean cast) {
        int nd = a.ndim();
        int[] sh = new int[nd];
        int[] st = new int[nd];
        for (int k = 0; k < nd; k++) {
            sh[k] = a.shape[order[k]];
            st[k] = a.strides[order[k]];
        }
        int n = a.size;
        double[] vals = new double[n];
        NDArray.Cursor c = new NDArray.Cursor(sh, st, a.offset);
        for (int i = 0; i < n; i++) {
            vals[i] = a.readDouble(c.pos);
            c.advance();
        }
        boolean contiguous = !cast && a.view(sh, st, a.offset).isCContiguous();
        if (contiguous) {
            return 0.0 + pairwiseSum(vals, 0, n);
        }
        double acc = 0.0;
        for (int s = 0; s < n; s += BUFSIZE) {
            acc += pairwiseSum(vals, s, Math.min(BUFSIZE, n - s));
        }
        return acc;
    }

    /** NumPy's pairwise summation ({@code DOUBLE_pairwise_sum}) of v[from .. from+n). */
    public static double pairwiseSum(double[] v, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += v[from + i];
            }
            return res;
        } else if (n <= 128) {
            double r0 = v[from];
            double r1 = v[from + 1];
            double r2 = v[from + 2];
            double r3 = v[from + 3];
            double r4 = v[from + 4];
            double r5 = v[from + 5];
            double r6 = v[from + 6];
            double r7 = v[from + 7];
            int i;
            int lim = n - (n % 8);
            for (i = 8; i < lim; i += 8) {
                int p = from + i;
                r0 += v[p];
                r1 += v[p + 1];
                r2 += v[p + 2];
                r3 += v[p + 3];
                r4 += v[p + 4];
                r5 += v[p + 5];
                r6 += v[p + 6];
                r7 += v[p + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += v[from + i];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwiseSum(v, from, n2) + pairwiseSum(v, from + n2, n - n2);
        }
    }

    private static NDArray reduceComplex(NDArray a, int[] axes, boolean keepdims, Kind kind) {
        if (kind != Kind.SUM) {
            throw NumpyException.typeError("complex " + kind.name().toLowerCase() + " is not supported by this engine");
        }
        NDArray re = reduce(a.real(), axes, keepdims, Kind.SUM, null);
        NDArray im = reduce(a.imag(), axes, keepdims, Kind.SUM, null);
        return NDArray.ofComplex(re.toDoubleArray(), im.toDoubleArray(), re.shape);
    }

    // ---------------------------------------------------------------- arg reductions

    /** {@code np.argmax(a)}: flat C-order index of the first maximum (first NaN wins), as 0-d int64. */
    public static NDArray argmax(NDArray a) {
        return NDArray.scalar((long) argFlat(a, true));
    }

    public static NDArray argmin(NDArray a) {
        return NDArray.scalar((long) argFlat(a, false));
    }

    private static int argFlat(NDArray a, boolean max) {
        if (a.size == 0) {
            throw NumpyException.valueError("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        }
        NDArray.Cursor c = new NDArray.Cursor(a);
        int best = 0;
        if (a.dtype == DType.FLOAT64 || a.dtype == DType.COMPLEX128) {
            double bv = a.readDouble(c.pos);
            for (int i = 0; i < a.size; i++) {
                double x = a.readDouble(c.pos);
                if (bv != bv) {
                    break;
                }
                if (x != x || (max ? x > bv : x < bv)) {
                    bv = x;
                    best = i;
                }
                c.advance();
            }
        } else {
            long bv = a.readLong(c.pos);
            for (int i = 0; i < a.size; i++) {
                long x = a.readLong(c.pos);
                if (max ? x > bv : x < bv) {
                    bv = x;
                    best = i;
                }
                c.advance();
            }
        }
        return best;
    }

    /** {@code np.argmax(a, axis)}. */
    public static NDArray argmax(NDArray a, int axis) {
        return argAxis(a, axis, true);
    }

    public static NDArray argmin(NDArray a, int axis) {
        return argAxis(a, axis, false);
    }

    private static NDArray argAxis(NDArray a, int axis, boolean max) {
        int ax = NDArray.normalizeAxis(axis, a.ndim());
        NDArray moved = a.swapAxesToEnd(ax);
        int n = a.shape[ax];
        int[] outShape = Arrays.copyOf(moved.shape, moved.ndim() - 1);
        NDArray out = NDArray.empty(DType.INT64, outShape);
        if (n == 0) {
            throw NumpyException.valueError("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
        }
        for (int o = 0; o < out.size; o++) {
            NDArray row = moved.reshapeRow(o, n);
            out.lData[o] = argFlat(row, max);
        }
        return out;
    }

    // ---------------------------------------------------------------- scans

    /** {@code np.cumsum(a)} (flattened) or along {@code axis} (null = flattened). */
    public static NDArray cumsum(NDArray a, Integer axis) {
        return scan(a, axis, true);
    }

    public static NDArray cumprod(NDArray a, Integer axis) {
        return scan(a, axis, false);
    }

    private static NDArray scan(NDArray a, Integer axis, boolean sum) {
        NDArray src = axis == null ? a.flatten() : a;
        int ax = axis == null ? 0 : NDArray.normalizeAxis(axis, a.ndim());
        DType t = a.dtype == DType.FLOAT64 ? DType.FLOAT64 : DType.INT64;
        NDArray out = NDArray.empty(t, src.shape);
        NDArray movedSrc = src.swapAxesToEnd(ax);
        NDArray movedOut = out.swapAxesToEnd(ax);
        int n = src.ndim() == 0 ? 1 : src.shape[ax];
        int rows = n == 0 ? 0 : src.size / n;
        for (int r = 0; r < rows; r++) {
            NDArray in = movedSrc.reshapeRow(r, n);
            NDArray o = movedOut.reshapeRow(r, n);
            double dacc = sum ? 0.0 : 1.0;
            long lacc = sum ? 0 : 1;
            for (int i = 0; i < n; i++) {
                int pi = in.offset + i * in.strides[0];
                int po = o.offset + i * o.strides[0];
                if (t == DType.FLOAT64) {
                    dacc = i == 0 ? in.dData[pi] : (sum ? dacc + in.dData[pi] : dacc * in.dData[pi]);
                    out.dData[po] = dacc;
                } else {
                    long x = in.readLong(pi);
                    lacc = i == 0 ? x : (sum ? lacc + x : lacc * x);
                    out.lData[po] = lacc;
                }
            }
        }
        return out;
    }
}
