package basis.engine.nd.linalg;

import basis.engine.nd.RotationKernel;

/**
 * LAPACK's {@code dlasr} with variable pivot ({@code 'V'}) on a set of vectors held as separate
 * arrays (the columns of U or Z, the rows of V^T): rotation j = (c[off + j], s[off + j]) acts on
 * vectors first + j and first + j + 1, in ascending ({@code forward}) or descending order, as
 * {@code x' = c x - s y}... in plain arithmetic as LAPACK's Fortran (compiled without fused
 * multiply-adds) computes it, so every element sees exactly the operations of applying the
 * rotations one after the other. Only the traversal is arranged for speed, which leaves the results
 * unchanged bit for bit: separate arrays indexed alike (the JIT vectorises those loops, not loops
 * over two parts of one array), a block of elements carried through the whole sequence while it is
 * in the cache, and two consecutive rotations in one pass over their shared vector.
 */
final class PlaneRotations {
    private PlaneRotations() {}

    /** Elements per block: a block of all the rotated vectors stays in the cache. */
    private static final int BLOCK = 64;

    /**
     * dlasr on vectors first..first+cnt-1 of z (all of one length): rotation j sets, for every
     * element i, with t = z[first+j+1][i] and y = z[first+j][i]: z[first+j+1][i] = c t - s y,
     * z[first+j][i] = s t + c y. As dlasr('R', 'V', ...) on columns or dlasr('L', 'V', ...) on rows.
     */
    static void apply(double[][] z, int first, int cnt, double[] c, double[] s, int off, boolean forward) {
        if (cnt < 2) {
            return;
        }
        int len = z[first].length;
        for (int i0 = 0; i0 < len; i0 += BLOCK) {
            int i1 = Math.min(len, i0 + BLOCK);
            int q = 0;
            for (; q + 1 < cnt - 1; q += 2) {
                int j = forward ? q : cnt - 2 - q;
                int k = forward ? j + 1 : j - 1;
                if (isIdentity(c[off + j], s[off + j]) || isIdentity(c[off + k], s[off + k])) {
                    rotate(z[first + j], z[first + j + 1], c[off + j], s[off + j], i0, i1);
                    rotate(z[first + k], z[first + k + 1], c[off + k], s[off + k], i0, i1);
                    continue;
                }
                double cj = c[off + j];
                double sj = s[off + j];
                double ck = c[off + k];
                double sk = s[off + k];
                int low = first + Math.min(j, k);
                double[] lo = z[low];
                double[] mid = z[low + 1];
                double[] hi = z[low + 2];
                if (forward) {
                    // Rotation j on (lo, mid), then j + 1 on (mid, hi).
                    for (int i = i0; i < i1; i++) {
                        double t = mid[i];
                        double y = lo[i];
                        double m1 = cj * t - sj * y;
                        lo[i] = sj * t + cj * y;
                        double t2 = hi[i];
                        hi[i] = ck * t2 - sk * m1;
                        mid[i] = sk * t2 + ck * m1;
                    }
                } else {
                    // Rotation j on (mid, hi), then j - 1 on (lo, mid).
                    for (int i = i0; i < i1; i++) {
                        double t = hi[i];
                        double y = mid[i];
                        hi[i] = cj * t - sj * y;
                        double m1 = sj * t + cj * y;
                        double y2 = lo[i];
                        mid[i] = ck * m1 - sk * y2;
                        lo[i] = sk * m1 + ck * y2;
                    }
                }
            }
            if (q < cnt - 1) {
                int j = forward ? q : cnt - 2 - q;
                rotate(z[first + j], z[first + j + 1], c[off + j], s[off + j], i0, i1);
            }
        }
    }

    private static boolean isIdentity(double c, double s) {
        return c == 1 && s == 0;
    }

    /** One rotation of (x, y) over elements [i0, i1): y' = c y - s x, x' = s y + c x (none for the identity). */
    private static void rotate(double[] x, double[] y, double ct, double st, int i0, int i1) {
        if (isIdentity(ct, st)) {
            return;
        }
        for (int i = i0; i < i1; i++) {
            double t = y[i];
            double v = x[i];
            y[i] = ct * t - st * v;
            x[i] = st * t + ct * v;
        }
    }

    /**
     * Vectors to rotate (the columns of U, the rows of V^T) as separate arrays, kept in the platform's
     * {@link RotationKernel} while one is installed and takes them (the browser's SIMD module), so a
     * rotation sweep runs there without copying; {@link #unload} brings them back into the arrays.
     * The same bits either way (the kernel's contract).
     */
    static final class Rotated {
        final double[][] z;
        private RotationKernel.Vectors platform;

        Rotated(double[][] z) {
            this.z = z;
            RotationKernel kernel = RotationKernel.Installed.kernel;
            platform = kernel != null && z.length >= 2 ? kernel.load(z) : null;
        }

        /** {@link PlaneRotations#apply} on these vectors. */
        void apply(int first, int cnt, double[] c, double[] s, int off, boolean forward) {
            if (platform == null) {
                PlaneRotations.apply(z, first, cnt, c, s, off, forward);
            } else if (cnt >= 2) {
                platform.apply(first, cnt, c, s, off, forward);
            }
        }

        /** drot on vectors i and j (OpenBLAS's kernel, {@link Kernels#rot}). */
        void rot(int i, int j, double c, double s) {
            if (platform != null) {
                platform.read(i, z[i]);
                platform.read(j, z[j]);
            }
            Kernels.rot(z[i].length, z[i], 0, 1, z[j], 0, 1, c, s);
            if (platform != null) {
                platform.write(i, z[i]);
                platform.write(j, z[j]);
            }
        }

        /** The vectors back in the arrays {@link #z} (a no-op without a platform kernel). */
        void unload() {
            if (platform != null) {
                platform.unload(z);
                platform = null;
            }
        }
    }

    /** The columns of a as separate arrays. */
    static double[][] columnsOf(Matrix a) {
        double[][] out = new double[a.cols][];
        for (int j = 0; j < a.cols; j++) {
            out[j] = java.util.Arrays.copyOfRange(a.data, j * a.rows, (j + 1) * a.rows);
        }
        return out;
    }

    /** Writes columns (as from {@link #columnsOf}) back into a. */
    static void setColumns(Matrix a, double[][] cols) {
        for (int j = 0; j < a.cols; j++) {
            System.arraycopy(cols[j], 0, a.data, j * a.rows, a.rows);
        }
    }

    /** The rows of a as separate arrays. */
    static double[][] rowsOf(Matrix a) {
        double[][] out = new double[a.rows][a.cols];
        for (int j = 0; j < a.cols; j++) {
            for (int i = 0; i < a.rows; i++) {
                out[i][j] = a.data[i + j * a.rows];
            }
        }
        return out;
    }

    /** Writes rows (as from {@link #rowsOf}) back into a. */
    static void setRows(Matrix a, double[][] rows) {
        for (int j = 0; j < a.cols; j++) {
            for (int i = 0; i < a.rows; i++) {
                a.data[i + j * a.rows] = rows[i][j];
            }
        }
    }
}
