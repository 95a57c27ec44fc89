package basis.engine.nd;

import basis.engine.nd.linalg.CholeskyDecomposition;
import basis.engine.nd.linalg.GeneralEigen;
import basis.engine.nd.linalg.LUDecomposition;
import basis.engine.nd.linalg.LeastSquares;
import basis.engine.nd.linalg.Matrix;
import basis.engine.nd.linalg.QRDecomposition;
import basis.engine.nd.linalg.SingularValueDecomposition;
import basis.engine.nd.linalg.SymmetricEigen;

/**
 * {@code np.linalg}: the functions as NumPy defines them (argument checks, messages, dtypes, empty
 * and stacked inputs, result assembly) on top of the decompositions in {@code nd.linalg}, which
 * follow the LAPACK routines NumPy calls. {@code norm} uses NumPy's algorithm per order.
 *
 * <p>Inputs of integer or bool dtype are converted to float64 as NumPy does; complex inputs are not
 * supported (NotImplementedError). Functions of one matrix accept stacks (..., M, N); {@code solve},
 * {@code lstsq} and {@code qr} take 2-D matrices only.
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
                // Memory order; for C-contiguous and 1-D arrays that is C order (no copy needed).
                NDArray flat = nd <= 1 || x.isCContiguous() ? x : ravelK(x);
                double sq;
                if (flat.dtype == DType.COMPLEX128) {
                    double[] re = flat.toDoubleArray();
                    double[] im = flat.toImagArray();
                    sq = Blas.ddot(re, re, re.length) + Blas.ddot(im, im, im.length);
                } else {
                    double[] v = flat.toDoubleArray();
                    sq = Blas.ddot(v, v, v.length);
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
                    ret = multiSvdNorm(x, rowAxis, colAxis, ord);
                    break;
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

    /** NumPy's {@code _multi_svd_norm}: max, min or sum of the singular values over two axes. */
    private static NDArray multiSvdNorm(NDArray x, int rowAxis, int colAxis, Ord ord) {
        if (x.dtype == DType.COMPLEX128) {
            throw complexUnsupported("norm");
        }
        int nd = x.ndim();
        int[] perm = new int[nd];
        int p = 0;
        for (int k = 0; k < nd; k++) {
            if (k != rowAxis && k != colAxis) {
                perm[p++] = k;
            }
        }
        perm[p++] = rowAxis;
        perm[p] = colAxis;
        NDArray sv = svd(x.transpose(perm), false, false, false)[0];
        int[] last = {sv.ndim() - 1};
        switch (ord) {
            case TWO:
                return Reduce.max(sv, last, false);
            case NEG_TWO:
                return Reduce.min(sv, last, false);
            default:
                return Reduce.sum(sv, last, false);
        }
    }

    // ================================================================== checks and conversions

    private static NumpyException complexUnsupported(String fn) {
        return new NumpyException("NotImplementedError",
                "complex input to numpy.linalg." + fn + " is not supported in Basis");
    }

    /** NumPy's {@code _commonType} for one real array: float64 (ints and bools converted). */
    private static NDArray asFloat(NDArray a, String fn) {
        if (a.dtype == DType.COMPLEX128) {
            throw complexUnsupported(fn);
        }
        return a.dtype == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
    }

    private static void assertStacked2d(NDArray a) {
        if (a.ndim() < 2) {
            throw NumpyException.linAlgError(a.ndim() + "-dimensional array given. Array must be at least "
                    + "two-dimensional");
        }
    }

    private static void assertStackedSquare(NDArray a) {
        assertStacked2d(a);
        if (a.shape[a.ndim() - 1] != a.shape[a.ndim() - 2]) {
            throw NumpyException.linAlgError("Last 2 dimensions of the array must be square");
        }
    }

    private static void assert2d(NDArray a) {
        if (a.ndim() != 2) {
            throw NumpyException.linAlgError(a.ndim() + "-dimensional array given. Array must be two-dimensional");
        }
    }

    private static void assertFinite(NDArray a) {
        for (int i = 0; i < a.size; i++) {
            double v = a.doubleAt(i);
            if (v != v || Double.isInfinite(v)) {
                throw NumpyException.linAlgError("Array must not contain infs or NaNs");
            }
        }
    }

    /** A stack (..., m, n) of matrices as separate column-major matrices. */
    private static final class Stack {
        final int[] lead;
        final int count;
        final int m;
        final int n;
        /** The elements in C order from {@code base} (the array's own storage when it is C-contiguous float64). */
        final double[] data;
        final int base;

        Stack(NDArray a) {
            int nd = a.ndim();
            lead = java.util.Arrays.copyOf(a.shape, nd - 2);
            count = NDArray.sizeOf(lead);
            m = a.shape[nd - 2];
            n = a.shape[nd - 1];
            if (a.dtype == DType.FLOAT64 && a.isCContiguous()) {
                data = a.dData; // read only: every matrix is copied out by get
                base = a.offset;
            } else {
                data = a.toDoubleArray();
                base = 0;
            }
        }

        /** Matrix k of the stack, a new column-major copy. */
        Matrix get(int k) {
            Matrix r = new Matrix(m, n);
            transpose(data, base + k * m * n, m, n, r.data, 0);
            return r;
        }

        int[] shape(int... tail) {
            int[] sh = java.util.Arrays.copyOf(lead, lead.length + tail.length);
            System.arraycopy(tail, 0, sh, lead.length, tail.length);
            return sh;
        }
    }

    /** Writes a matrix in C order at out[off..]. */
    private static void put(Matrix mt, double[] out, int off) {
        transpose(mt.data, 0, mt.cols, mt.rows, out, off);
    }

    /**
     * The rows x cols matrix in C order at src[so..] written in Fortran order at dst[dof..] (or, the
     * same thing, a cols x rows matrix in Fortran order written in C order). Eight columns at a time:
     * contiguous reads of each row's slice, eight sequential write streams (the element-by-element
     * loop over rows with columns inside was three times slower for tall, narrow matrices).
     */
    static void transpose(double[] src, int so, int rows, int cols, double[] dst, int dof) {
        for (int jb = 0; jb < cols; jb += 8) {
            int je = Math.min(jb + 8, cols);
            for (int i = 0; i < rows; i++) {
                int s = so + i * cols;
                for (int j = jb; j < je; j++) {
                    dst[dof + i + j * rows] = src[s + j];
                }
            }
        }
    }

    private static NDArray fromMatrix(Matrix mt) {
        return mt.toArray();
    }

    // ================================================================== LU: det, slogdet, inv, solve

    /** {@code np.linalg.det}: sign * exp(sum log|u_ii|) from the LU factorization (0-d for one matrix). */
    public static NDArray det(NDArray a) {
        assertStackedSquare(a);
        Stack st = new Stack(asFloat(a, "det"));
        double[] out = new double[st.count];
        LUDecomposition lu = new LUDecomposition();
        for (int k = 0; k < st.count; k++) {
            lu.decompose(st.get(k));
            out[k] = lu.det();
        }
        return NDArray.ofDoubles(out, st.lead);
    }

    /** {@code np.linalg.slogdet}: {sign, logabsdet}; a singular matrix gives (0, -inf). */
    public static NDArray[] slogdet(NDArray a) {
        assertStackedSquare(a);
        Stack st = new Stack(asFloat(a, "slogdet"));
        double[] sign = new double[st.count];
        double[] logdet = new double[st.count];
        LUDecomposition lu = new LUDecomposition();
        for (int k = 0; k < st.count; k++) {
            lu.decompose(st.get(k));
            double[] r = lu.slogdet();
            sign[k] = r[0];
            logdet[k] = r[1];
        }
        return new NDArray[] {NDArray.ofDoubles(sign, st.lead), NDArray.ofDoubles(logdet, st.lead)};
    }

    /** {@code np.linalg.inv}: dgesv with the identity; LinAlgError "Singular matrix" on a zero pivot. */
    public static NDArray inv(NDArray a) {
        assertStackedSquare(a);
        Stack st = new Stack(asFloat(a, "inv"));
        int n = st.n;
        double[] out = new double[st.count * n * n];
        LUDecomposition lu = new LUDecomposition();
        for (int k = 0; k < st.count; k++) {
            if (!lu.decompose(st.get(k))) {
                throw NumpyException.linAlgError("Singular matrix");
            }
            put(lu.solve(Matrix.identity(n)), out, k * n * n);
        }
        return NDArray.ofDoubles(out, st.shape(n, n));
    }

    /**
     * {@code np.linalg.solve(a, b)} for a 2-D a: b of shape (M,) (NumPy's solve1) or (M, K); the
     * gufunc's shape errors and "Singular matrix" as NumPy words them.
     */
    public static NDArray solve(NDArray a, NDArray b) {
        assertStackedSquare(a);
        if (a.ndim() != 2) {
            throw new NumpyException("NotImplementedError", "numpy.linalg.solve of stacked matrices is not supported "
                    + "in Basis");
        }
        if (a.dtype == DType.COMPLEX128 || b.dtype == DType.COMPLEX128) {
            throw complexUnsupported("solve");
        }
        int n = a.shape[0];
        boolean vector = b.ndim() == 1;
        if (b.ndim() == 0) {
            throw NumpyException.valueError("solve: Input operand 1 does not have enough dimensions (has 0, gufunc "
                    + "core with signature (m,m),(m,n)->(m,n) requires 2)");
        }
        if (b.ndim() > 2) {
            throw new NumpyException("NotImplementedError", "numpy.linalg.solve with a stacked right-hand side is not "
                    + "supported in Basis");
        }
        if (b.shape[0] != n) {
            throw NumpyException.valueError((vector ? "solve1" : "solve") + ": Input operand 1 has a mismatch in its "
                    + "core dimension 0, with gufunc signature " + (vector ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)")
                    + " (size " + b.shape[0] + " is different from " + n + ")");
        }
        Matrix am = Matrix.of(asFloat(a, "solve"));
        NDArray bf = asFloat(b, "solve");
        Matrix bm = vector ? new Matrix(n, 1, bf.toDoubleArray()) : Matrix.of(bf);
        LUDecomposition lu = new LUDecomposition();
        if (n > 0 && bm.cols > 0 && !lu.decompose(am)) {
            throw NumpyException.linAlgError("Singular matrix");
        }
        if (n == 0 || bm.cols == 0) {
            return vector ? NDArray.ofDoubles(new double[0], 0) : NDArray.ofDoubles(new double[0], n, bm.cols);
        }
        Matrix x = lu.solve(bm);
        return vector ? NDArray.ofDoubles(x.data.clone(), n) : fromMatrix(x);
    }

    // ================================================================== Cholesky, QR

    /** {@code np.linalg.cholesky(a, upper=False)}: L (or L^T) from the lower triangle. */
    public static NDArray cholesky(NDArray a, boolean upper) {
        assertStackedSquare(a);
        Stack st = new Stack(asFloat(a, "cholesky"));
        int n = st.n;
        double[] out = new double[st.count * n * n];
        CholeskyDecomposition ch = new CholeskyDecomposition();
        for (int k = 0; k < st.count; k++) {
            Matrix mk = st.get(k);
            if (upper) {
                mk = mk.transpose();
            }
            if (!ch.decompose(mk)) {
                throw NumpyException.linAlgError("Matrix is not positive definite");
            }
            put(upper ? ch.getL().transpose() : ch.getL(), out, k * n * n);
        }
        return NDArray.ofDoubles(out, st.shape(n, n));
    }

    /**
     * {@code np.linalg.qr(a, mode)}: {Q, R} for 'reduced' and 'complete', {R} for 'r', {h, tau} for
     * 'raw' (h is dgeqrf's output transposed, as NumPy returns it).
     */
    public static NDArray[] qr(NDArray a, String mode) {
        switch (mode) {
            case "reduced":
            case "complete":
            case "r":
            case "raw":
                break;
            case "full":
            case "f":
            case "economic":
            case "e":
                throw new NumpyException("NotImplementedError", "the deprecated qr mode '" + mode
                        + "' is not supported in Basis");
            default:
                throw NumpyException.valueError("Unrecognized mode '" + mode + "'");
        }
        assertStacked2d(a);
        if (a.ndim() != 2) {
            throw new NumpyException("NotImplementedError", "numpy.linalg.qr of stacked matrices is not supported in "
                    + "Basis");
        }
        Matrix am = Matrix.of(asFloat(a, "qr"));
        int m = am.rows;
        int n = am.cols;
        int k = Math.min(m, n);
        QRDecomposition qr = new QRDecomposition();
        qr.decompose(am);
        if (mode.equals("r")) {
            return new NDArray[] {fromMatrix(qr.getR(k))};
        }
        if (mode.equals("raw")) {
            return new NDArray[] {fromMatrix(qr.getPacked().transpose()), NDArray.ofDoubles(qr.getTau(), k)};
        }
        int mc = mode.equals("complete") && m > n ? m : k;
        return new NDArray[] {fromMatrix(qr.getQ(mc)), fromMatrix(qr.getR(mc))};
    }

    // ================================================================== eigen decompositions

    /** {@code np.linalg.eigvals}: float64 if every eigenvalue is real, else complex128. */
    public static NDArray eigvals(NDArray a) {
        return eigGeneral(a, false, "eigvals")[0];
    }

    /** {@code np.linalg.eig}: {w, v}, complex128 unless every eigenvalue is real. */
    public static NDArray[] eig(NDArray a) {
        return eigGeneral(a, true, "eig");
    }

    private static NDArray[] eigGeneral(NDArray a, boolean vectors, String fn) {
        assertStackedSquare(a);
        NDArray f = asFloat(a, fn);
        assertFinite(f);
        Stack st = new Stack(f);
        int n = st.n;
        double[] wr = new double[st.count * n];
        double[] wi = new double[st.count * n];
        double[] vre = vectors ? new double[st.count * n * n] : null;
        double[] vim = vectors ? new double[st.count * n * n] : null;
        boolean real = true;
        GeneralEigen ge = new GeneralEigen();
        for (int k = 0; k < st.count; k++) {
            if (!ge.decompose(st.get(k), vectors)) {
                throw NumpyException.linAlgError("Eigenvalues did not converge");
            }
            double[] r = ge.getRealParts();
            double[] im = ge.getImagParts();
            System.arraycopy(r, 0, wr, k * n, n);
            System.arraycopy(im, 0, wi, k * n, n);
            real &= ge.isReal();
            if (vectors) {
                Matrix v = ge.getVectorsPacked();
                int off = k * n * n;
                for (int j = 0; j < n; j++) {
                    if (im[j] == 0) {
                        for (int i = 0; i < n; i++) {
                            vre[off + i * n + j] = v.get(i, j);
                        }
                    } else if (im[j] > 0 && j + 1 < n) {
                        for (int i = 0; i < n; i++) {
                            double re = v.get(i, j);
                            double ii = v.get(i, j + 1);
                            vre[off + i * n + j] = re;
                            vim[off + i * n + j] = ii;
                            vre[off + i * n + j + 1] = re;
                            vim[off + i * n + j + 1] = -ii;
                        }
                    }
                }
            }
        }
        NDArray w = real ? NDArray.ofDoubles(wr, st.shape(n)) : NDArray.ofComplex(wr, wi, st.shape(n));
        if (!vectors) {
            return new NDArray[] {w};
        }
        NDArray v = real ? NDArray.ofDoubles(vre, st.shape(n, n)) : NDArray.ofComplex(vre, vim, st.shape(n, n));
        return new NDArray[] {w, v};
    }

    private static boolean lowerTriangle(String uplo) {
        String u = uplo.toUpperCase();
        if (!u.equals("L") && !u.equals("U")) {
            throw NumpyException.valueError("UPLO argument must be 'L' or 'U'");
        }
        return u.equals("L");
    }

    /** {@code np.linalg.eigvalsh(a, UPLO)}: ascending eigenvalues of the symmetric matrix. */
    public static NDArray eigvalsh(NDArray a, String uplo) {
        return eigSymmetric(a, uplo, false, "eigvalsh")[0];
    }

    /** {@code np.linalg.eigh(a, UPLO)}: {w ascending, v with orthonormal columns}. */
    public static NDArray[] eigh(NDArray a, String uplo) {
        return eigSymmetric(a, uplo, true, "eigh");
    }

    private static NDArray[] eigSymmetric(NDArray a, String uplo, boolean vectors, String fn) {
        boolean lower = lowerTriangle(uplo);
        assertStackedSquare(a);
        Stack st = new Stack(asFloat(a, fn));
        int n = st.n;
        double[] w = new double[st.count * n];
        double[] v = vectors ? new double[st.count * n * n] : null;
        SymmetricEigen se = new SymmetricEigen();
        for (int k = 0; k < st.count; k++) {
            if (!se.decompose(st.get(k), lower, vectors)) {
                throw NumpyException.linAlgError("Eigenvalues did not converge");
            }
            System.arraycopy(se.getValues(), 0, w, k * n, n);
            if (vectors) {
                put(se.getVectors(), v, k * n * n);
            }
        }
        NDArray wa = NDArray.ofDoubles(w, st.shape(n));
        return vectors ? new NDArray[] {wa, NDArray.ofDoubles(v, st.shape(n, n))} : new NDArray[] {wa};
    }

    // ================================================================== SVD and what is built on it

    /**
     * {@code np.linalg.svd}: {U, S, Vh}, or {S} without compute_uv. With hermitian, NumPy's
     * construction from {@code eigh} (absolute eigenvalues sorted descending, signs moved into Vh).
     */
    public static NDArray[] svd(NDArray a, boolean fullMatrices, boolean computeUv, boolean hermitian) {
        if (hermitian) {
            return svdHermitian(a, computeUv);
        }
        assertStacked2d(a);
        Stack st = new Stack(asFloat(a, "svd"));
        int m = st.m;
        int n = st.n;
        int k = Math.min(m, n);
        int uc = fullMatrices ? m : k;
        int vr = fullMatrices ? n : k;
        double[] s = new double[st.count * k];
        double[] u = computeUv ? new double[st.count * m * uc] : null;
        double[] vt = computeUv ? new double[st.count * vr * n] : null;
        SingularValueDecomposition sv = new SingularValueDecomposition();
        for (int q = 0; q < st.count; q++) {
            if (!sv.decomposeOwned(st.get(q), computeUv, fullMatrices)) {
                throw NumpyException.linAlgError("SVD did not converge");
            }
            System.arraycopy(sv.getSingularValues(), 0, s, q * k, k);
            if (computeUv) {
                put(sv.getU(), u, q * m * uc);
                put(sv.getVt(), vt, q * vr * n);
            }
        }
        NDArray sa = NDArray.ofDoubles(s, st.shape(k));
        if (!computeUv) {
            return new NDArray[] {sa};
        }
        return new NDArray[] {NDArray.ofDoubles(u, st.shape(m, uc)), sa, NDArray.ofDoubles(vt, st.shape(vr, n))};
    }

    private static NDArray[] svdHermitian(NDArray a, boolean computeUv) {
        if (!computeUv) {
            NDArray w = eigvalsh(a, "L");
            double[] d = w.toDoubleArray();
            int n = w.shape[w.ndim() - 1];
            int count = n == 0 ? 0 : d.length / n;
            for (int q = 0; q < count; q++) {
                double[] row = new double[n];
                for (int i = 0; i < n; i++) {
                    row[i] = Math.abs(d[q * n + i]);
                }
                java.util.Arrays.sort(row);
                for (int i = 0; i < n; i++) {
                    d[q * n + i] = row[n - 1 - i];
                }
            }
            return new NDArray[] {NDArray.ofDoubles(d, w.shape())};
        }
        NDArray[] wv = eigh(a, "L");
        NDArray w = wv[0];
        NDArray v = wv[1];
        int n = w.shape[w.ndim() - 1];
        int count = n == 0 ? 0 : w.size / n;
        double[] wd = w.toDoubleArray();
        double[] vd = v.toDoubleArray();
        double[] s = new double[wd.length];
        double[] u = new double[vd.length];
        double[] vt = new double[vd.length];
        for (int q = 0; q < count; q++) {
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            final int base = q * n;
            // argsort of |w| (stable), reversed.
            java.util.Arrays.sort(idx, (x, y) -> Double.compare(Math.abs(wd[base + x]), Math.abs(wd[base + y])));
            for (int c = 0; c < n; c++) {
                int src = idx[n - 1 - c];
                double sgn = Math.copySign(1.0, wd[base + src]);
                s[base + c] = Math.abs(wd[base + src]);
                for (int r = 0; r < n; r++) {
                    double e = vd[q * n * n + r * n + src];
                    u[q * n * n + r * n + c] = e;
                    vt[q * n * n + c * n + r] = e * sgn;
                }
            }
        }
        return new NDArray[] {NDArray.ofDoubles(u, v.shape()), NDArray.ofDoubles(s, w.shape()),
            NDArray.ofDoubles(vt, v.shape())};
    }

    /** Singular values of every matrix in a stack (for rank and norms). */
    private static NDArray singularValues(NDArray a, boolean hermitian) {
        return svd(a, false, false, hermitian)[0];
    }

    /**
     * {@code np.linalg.matrix_rank(A, tol, hermitian, rtol)} for A with at least 2 dimensions: the
     * number of singular values above tol (default S.max() * max(M, N) * eps).
     */
    public static NDArray matrixRank(NDArray a, Double tol, boolean hermitian, Double rtol) {
        if (tol != null && rtol != null) {
            throw NumpyException.valueError("`tol` and `rtol` can't be both set.");
        }
        NDArray s = singularValues(a, hermitian);
        int k = s.shape[s.ndim() - 1];
        int count = k == 0 ? NDArray.sizeOf(java.util.Arrays.copyOf(s.shape, s.ndim() - 1)) : s.size / k;
        double[] sd = s.toDoubleArray();
        long[] out = new long[count];
        int m = a.shape[a.ndim() - 2];
        int n = a.shape[a.ndim() - 1];
        for (int q = 0; q < count; q++) {
            double t;
            if (tol != null) {
                t = tol;
            } else {
                double max = 0;
                for (int i = 0; i < k; i++) {
                    max = Math.max(max, sd[q * k + i]);
                }
                double r = rtol != null ? rtol : Math.max(m, n) * 0x1p-52;
                t = max * r;
            }
            long c = 0;
            for (int i = 0; i < k; i++) {
                if (sd[q * k + i] > t) {
                    c++;
                }
            }
            out[q] = c;
        }
        return NDArray.ofLongs(out, java.util.Arrays.copyOf(s.shape, s.ndim() - 1));
    }

    /**
     * {@code np.linalg.pinv(a, rcond, hermitian)}: V diag(1/s) U^T over the singular values above
     * rcond * max(s) (rcond 1e-15 by default), assembled with NumPy's matmul as NumPy does.
     */
    public static NDArray pinv(NDArray a, double rcond, boolean hermitian) {
        assertStacked2d(a);
        NDArray f = asFloat(a, "pinv");
        int nd = f.ndim();
        int m = f.shape[nd - 2];
        int n = f.shape[nd - 1];
        if (f.size == 0) {
            int[] sh = f.shape();
            sh[nd - 2] = n;
            sh[nd - 1] = m;
            return NDArray.empty(DType.FLOAT64, sh);
        }
        NDArray[] usv = svd(f, false, true, hermitian);
        NDArray u = usv[0];
        NDArray s = usv[1];
        NDArray vt = usv[2];
        int k = s.shape[s.ndim() - 1];
        double[] sd = s.toDoubleArray();
        for (int q = 0; q < sd.length / k; q++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                max = Math.max(max, sd[q * k + i]);
            }
            double cutoff = rcond * max;
            for (int i = 0; i < k; i++) {
                double v = sd[q * k + i];
                sd[q * k + i] = v > cutoff ? 1 / v : 0.0;
            }
        }
        NDArray sinv = NDArray.ofDoubles(sd, s.shape()).expandDims(s.ndim());
        NDArray ut = u.swapAxes(nd - 2, nd - 1);
        NDArray v = vt.swapAxes(nd - 2, nd - 1);
        return Ops.matmul(v, Ops.multiply(sinv, ut));
    }

    /**
     * {@code np.linalg.lstsq(a, b, rcond)} for 2-D a: {x, residuals, rank (Long), s}, as dgelsd
     * ({@link LeastSquares}): singular values at most rcond * s_max treated as zero (rcond = eps *
     * max(M, N) by default); residuals only when rank == N < M.
     */
    public static Object[] lstsq(NDArray a, NDArray b, Double rcond) {
        if (a.dtype == DType.COMPLEX128 || b.dtype == DType.COMPLEX128) {
            throw complexUnsupported("lstsq");
        }
        boolean vector = b.ndim() == 1;
        NDArray b2 = vector ? b.expandDims(1) : b;
        assert2d(a);
        assert2d(b2);
        int m = a.shape[0];
        int n = a.shape[1];
        if (b2.shape[0] != m) {
            throw NumpyException.linAlgError("Incompatible dimensions");
        }
        int nrhs = b2.shape[1];
        double rc = rcond != null ? rcond : 0x1p-52 * Math.max(m, n);
        Matrix am = Matrix.of(asFloat(a, "lstsq"));
        Matrix bm = Matrix.of(asFloat(b2, "lstsq"));
        if (!am.isFinite() || !bm.isFinite()) {
            throw NumpyException.linAlgError("SVD did not converge in Linear Least Squares");
        }
        LeastSquares ls = new LeastSquares();
        if (!ls.solve(am, bm, rc)) {
            throw NumpyException.linAlgError("SVD did not converge in Linear Least Squares");
        }
        Matrix x = ls.getSolution();
        long rank = ls.getRank();
        double[] s = ls.getSingularValues();
        double[] r = ls.getResiduals();
        NDArray resid = r == null ? NDArray.ofDoubles(new double[0], 0) : NDArray.ofDoubles(r, nrhs);
        NDArray xa = vector ? NDArray.ofDoubles(x.data.clone(), n) : fromMatrix(x);
        return new Object[] {xa, resid, rank, NDArray.ofDoubles(s, s.length)};
    }

    /**
     * {@code np.linalg.cond(x, p)}: for p None, 2, -2 the ratio of extreme singular values; for other
     * orders norm(x, p) * norm(inv(x), p), with a failed inversion giving inf.
     */
    public static NDArray cond(NDArray x, Ord p, double pv) {
        if (x.size == 0 && x.ndim() >= 2 && (x.shape[x.ndim() - 1] == 0 || x.shape[x.ndim() - 2] == 0)) {
            throw NumpyException.linAlgError("cond is not defined on empty arrays");
        }
        NDArray f = asFloat(x, "cond");
        NDArray r;
        if (p == Ord.NONE || p == Ord.TWO || p == Ord.NEG_TWO) {
            assertStacked2d(f);
            NDArray s = singularValues(f, false);
            int k = s.shape[s.ndim() - 1];
            double[] sd = s.toDoubleArray();
            int count = sd.length / k;
            double[] out = new double[count];
            for (int q = 0; q < count; q++) {
                out[q] = p == Ord.NEG_TWO ? sd[q * k + k - 1] / sd[q * k] : sd[q * k] / sd[q * k + k - 1];
            }
            r = NDArray.ofDoubles(out, java.util.Arrays.copyOf(s.shape, s.ndim() - 1));
        } else {
            assertStackedSquare(f);
            Stack st = new Stack(f);
            int n = st.n;
            double[] invd = new double[st.count * n * n];
            LUDecomposition lu = new LUDecomposition();
            for (int k = 0; k < st.count; k++) {
                if (lu.decompose(st.get(k))) {
                    put(lu.solve(Matrix.identity(n)), invd, k * n * n);
                } else {
                    java.util.Arrays.fill(invd, k * n * n, (k + 1) * n * n, Double.NaN);
                }
            }
            NDArray inv = NDArray.ofDoubles(invd, st.shape(n, n));
            int nd = f.ndim();
            r = Ops.multiply(norm(f, p, pv, new int[] {nd - 2, nd - 1}, false),
                    norm(inv, p, pv, new int[] {nd - 2, nd - 1}, false));
        }
        // NaN (a failed inversion) becomes inf unless the matrix itself has NaNs.
        Stack st = new Stack(f);
        double[] rd = r.toDoubleArray();
        boolean changed = false;
        for (int q = 0; q < rd.length; q++) {
            if (rd[q] != rd[q]) {
                boolean hasNan = false;
                int sz = st.m * st.n;
                for (int i = 0; i < sz; i++) {
                    double v = st.data[st.base + q * sz + i];
                    hasNan |= v != v;
                }
                if (!hasNan) {
                    rd[q] = Double.POSITIVE_INFINITY;
                    changed = true;
                }
            }
        }
        return changed ? NDArray.ofDoubles(rd, r.shape()) : r;
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
