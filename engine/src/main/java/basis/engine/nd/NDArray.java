package basis.engine.nd;

import java.util.Arrays;

/**
 * An n-dimensional array: unboxed storage ({@code double[]} for float64, {@code long[]} for int64,
 * {@code boolean[]} for bool, interleaved {@code double[]} re/im pairs for complex128), a shape,
 * strides in elements and an offset. Transposes, basic slices, {@link #get(int)} and most reshapes
 * are views sharing the storage, as in NumPy.
 *
 * <p>Flat ("At") accessors number elements in C order whatever the memory layout.
 */
public final class NDArray {
    final DType dtype;
    final double[] dData;
    final long[] lData;
    final boolean[] bData;
    final int[] shape;
    final int[] strides;
    final int offset;
    final int size;

    NDArray(DType dtype, double[] d, long[] l, boolean[] b, int[] shape, int[] strides, int offset) {
        this.dtype = dtype;
        this.dData = d;
        this.lData = l;
        this.bData = b;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.size = sizeOf(shape);
    }

    // ---------------------------------------------------------------- factories

    /** A new C-contiguous array of zeros (false) of the given type; checks the memory cap. */
    public static NDArray empty(DType dtype, int... shape) {
        int[] sh = shape.clone();
        long n = Alloc.check(sh, dtype);
        int len = (int) n;
        switch (dtype) {
            case FLOAT64:
                return new NDArray(dtype, new double[len], null, null, sh, cStrides(sh), 0);
            case COMPLEX128:
                return new NDArray(dtype, new double[2 * len], null, null, sh, cStrides(sh), 0);
            case INT64:
                return new NDArray(dtype, null, new long[len], null, sh, cStrides(sh), 0);
            default:
                return new NDArray(dtype, null, null, new boolean[len], sh, cStrides(sh), 0);
        }
    }

    /** A float64 array over {@code data} (not copied) in C order. */
    public static NDArray ofDoubles(double[] data, int... shape) {
        int[] sh = shape.clone();
        checkData(data.length, sh);
        return new NDArray(DType.FLOAT64, data, null, null, sh, cStrides(sh), 0);
    }

    /** A 1-D float64 array copying {@code data}. */
    public static NDArray vector(double... data) {
        return ofDoubles(data.clone(), data.length);
    }

    /** An int64 array over {@code data} (not copied) in C order. */
    public static NDArray ofLongs(long[] data, int... shape) {
        int[] sh = shape.clone();
        checkData(data.length, sh);
        return new NDArray(DType.INT64, null, data, null, sh, cStrides(sh), 0);
    }

    /** A bool array over {@code data} (not copied) in C order. */
    public static NDArray ofBools(boolean[] data, int... shape) {
        int[] sh = shape.clone();
        checkData(data.length, sh);
        return new NDArray(DType.BOOL, null, null, data, sh, cStrides(sh), 0);
    }

    /** A complex128 array from separate real and imaginary parts (copied) in C order. */
    public static NDArray ofComplex(double[] re, double[] im, int... shape) {
        int[] sh = shape.clone();
        checkData(re.length, sh);
        checkData(im.length, sh);
        double[] d = new double[2 * re.length];
        for (int i = 0; i < re.length; i++) {
            d[2 * i] = re[i];
            d[2 * i + 1] = im[i];
        }
        return new NDArray(DType.COMPLEX128, d, null, null, sh, cStrides(sh), 0);
    }

    /** The shape and strides of every 0-d array made here: empty, so sharing it is safe. */
    private static final int[] NO_AXES = new int[0];

    /** A 0-d float64 array. */
    public static NDArray scalar(double v) {
        return new NDArray(DType.FLOAT64, new double[] {v}, null, null, NO_AXES, NO_AXES, 0);
    }

    /** A 0-d int64 array. */
    public static NDArray scalar(long v) {
        return new NDArray(DType.INT64, null, new long[] {v}, null, NO_AXES, NO_AXES, 0);
    }

    /** A 0-d bool array. */
    public static NDArray scalar(boolean v) {
        return new NDArray(DType.BOOL, null, null, new boolean[] {v}, NO_AXES, NO_AXES, 0);
    }

    /** A 0-d complex128 array. */
    public static NDArray complexScalar(double re, double im) {
        return new NDArray(DType.COMPLEX128, new double[] {re, im}, null, null, NO_AXES, NO_AXES, 0);
    }

