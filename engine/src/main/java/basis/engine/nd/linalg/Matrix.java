package basis.engine.nd.linalg;

import basis.engine.nd.DType;
import basis.engine.nd.NDArray;

/**
 * A dense real matrix stored column-major, as LAPACK stores it: element (i, j) is
 * {@code data[i + j * rows]}. The decompositions work on these; {@link #of(NDArray)} and
 * {@link #toArray()} convert from and to NumPy arrays.
 */
public final class Matrix {
    public final int rows;
    public final int cols;
    public final double[] data;

    public Matrix(int rows, int cols) {
        this(rows, cols, new double[rows * cols]);
    }

    public Matrix(int rows, int cols, double[] data) {
        if (rows < 0 || cols < 0 || data.length != rows * cols) {
            throw new IllegalArgumentException("bad matrix " + rows + "x" + cols + " over " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A copy of a 2-D array (any dtype but complex, converted to float64). */
    public static Matrix of(NDArray a) {
        if (a.ndim() != 2) {
            throw new IllegalArgumentException("not a matrix: " + NDArray.shapeStr(a.shape()));
        }
        int m = a.shape(0);
        int n = a.shape(1);
        NDArray f = a.dtype() == DType.FLOAT64 ? a : a.astype(DType.FLOAT64);
        Matrix r = new Matrix(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                r.data[i + j * m] = f.doubleAt(i * n + j);
            }
        }
        return r;
    }

    /** A matrix from rows (tests and small examples). */
    public static Matrix ofRows(double[][] rowsData) {
        int m = rowsData.length;
        int n = m == 0 ? 0 : rowsData[0].length;
        Matrix r = new Matrix(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                r.data[i + j * m] = rowsData[i][j];
            }
        }
        return r;
    }

    public static Matrix identity(int n) {
        Matrix r = new Matrix(n, n);
        for (int i = 0; i < n; i++) {
            r.data[i + i * n] = 1.0;
        }
        return r;
    }

    /** A new C-ordered float64 array with these values. */
    public NDArray toArray() {
        double[] d = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                d[i * cols + j] = data[i + j * rows];
            }
        }
        return NDArray.ofDoubles(d, rows, cols);
    }

    public double get(int i, int j) {
        return data[i + j * rows];
    }

    public void set(int i, int j, double v) {
        data[i + j * rows] = v;
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    public Matrix transpose() {
        Matrix r = new Matrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                r.data[j + i * cols] = data[i + j * rows];
            }
        }
        return r;
    }

    /** Columns [from, to) as a new matrix. */
    public Matrix columns(int from, int to) {
        Matrix r = new Matrix(rows, to - from);
        System.arraycopy(data, from * rows, r.data, 0, (to - from) * rows);
        return r;
    }

    /** Rows [from, to) as a new matrix. */
    public Matrix rowRange(int from, int to) {
        Matrix r = new Matrix(to - from, cols);
        for (int j = 0; j < cols; j++) {
            System.arraycopy(data, from + j * rows, r.data, j * r.rows, to - from);
        }
        return r;
    }

    /** this * b, plain sums in k order (for checks and helpers; not NumPy's matmul). */
    public Matrix times(Matrix b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("shapes " + rows + "x" + cols + " and " + b.rows + "x" + b.cols);
        }
        Matrix r = new Matrix(rows, b.cols);
        for (int j = 0; j < b.cols; j++) {
            for (int k = 0; k < cols; k++) {
                double bkj = b.data[k + j * b.rows];
                int ao = k * rows;
                int ro = j * rows;
                for (int i = 0; i < rows; i++) {
                    r.data[ro + i] += data[ao + i] * bkj;
                }
            }
        }
        return r;
    }

    /** True if every element is finite. */
    public boolean isFinite() {
        // v * 0 is a zero for finite v and NaN for infinities and NaNs; two lanes, no branch per element.
        double[] d = data;
        double z0 = 0;
        double z1 = 0;
        int i = 0;
        for (; i + 1 < d.length; i += 2) {
            z0 += d[i] * 0.0;
            z1 += d[i + 1] * 0.0;
        }
        if (i < d.length) {
            z0 += d[i] * 0.0;
        }
        return z0 + z1 == 0;
    }

    /** The largest |element| (0 for an empty matrix, NaN if there is one). */
    public double maxAbs() {
        double m = 0;
        for (double v : data) {
            double a = Math.abs(v);
            if (!(a <= m)) {
                if (a != a) {
                    return a;
                }
                m = a;
            }
        }
        return m;
    }
}
