package basis.engine.nd.linalg;

/**
 * LAPACK's {@code dlasr} with variable pivot ({@code 'V'}): a sequence of plane rotations, rotation
 * j = (c[off + j], s[off + j]) acting on columns (or rows) first + j and first + j + 1 of a
 * column-major matrix, in ascending ({@code forward}) or descending order. The plain formulas
 * {@code x' = c x - s y}... as LAPACK writes them (its Fortran is compiled without fused
 * multiply-adds), so every element sees exactly the operations of applying the rotations one after
 * the other; only the traversal is arranged for the caches (a block of rows through the whole
 * sequence, or several columns side by side), which leaves the results unchanged bit for bit.
 */
final class PlaneRotations {
    private PlaneRotations() {}

    /** Rows per block when rotating columns: a block of all the rotated columns stays in the cache. */
    private static final int ROW_BLOCK = 64;

    /**
     * dlasr('R', 'V', forward ? 'F' : 'B') on columns first..first+cnt-1 of the rows x ? matrix at
     * z (leading dimension rows): rotation j sets, for every row i, with t = z(i, first+j+1) and
     * y = z(i, first+j): z(i, first+j+1) = c t - s y, z(i, first+j) = s t + c y.
     */
    static void columns(double[] z, int rows, int first, int cnt, double[] c, double[] s, int off, boolean forward) {
        for (int i0 = 0; i0 < rows; i0 += ROW_BLOCK) {
            int i1 = Math.min(rows, i0 + ROW_BLOCK);
            for (int q = 0; q < cnt - 1; q++) {
                int j = forward ? q : cnt - 2 - q;
                double ct = c[off + j];
                double st = s[off + j];
                if (ct == 1 && st == 0) {
                    continue;
                }
                int c0 = (first + j) * rows;
                int c1 = c0 + rows;
                for (int i = i0; i < i1; i++) {
                    double t = z[c1 + i];
                    double y = z[c0 + i];
                    z[c1 + i] = ct * t - st * y;
                    z[c0 + i] = st * t + ct * y;
                }
            }
        }
    }

    /**
     * dlasr('L', 'V', forward ? 'F' : 'B') on rows first..first+cnt-1 of the rows x cols matrix at z:
     * rotation j sets, in every column, with t = z(first+j+1, k) and y = z(first+j, k):
     * z(first+j+1, k) = c t - s y, z(first+j, k) = s t + c y. A rotation's rows are strided in
     * column-major storage and each column's updates form one dependency chain, so four columns are
     * carried side by side.
     */
    static void rows(double[] z, int rows, int cols, int first, int cnt, double[] c, double[] s, int off,
            boolean forward) {
        int k = 0;
        for (; k + 3 < cols; k += 4) {
            int b0 = first + k * rows;
            int b1 = b0 + rows;
            int b2 = b1 + rows;
            int b3 = b2 + rows;
            for (int q = 0; q < cnt - 1; q++) {
                int j = forward ? q : cnt - 2 - q;
                double ct = c[off + j];
                double st = s[off + j];
                if (ct == 1 && st == 0) {
                    continue;
                }
                double t0 = z[b0 + j + 1];
                double y0 = z[b0 + j];
                double t1 = z[b1 + j + 1];
                double y1 = z[b1 + j];
                double t2 = z[b2 + j + 1];
                double y2 = z[b2 + j];
                double t3 = z[b3 + j + 1];
                double y3 = z[b3 + j];
                z[b0 + j + 1] = ct * t0 - st * y0;
                z[b0 + j] = st * t0 + ct * y0;
                z[b1 + j + 1] = ct * t1 - st * y1;
                z[b1 + j] = st * t1 + ct * y1;
                z[b2 + j + 1] = ct * t2 - st * y2;
                z[b2 + j] = st * t2 + ct * y2;
                z[b3 + j + 1] = ct * t3 - st * y3;
                z[b3 + j] = st * t3 + ct * y3;
            }
        }
        for (; k < cols; k++) {
            int b = first + k * rows;
            for (int q = 0; q < cnt - 1; q++) {
                int j = forward ? q : cnt - 2 - q;
                double ct = c[off + j];
                double st = s[off + j];
                if (ct == 1 && st == 0) {
                    continue;
                }
                double t = z[b + j + 1];
                double y = z[b + j];
                z[b + j + 1] = ct * t - st * y;
                z[b + j] = st * t + ct * y;
            }
        }
    }
}