    private static void checkData(int len, int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw NumpyException.valueError("negative dimensions are not allowed");
            }
        }
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n != len) {
            throw new IllegalArgumentException("data length " + len + " does not match shape " + shapeStr(shape));
        }
    }

    static int[] cStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return st;
    }

    static int sizeOf(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return (int) n;
    }

    // ---------------------------------------------------------------- properties

    public DType dtype() {
        return dtype;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    public int shape(int axis) {
        return shape[axis];
    }

    /** A copy of the strides, in elements. */
    public int[] strides() {
        return strides.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public int size() {
        return size;
    }

    /** {@code arr.nbytes}. */
    public long nbytes() {
        return (long) size * dtype.itemSize();
    }

    /** True if the elements are laid out in C order without gaps (views may not be). */
    public boolean isCContiguous() {
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 0) {
                return true;
            }
            if (shape[i] != 1 && strides[i] != s) {
                return false;
            }
            s *= shape[i];
        }
        return true;
    }

    /** True if this and {@code other} are views of the same storage. */
    public boolean sharesMemoryWith(NDArray other) {
        return (dData != null && dData == other.dData) || (lData != null && lData == other.lData)
                || (bData != null && bData == other.bData);
    }

    // ---------------------------------------------------------------- positions

    /** The storage position of the element with C-order flat index {@code flat}. */
    int pos(int flat) {
        int p = offset;
        int rem = flat;
        for (int k = shape.length - 1; k >= 0; k--) {
            int n = shape[k];
            if (n > 1) {
                p += (rem % n) * strides[k];
                rem /= n;
            }
        }
        return p;
    }

    int posOf(int[] idx) {
        if (idx.length != shape.length) {
            throw NumpyException.indexError("too many indices for array: array is " + shape.length
                    + "-dimensional, but " + idx.length + " were indexed");
        }
        int p = offset;
        for (int k = 0; k < idx.length; k++) {
            int i = idx[k];
            int n = shape[k];
            if (i < -n || i >= n) {
                throw NumpyException.indexError("index " + i + " is out of bounds for axis " + k + " with size " + n);
            }
            if (i < 0) {
                i += n;
            }
            p += i * strides[k];
        }
        return p;
    }

    /** Walks storage positions in C order. */
    static final class Cursor {
        final int[] shape;
        final int[] strides;
        final int[] idx;
        int pos;

        Cursor(NDArray a) {
            this(a.shape, a.strides, a.offset);
        }

        Cursor(int[] shape, int[] strides, int offset) {
            this.shape = shape;
            this.strides = strides;
            this.idx = new int[shape.length];
            this.pos = offset;
        }

        void advance() {
            for (int k = shape.length - 1; k >= 0; k--) {
                idx[k]++;
                pos += strides[k];
                if (idx[k] < shape[k]) {
                    return;
                }
                pos -= strides[k] * shape[k];
                idx[k] = 0;
            }
        }
    }

    // ---------------------------------------------------------------- element access

    double readDouble(int p) {
        switch (dtype) {
            case FLOAT64:
                return dData[p];
            case INT64:
                return (double) lData[p];
            case BOOL:
                return bData[p] ? 1.0 : 0.0;
            default:
                return dData[2 * p];
        }
    }

    double readImag(int p) {
        return dtype == DType.COMPLEX128 ? dData[2 * p + 1] : 0.0;
    }

    long readLong(int p) {
        switch (dtype) {
            case INT64:
                return lData[p];
            case BOOL:
                return bData[p] ? 1L : 0L;
            case FLOAT64:
                return doubleToLong(dData[p]);
            default:
                return doubleToLong(dData[2 * p]);
        }
    }

    boolean readBool(int p) {
        switch (dtype) {
            case BOOL:
                return bData[p];
            case INT64:
                return lData[p] != 0;
            case FLOAT64:
                return dData[p] != 0;
            default:
                return dData[2 * p] != 0 || dData[2 * p + 1] != 0;
        }
    }

    void writeDouble(int p, double v) {
        switch (dtype) {
            case FLOAT64:
                dData[p] = v;
                break;
            case INT64:
                lData[p] = doubleToLong(v);
                break;
            case BOOL:
                bData[p] = v != 0;
                break;
            default:
                dData[2 * p] = v;
                dData[2 * p + 1] = 0;
        }
    }

    void writeComplex(int p, double re, double im) {
        if (dtype == DType.COMPLEX128) {
            dData[2 * p] = re;
            dData[2 * p + 1] = im;
        } else {
            writeDouble(p, re);
        }
    }

    void writeLong(int p, long v) {
        switch (dtype) {
            case FLOAT64:
                dData[p] = (double) v;
                break;
            case INT64:
                lData[p] = v;
                break;
            case BOOL:
                bData[p] = v != 0;
                break;
            default:
                dData[2 * p] = (double) v;
                dData[2 * p + 1] = 0;
        }
    }

    void writeBool(int p, boolean v) {
        switch (dtype) {
            case BOOL:
                bData[p] = v;
                break;
            default:
                writeLong(p, v ? 1 : 0);
        }
    }

    /** Copies element {@code srcPos} of {@code src} into position {@code p}, casting as NumPy does. */
    void writeFrom(int p, NDArray src, int srcPos) {
        switch (src.dtype) {
            case BOOL:
                writeBool(p, src.bData[srcPos]);
                break;
            case INT64:
                writeLong(p, src.lData[srcPos]);
                break;
            case FLOAT64:
                writeDouble(p, src.dData[srcPos]);
                break;
            default:
                writeComplex(p, src.dData[2 * srcPos], src.dData[2 * srcPos + 1]);
        }
    }

    /**
     * C's (and NumPy's) float-to-int64 cast: truncation toward zero. NaN, infinities and values
     * out of range give {@code Long.MIN_VALUE}, as on x86-64.
     */
    static long doubleToLong(double v) {
        if (v != v || v >= 9.223372036854775807E18 || v < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) v;
    }

    public double getDouble(int... idx) {
        return readDouble(posOf(idx));
    }

    public long getLong(int... idx) {
        return readLong(posOf(idx));
    }

    public boolean getBool(int... idx) {
        return readBool(posOf(idx));
    }

    /** Imaginary part (0 unless complex). */
    public double getImag(int... idx) {
        return readImag(posOf(idx));
    }

    /** Element {@code flat} (C order) as a double (real part for complex). */
    public double doubleAt(int flat) {
        return readDouble(pos(flat));
    }

    /** Element {@code flat} (C order) as a long (floats truncated toward zero). */
    public long longAt(int flat) {
        return readLong(pos(flat));
    }

    public boolean boolAt(int flat) {
        return readBool(pos(flat));
    }

    public double imagAt(int flat) {
        return readImag(pos(flat));
    }

    /** Sets one element, cast to this array's type (a float into int64 truncates). */
    public void setDouble(int[] idx, double value) {
        writeDouble(posOf(idx), value);
    }

    public void setLong(int[] idx, long value) {
        writeLong(posOf(idx), value);
    }

    public void setBool(int[] idx, boolean value) {
        writeBool(posOf(idx), value);
    }

    public void setComplex(int[] idx, double re, double im) {
        writeComplex(posOf(idx), re, im);
    }

    public void setDoubleAt(int flat, double value) {
        writeDouble(pos(flat), value);
    }

    public void setLongAt(int flat, long value) {
        writeLong(pos(flat), value);
    }

    public void setBoolAt(int flat, boolean value) {
        writeBool(pos(flat), value);
    }

    /** The single element of a size-1 array as a 0-d array ({@code arr.item()} keeps the type). */
    public NDArray item() {
        if (size != 1) {
            throw NumpyException.valueError("can only convert an array of size 1 to a Python scalar");
        }
        return elementAt(0);
    }

    /** Element {@code flat} (C order) as a new 0-d array of the same type. */
    public NDArray elementAt(int flat) {
        int p = pos(flat);
        switch (dtype) {
            case FLOAT64:
                return scalar(dData[p]);
            case INT64:
                return scalar(lData[p]);
            case BOOL:
                return scalar(bData[p]);
            default:
                return complexScalar(dData[2 * p], dData[2 * p + 1]);
        }
    }

    // ---------------------------------------------------------------- conversions

    /** A C-contiguous copy. */
    public NDArray copy() {
        return astype(dtype);
    }

    /**
     * A C-contiguous copy converted to {@code target}: float to int truncates toward zero, anything
     * to bool is {@code != 0}, complex to real drops the imaginary part.
     */
    public NDArray astype(DType target) {
        NDArray out = empty(target, shape);
        Cursor c = new Cursor(this);
        for (int i = 0; i < size; i++) {
            out.writeFrom(i, this, c.pos);
            c.advance();
        }
        return out;
    }

    /** The elements in C order as doubles (real parts for complex). */
    public double[] toDoubleArray() {
        if (dtype == DType.FLOAT64 && isCContiguous()) {
            return java.util.Arrays.copyOfRange(dData, offset, offset + size);
        }
        double[] r = new double[size];
        Cursor c = new Cursor(this);
        for (int i = 0; i < size; i++) {
            r[i] = readDouble(c.pos);
            c.advance();
        }
        return r;
    }

    /** The imaginary parts in C order (zeros unless complex). */
    public double[] toImagArray() {
        double[] r = new double[size];
        if (dtype != DType.COMPLEX128) {
            return r;
        }
        Cursor c = new Cursor(this);
        for (int i = 0; i < size; i++) {
            r[i] = dData[2 * c.pos + 1];
            c.advance();
        }
        return r;
    }

    public long[] toLongArray() {
        long[] r = new long[size];
        Cursor c = new Cursor(this);
        for (int i = 0; i < size; i++) {
            r[i] = readLong(c.pos);
            c.advance();
        }
        return r;
    }

    public boolean[] toBoolArray() {
        boolean[] r = new boolean[size];
        Cursor c = new Cursor(this);
        for (int i = 0; i < size; i++) {
            r[i] = readBool(c.pos);
            c.advance();
        }
        return r;
    }

    /** {@code arr.real}: a view for complex arrays, the array itself otherwise. */
    public NDArray real() {
        if (dtype != DType.COMPLEX128) {
            return this;
        }
        NDArray c = copy();
        return ofDoubles(c.toDoubleArray(), shape);
    }

    /** {@code arr.imag} (a copy; zeros of the same type for real arrays). */
    public NDArray imag() {
        if (dtype != DType.COMPLEX128) {
            return empty(dtype == DType.BOOL ? DType.BOOL : dtype, shape);
        }
        return ofDoubles(toImagArray(), shape);
    }

    // ---------------------------------------------------------------- views

    NDArray view(int[] newShape, int[] newStrides, int newOffset) {
        return new NDArray(dtype, dData, lData, bData, newShape, newStrides, newOffset);
    }

    /** {@code arr.T}: the axes reversed, a view. */
    public NDArray transpose() {
        int n = shape.length;
        int[] sh = new int[n];
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            sh[i] = shape[n - 1 - i];
            st[i] = strides[n - 1 - i];
        }
        return view(sh, st, offset);
    }

    /** {@code arr.transpose(axes)}, a view; negative axes allowed. */
    public NDArray transpose(int... axes) {
        int n = shape.length;
        if (axes.length != n) {
            throw NumpyException.valueError("axes don't match array");
        }
        int[] sh = new int[n];
        int[] st = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int a = normalizeAxis(axes[i], n);
            if (seen[a]) {
                throw NumpyException.valueError("repeated axis in transpose");
            }
            seen[a] = true;
            sh[i] = shape[a];
            st[i] = strides[a];
        }
        return view(sh, st, offset);
    }

    /** {@code np.swapaxes}, a view. */
    public NDArray swapAxes(int a1, int a2) {
        int n = shape.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int x = normalizeAxis(a1, n);
        int y = normalizeAxis(a2, n);
        perm[x] = y;
        perm[y] = x;
        return transpose(perm);
    }

    /** A view with axis {@code ax} moved to the end (others keep their order). */
    NDArray swapAxesToEnd(int ax) {
        int n = shape.length;
        int[] perm = new int[n];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != ax) {
                perm[j++] = i;
            }
        }
        if (n > 0) {
            perm[n - 1] = ax;
        }
        return transpose(perm);
    }

    /** For an array whose last axis has length n: the r-th row in C order, as a 1-D view. */
    NDArray reshapeRow(int r, int n) {
        int nd = shape.length;
        if (nd == 0) {
            return view(new int[] {1}, new int[] {0}, offset);
        }
        int p = offset;
        int rem = r;
        for (int k = nd - 2; k >= 0; k--) {
            int s = shape[k];
            if (s > 0) {
                p += (rem % s) * strides[k];
                rem /= s;
            }
        }
        return view(new int[] {n}, new int[] {strides[nd - 1]}, p);
    }

    /** Normalizes a possibly negative axis; NumPy's AxisError (an IndexError/ValueError) if out of range. */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new NumpyException("numpy.exceptions.AxisError",
                    "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * {@code arr.reshape(newShape)} with at most one -1. A view when the layout allows (always for
     * C-contiguous arrays), otherwise a copy, as NumPy.
     */
    public NDArray reshape(int... newShape) {
        int[] sh = resolveShape(newShape, size);
        if (size == 0) {
            return empty(dtype, sh);
        }
        int[] st = noCopyStrides(sh);
        if (st != null) {
            return view(sh, st, offset);
        }
        NDArray c = copy();
        return c.view(sh, cStrides(sh), 0);
    }

    /** Resolves a -1 in a requested shape against {@code size}; NumPy's error when impossible. */
    static int[] resolveShape(int[] newShape, int size) {
        int[] sh = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < sh.length; i++) {
            if (sh[i] == -1) {
                if (unknown >= 0) {
                    throw NumpyException.valueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else if (sh[i] < 0) {
                throw NumpyException.valueError("negative dimensions not allowed");
            } else {
                known *= sh[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw NumpyException.valueError("cannot reshape array of size " + size + " into shape "
                        + shapeStrWithUnknown(newShape));
            }
            sh[unknown] = (int) (size / known);
        } else if (known != size) {
            throw NumpyException.valueError("cannot reshape array of size " + size + " into shape "
                    + shapeStrWithUnknown(sh));
        }
        return sh;
    }

    /** NumPy's shape text in reshape errors: leading -1s skipped, later ones shown as "newaxis". */
    private static String shapeStrWithUnknown(int[] s) {
        int i = 0;
        while (i < s.length && s[i] < 0) {
            i++;
        }
        if (i == s.length) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(").append(s[i]);
        for (int k = i + 1; k < s.length; k++) {
            sb.append(',');
            if (s[k] < 0) {
                sb.append("newaxis");
            } else {
                sb.append(s[k]);
            }
        }
        if (s.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Strides for viewing this array with {@code newShape} without copying, or null. */
    private int[] noCopyStrides(int[] newShape) {
        // Squeeze out length-1 axes of the old shape.
        int[] od = new int[shape.length];
        int[] os = new int[shape.length];
        int oldnd = 0;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 1) {
                od[oldnd] = shape[i];
                os[oldnd] = strides[i];
                oldnd++;
            }
        }
        int newnd = newShape.length;
        int[] ns = new int[newnd];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newnd && oi < oldnd) {
            long np = newShape[ni];
            long op = od[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= od[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (os[ok] != od[ok + 1] * os[ok + 1]) {
                    return null;
                }
            }
            ns[nj - 1] = os[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                ns[nk - 1] = ns[nk] * newShape[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        int last = ni >= 1 ? ns[ni - 1] : 1;
        for (int nk = ni; nk < newnd; nk++) {
            ns[nk] = last;
        }
        return ns;
    }

    /** {@code arr.ravel()}: a view if C-contiguous, else a copy, flattened. */
    public NDArray ravel() {
        return reshape(size);
    }

    /** {@code arr.flatten()}: always a copy. */
    public NDArray flatten() {
        return copy().reshape(size);
    }

    /** {@code arr[i]}: a view along axis 0 (negative allowed). */
    public NDArray get(int i) {
        if (shape.length == 0) {
            throw NumpyException.indexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        int n = shape[0];
        if (i < -n || i >= n) {
            throw NumpyException.indexError("index " + i + " is out of bounds for axis 0 with size " + n);
        }
        if (i < 0) {
            i += n;
        }
        return view(Arrays.copyOfRange(shape, 1, shape.length), Arrays.copyOfRange(strides, 1, strides.length),
                offset + i * strides[0]);
    }

    /** {@code arr[(slice)*axis, i]}: a view with {@code axis} removed. */
    public NDArray take(int axis, int i) {
        int ax = normalizeAxis(axis, shape.length);
        int n = shape[ax];
        if (i < -n || i >= n) {
            throw NumpyException.indexError("index " + i + " is out of bounds for axis " + ax + " with size " + n);
        }
        if (i < 0) {
            i += n;
        }
        int[] sh = new int[shape.length - 1];
        int[] st = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != ax) {
                sh[j] = shape[k];
                st[j] = strides[k];
                j++;
            }
        }
        return view(sh, st, offset + i * strides[ax]);
    }

    /**
     * A Python-style slice {@code start:stop:step} along {@code axis}, a view. {@code null} bounds mean
     * "omitted"; negative bounds count from the end; out-of-range bounds are clamped as Python does.
     */
    public NDArray slice(int axis, Integer start, Integer stop, Integer step) {
        int ax = normalizeAxis(axis, shape.length);
        int[] r = sliceIndices(shape[ax], start, stop, step);
        int[] sh = shape.clone();
        int[] st = strides.clone();
        sh[ax] = r[3];
        st[ax] = strides[ax] * r[2];
        return view(sh, st, r[3] == 0 ? offset : offset + r[0] * strides[ax]);
    }

    /** {@link #slice(int, Integer, Integer, Integer)} with all bounds given. */
    public NDArray slice(int axis, int start, int stop, int step) {
        return slice(axis, Integer.valueOf(start), Integer.valueOf(stop), Integer.valueOf(step));
    }

    /** Python's {@code slice.indices(length)} plus the count: {start, stop, step, count}. */
    public static int[] sliceIndices(int length, Integer start, Integer stop, Integer step) {
        int s = step == null ? 1 : step;
        if (s == 0) {
            throw NumpyException.valueError("slice step cannot be zero");
        }
        int lo;
        int hi;
        if (s > 0) {
            lo = start == null ? 0 : clampIndex(start, length, 0, length);
            hi = stop == null ? length : clampIndex(stop, length, 0, length);
        } else {
            lo = start == null ? length - 1 : clampIndex(start, length, -1, length - 1);
            hi = stop == null ? -1 : clampIndex(stop, length, -1, length - 1);
        }
        int count;
        if (s > 0) {
            count = hi > lo ? (hi - lo + s - 1) / s : 0;
        } else {
            count = lo > hi ? (lo - hi + (-s) - 1) / (-s) : 0;
        }
        return new int[] {lo, hi, s, count};
    }

    private static int clampIndex(int i, int length, int min, int max) {
        long v = i;
        if (v < 0) {
            v += length;
        }
        if (v < min) {
            v = min;
        }
        if (v > max) {
            v = max;
        }
        return (int) v;
    }

    /** Inserts a length-1 axis at {@code axis} ({@code np.expand_dims}, {@code arr[None]}), a view. */
    public NDArray expandDims(int axis) {
        int n = shape.length + 1;
        int ax = normalizeAxis(axis, n);
        int[] sh = new int[n];
        int[] st = new int[n];
        for (int k = 0, j = 0; k < n; k++) {
            if (k == ax) {
                sh[k] = 1;
                st[k] = 0;
            } else {
                sh[k] = shape[j];
                st[k] = strides[j];
                j++;
            }
        }
        return view(sh, st, offset);
    }

    /** Removes all length-1 axes, a view. */
    public NDArray squeeze() {
        int n = 0;
        for (int s : shape) {
            if (s != 1) {
                n++;
            }
        }
        int[] sh = new int[n];
        int[] st = new int[n];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (shape[k] != 1) {
                sh[j] = shape[k];
                st[j] = strides[k];
                j++;
            }
        }
        return view(sh, st, offset);
    }

    /** {@code np.broadcast_to}: a read-only-in-spirit view with stride 0 on stretched axes. */
    public NDArray broadcastTo(int... target) {
        int n = target.length;
        if (n < shape.length) {
            throw NumpyException.valueError("input operand has more dimensions than allowed by the axis remapping");
        }
        int[] st = new int[n];
        for (int k = 0; k < n; k++) {
            int j = k - (n - shape.length);
            if (j < 0) {
                st[k] = 0;
            } else if (shape[j] == target[k]) {
                st[k] = strides[j];
            } else if (shape[j] == 1) {
                st[k] = 0;
            } else {
                throw NumpyException.valueError("operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: " + shapeStr(shape).replace(" ", "") + "  and requested shape "
                        + shapeStr(target).replace(" ", ""));
            }
        }
        return view(target.clone(), st, offset);
    }

    /** Copies {@code src} (broadcast to this shape) into this array, casting to this type. */
    public void assign(NDArray src) {
        NDArray s = src.broadcastTo(shape);
        if (sharesMemoryWith(src)) {
            s = s.copy().broadcastTo(shape);
        }
        Cursor d = new Cursor(this);
        Cursor c = new Cursor(s);
        for (int i = 0; i < size; i++) {
            writeFrom(d.pos, s, c.pos);
            d.advance();
            c.advance();
        }
    }

    /** Fills every element with {@code v} (cast to this type). */
    public void fill(double v) {
        Cursor d = new Cursor(this);
        for (int i = 0; i < size; i++) {
            writeDouble(d.pos, v);
            d.advance();
        }
    }

    // ---------------------------------------------------------------- text

    /** Python's repr of a shape tuple: {@code ()}, {@code (5,)}, {@code (3, 4)}. */
    public static String shapeStr(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** {@code repr(arr)}. */
    @Override
    public String toString() {
        return basis.engine.format.ArrayFormat.repr(this);
    }
}
