package basis.engine.nd;

/**
 * Array creation with NumPy's rules: zeros, ones, full, eye, identity, arange, linspace, diag,
 * concatenate/stack. Every allocation goes through the memory cap ({@link Alloc}).
 */
public final class Creation {
    private Creation() {}

    /** {@code np.zeros(shape, dtype)}. */
    public static NDArray zeros(DType dtype, int... shape) {
        return NDArray.empty(dtype, shape);
    }

    /** {@code np.zeros(shape)} (float64). */
    public static NDArray zeros(int... shape) {
        return zeros(DType.FLOAT64, shape);
    }

    /** {@code np.ones(shape, dtype)}. */
    public static NDArray ones(DType dtype, int... shape) {
        NDArray a = NDArray.empty(dtype, shape);
        a.fill(1.0);
        return a;
    }

    public static NDArray ones(int... shape) {
        return ones(DType.FLOAT64, shape);
    }

    /** {@code np.full(shape, value)}: the dtype is the value's ({@code value} is a 0-d array). */
    public static NDArray full(int[] shape, NDArray value) {
        NDArray a = NDArray.empty(value.dtype, shape);
        a.assign(value);
        return a;
    }

    public static NDArray full(int[] shape, double value) {
        return full(shape, NDArray.scalar(value));
    }

    public static NDArray full(int[] shape, long value) {
        return full(shape, NDArray.scalar(value));
    }

    /** {@code np.zeros_like(a)}. */
    public static NDArray zerosLike(NDArray a) {
        return NDArray.empty(a.dtype, a.shape);
    }

    /** {@code np.ones_like(a)}. */
    public static NDArray onesLike(NDArray a) {
        return ones(a.dtype, a.shape);
    }

    /** {@code np.eye(n, m, k)} (float64). */
    public static NDArray eye(int n, int m, int k) {
        return eye(n, m, k, DType.FLOAT64);
    }

    /** {@code np.eye(n, m, k, dtype)}: ones on the k-th diagonal. */
    public static NDArray eye(int n, int m, int k, DType dtype) {
        NDArray a = NDArray.empty(dtype, n, m);
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < m) {
                a.writeDouble(i * m + j, 1.0);
            }
        }
        return a;
    }

    /** {@code np.identity(n)}. */
    public static NDArray identity(int n) {
        return eye(n, n, 0);
    }

    /** {@code np.arange(start, stop, step)} with integer arguments: int64. */
    public static NDArray arange(long start, long stop, long step) {
        if (step == 0) {
            throw new NumpyException("ZeroDivisionError", "division by zero");
        }
        double tmp = (double) (stop - start) / (double) step;
        long len = lengthFromQuotient(tmp, stop - start);
        NDArray a = NDArray.empty(DType.INT64, checkLen(len));
        for (int i = 0; i < a.size; i++) {
            a.lData[i] = start + i * step;
        }
        return a;
    }

    /** {@code np.arange(stop)}. */
    public static NDArray arange(long stop) {
        return arange(0, stop, 1);
    }

    /**
     * {@code np.arange(start, stop, step)} when any argument is a float: float64, length
     * {@code ceil((stop - start) / step)}, values {@code start + i * ((start + step) - start)} as
     * NumPy's fill function computes them.
     */
    public static NDArray arange(double start, double stop, double step) {
        if (step == 0) {
            throw new NumpyException("ZeroDivisionError", "division by zero");
        }
        double delta = stop - start;
        double tmp = delta / step;
        if (tmp != tmp) {
            throw NumpyException.valueError("arange: cannot compute length");
        }
        long len = lengthFromQuotient(tmp, delta);
        NDArray a = NDArray.empty(DType.FLOAT64, checkLen(len));
        int n = a.size;
        if (n > 0) {
            a.dData[0] = start;
        }
        if (n > 1) {
            a.dData[1] = start + step;
        }
        if (n > 2) {
            double d = a.dData[1] - start;
            for (int i = 2; i < n; i++) {
                a.dData[i] = start + i * d;
            }
        }
        return a;
    }

    private static long lengthFromQuotient(double tmp, double delta) {
        if (tmp == 0.0 && delta != 0.0) {
            return Double.doubleToRawLongBits(tmp) < 0 ? 0 : 1;
        }
        if (Double.isInfinite(tmp)) {
            throw NumpyException.valueError("Maximum allowed size exceeded");
        }
        double c = Math.ceil(tmp);
        if (c > 9.2e18) {
            throw NumpyException.valueError("Maximum allowed size exceeded");
        }
        return c <= 0 ? 0 : (long) c;
    }

    private static int checkLen(long len) {
        if (len > Integer.MAX_VALUE) {
            Alloc.check(new int[] {Integer.MAX_VALUE}, DType.FLOAT64);
        }
        return (int) len;
    }

    private static long lengthFromQuotient(double tmp, long delta) {
        return lengthFromQuotient(tmp, (double) delta);
    }

    /** {@code np.linspace(start, stop, num, endpoint)} (float64), computed as NumPy does. */
    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) {
            throw NumpyException.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        int div = endpoint ? num - 1 : num;
        NDArray y = NDArray.empty(DType.FLOAT64, num);
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        boolean stepZero = step == 0;
        for (int i = 0; i < num; i++) {
            double v = i;
            if (div > 0) {
                if (stepZero) {
                    v = (v / div) * delta;
                } else {
                    v = v * step;
                }
            } else {
                v = v * delta;
            }
            y.dData[i] = v + start;
        }
        if (endpoint && num > 1) {
            y.dData[num - 1] = stop;
        }
        return y;
    }

    /** {@code np.diag(v, k)}: a 2-D array with v on the k-th diagonal, or the k-th diagonal of a 2-D v. */
    public static NDArray diag(NDArray v, int k) {
        if (v.ndim() == 1) {
            int n = v.size + Math.abs(k);
            NDArray out = NDArray.empty(v.dtype, n, n);
            for (int i = 0; i < v.size; i++) {
                int r = k >= 0 ? i : i - k;
                int c = k >= 0 ? i + k : i;
                out.writeFrom(r * n + c, v, v.pos(i));
            }
            return out;
        }
        if (v.ndim() == 2) {
            int rows = v.shape[0];
            int cols = v.shape[1];
            int r0 = k >= 0 ? 0 : -k;
            int c0 = k >= 0 ? k : 0;
            int len = Math.max(0, Math.min(rows - r0, cols - c0));
            NDArray out = NDArray.empty(v.dtype, len);
            for (int i = 0; i < len; i++) {
                out.writeFrom(i, v, v.offset + (r0 + i) * v.strides[0] + (c0 + i) * v.strides[1]);
            }
            return out;
        }
        throw NumpyException.valueError("Input must be 1- or 2-d.");
    }

    /**
     * {@code np.triu(m, k)} (upper) and {@code np.tril(m, k)}: a copy of m with the elements below
     * (triu) or above (tril) the k-th diagonal of its last two axes set to zero; a 1-D m is first
     * repeated into a square matrix, as NumPy does. Call with m.ndim() &gt;= 1.
     */
    public static NDArray triangle(NDArray m, long k, boolean upper) {
        NDArray src = m.ndim() == 1 ? m.broadcastTo(m.shape[0], m.shape[0]) : m;
        NDArray out = src.copy();
        int nd = out.ndim();
        int rows = out.shape[nd - 2], cols = out.shape[nd - 1];
        if (out.size == 0) return out;
        NDArray zero = NDArray.empty(out.dtype);
        for (int flat = 0; flat < out.size; flat++) {
            long j = flat % cols, i = (flat / cols) % rows;
            if (upper ? j - i < k : j - i > k) out.writeFrom(flat, zero, 0);
        }
        return out;
    }

    /**
     * {@code np.triu_indices(n, k, m)} (upper) and {@code np.tril_indices}: the row and the column
     * indices, in row-major order, of the elements of an n x m matrix on and above (below) its k-th diagonal.
     */
    public static NDArray[] triangleIndices(long n, long k, long m, boolean upper) {
        n = Math.max(n, 0);
        m = Math.max(m, 0);
        Alloc.toShape(new long[] {n, m}, DType.BOOL); // NumPy builds this mask first: its MemoryError
        if (m == 0) n = 0;
        long count = 0;
        for (long i = 0; i < n; i++) {
            // columns j with j - i >= k (upper) or j - i <= k (lower), clamped to [0, m)
            long lo = upper ? Math.max(0, i + k) : 0, hi = upper ? m : Math.min(m, i + k + 1);
            if (hi > lo) count += hi - lo;
        }
        int[] shape = Alloc.toShape(new long[] {count}, DType.INT64);
        NDArray rowIdx = NDArray.empty(DType.INT64, shape), colIdx = NDArray.empty(DType.INT64, shape);
        int at = 0;
        for (long i = 0; i < n; i++) {
            long lo = upper ? Math.max(0, i + k) : 0, hi = upper ? m : Math.min(m, i + k + 1);
            for (long j = lo; j < hi; j++, at++) {
                rowIdx.lData[at] = i;
                colIdx.lData[at] = j;
            }
        }
        return new NDArray[] {rowIdx, colIdx};
    }

    /** {@code np.concatenate(arrays, axis)}. */
    public static NDArray concatenate(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw NumpyException.valueError("need at least one array to concatenate");
        }
        int nd = arrays[0].ndim();
        if (nd == 0) {
            throw NumpyException.valueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = NDArray.normalizeAxis(axis, nd);
        DType t = arrays[0].dtype;
        int total = 0;
        for (int i = 0; i < arrays.length; i++) {
            NDArray a = arrays[i];
            if (a.ndim() != nd) {
                throw NumpyException.valueError("all the input arrays must have same number of dimensions, but the array at"
                        + " index 0 has " + nd + " dimension(s) and the array at index " + i + " has " + a.ndim() + " dimension(s)");
            }
            for (int k = 0; k < nd; k++) {
                if (k != ax && a.shape[k] != arrays[0].shape[k]) {
                    throw NumpyException.valueError("all the input array dimensions except for the concatenation axis"
                            + " must match exactly, but along dimension " + k + ", the array at index 0 has size "
                            + arrays[0].shape[k] + " and the array at index " + i + " has size " + a.shape[k]);
                }
            }
            t = DType.promote(t, a.dtype);
            total += a.shape[ax];
        }
        int[] sh = arrays[0].shape();
        sh[ax] = total;
        NDArray out = NDArray.empty(t, sh);
        int start = 0;
        for (NDArray a : arrays) {
            int len = a.shape[ax];
            out.slice(ax, start, start + len, 1).assign(a);
            start += len;
        }
        return out;
    }

    /** {@code np.stack(arrays, axis)}. */
    public static NDArray stack(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw NumpyException.valueError("need at least one array to stack");
        }
        int nd = arrays[0].ndim() + 1;
        int ax = NDArray.normalizeAxis(axis, nd);
        NDArray[] ex = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            if (!java.util.Arrays.equals(arrays[i].shape, arrays[0].shape)) {
                throw NumpyException.valueError("all input arrays must have the same shape");
            }
            ex[i] = arrays[i].expandDims(ax);
        }
        return concatenate(ex, ax);
    }

    /** {@code np.vstack}: 1-D inputs become rows. */
    public static NDArray vstack(NDArray[] arrays) {
        NDArray[] r = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            r[i] = atLeast2d(arrays[i]);
        }
        return concatenate(r, 0);
    }

    /** {@code np.hstack}: concatenates along axis 1, or 0 for 1-D inputs. */
    public static NDArray hstack(NDArray[] arrays) {
        NDArray[] r = new NDArray[arrays.length];
        boolean all1d = true;
        for (int i = 0; i < arrays.length; i++) {
            r[i] = arrays[i].ndim() == 0 ? arrays[i].reshape(1) : arrays[i];
            all1d &= r[i].ndim() == 1;
        }
        return concatenate(r, all1d ? 0 : 1);
    }

    /** {@code np.column_stack}: 1-D inputs become columns. */
    public static NDArray columnStack(NDArray[] arrays) {
        NDArray[] r = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            NDArray a = arrays[i];
            r[i] = a.ndim() < 2 ? a.reshape(a.size, 1) : a;
        }
        return concatenate(r, 1);
    }

    static NDArray atLeast2d(NDArray a) {
        if (a.ndim() == 0) {
            return a.reshape(1, 1);
        }
        if (a.ndim() == 1) {
            return a.expandDims(0);
        }
        return a;
    }
}
