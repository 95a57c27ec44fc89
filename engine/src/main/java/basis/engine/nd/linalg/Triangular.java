package basis.engine.nd.linalg;

/**
 * Triangular solves in OpenBLAS's operation order: {@code trsv} (one right-hand side: blocks of
 * {@link #DTB_ENTRIES} rows, {@code axpy} updates inside a block, {@code gemv} between blocks,
 * division by the diagonal) and {@code trsm} (several right-hand sides: the diagonal inverted once
 * and multiplied, updates as fused multiply-adds). Matrices are column-major; the right-hand sides
 * are overwritten by the solution.
 */
final class Triangular {
    private Triangular() {}

    /** OpenBLAS's DTB_ENTRIES for the SkylakeX kernels NumPy's build selects. */
    static final int DTB_ENTRIES = 64;

    /** Solves L x = b in place for unit lower triangular L (n x n at a, leading dimension lda). */
    static void trsvLowerUnit(int n, double[] a, int lda, double[] b, int bo) {
        for (int is = 0; is < n; is += DTB_ENTRIES) {
            int minI = Math.min(n - is, DTB_ENTRIES);
            for (int i = 0; i < minI; i++) {
                if (i < minI - 1) {
                    int col = (i + is) * lda;
                    Kernels.axpy(minI - i - 1, -b[bo + is + i], a, is + i + 1 + col, b, bo + is + i + 1);
                }
            }
            if (n - is > minI) {
                Kernels.gemvN(n - is - minI, minI, -1.0, a, is + minI + is * lda, lda, b, bo + is, b,
                        bo + is + minI);
            }
        }
    }

    /** Solves U x = b in place for upper triangular U with its diagonal. */
    static void trsvUpper(int n, double[] a, int lda, double[] b, int bo) {
        for (int is = n; is > 0; is -= DTB_ENTRIES) {
            int minI = Math.min(is, DTB_ENTRIES);
            for (int i = 0; i < minI; i++) {
                int r = is - i - 1;
                b[bo + r] /= a[r + r * lda];
                if (i < minI - 1) {
                    int len = minI - i - 1;
                    Kernels.axpy(len, -b[bo + r], a, r - len + r * lda, b, bo + r - len);
                }
            }
            if (is - minI > 0) {
                Kernels.gemvN(is - minI, minI, -1.0, a, (is - minI) * lda, lda, b, bo + is - minI, b, bo);
            }
        }
    }

    /** OpenBLAS's GEMM_P and GEMM_Q for double precision on SkylakeX (the trsm driver's blocking). */
    static final int GEMM_P = 192;
    static final int GEMM_Q = 384;
    private static final int UNROLL_M = 16;

    /**
     * Solves L X = B in place (n x nrhs B, leading dimension ldb) for unit lower triangular L, as
     * OpenBLAS's {@code trsm_L} driver with the generic {@code trsm_kernel_LT}: rows in panels of
     * GEMM_Q, kernel calls of GEMM_P rows, each cut into blocks of 16 then 8, 4, 2, 1 rows. A block
     * first subtracts the GEMM inner product over the panel's solved rows (an FMA chain), then is
     * solved row by row with fused updates.
     */
    static void trsmLowerUnit(int n, int nrhs, double[] a, int lda, double[] b, int ldb) {
        trsmLowerUnit(n, nrhs, a, 0, lda, b, 0, ldb);
    }

    /** {@link #trsmLowerUnit} on sub-matrices: L at a[ao..], B at b[bo..]. */
    static void trsmLowerUnit(int n, int nrhs, double[] a, int ao, int lda, double[] b, int bo, int ldb) {
        for (int ls = 0; ls < n; ls += GEMM_Q) {
            int minL = Math.min(n - ls, GEMM_Q);
            for (int is = ls; is < ls + minL; is += GEMM_P) {
                int minI = Math.min(ls + minL - is, GEMM_P);
                int r0 = is;
                for (int q = 0; q < (minI >> 4); q++) {
                    lowerBlock(ls, r0, r0 + UNROLL_M, nrhs, a, ao, lda, b, bo, ldb);
                    r0 += UNROLL_M;
                }
                for (int size = UNROLL_M >> 1; size > 0; size >>= 1) {
                    if ((minI & size) != 0) {
                        lowerBlock(ls, r0, r0 + size, nrhs, a, ao, lda, b, bo, ldb);
                        r0 += size;
                    }
                }
            }
            for (int r = ls + minL; r < n; r++) {
                gemmUpdate(r, ls, ls + minL, nrhs, a, ao, lda, b, bo, ldb);
            }
        }
    }

    private static void lowerBlock(int ls, int r0, int r1, int nrhs, double[] a, int ao, int lda, double[] b, int bo,
            int ldb) {
        if (r0 > ls) {
            for (int r = r0; r < r1; r++) {
                gemmUpdate(r, ls, r0, nrhs, a, ao, lda, b, bo, ldb);
            }
        }
        for (int j = 0; j < nrhs; j++) {
            int c = bo + j * ldb;
            for (int i = r0; i < r1; i++) {
                double bb = b[c + i];
                for (int k = i + 1; k < r1; k++) {
                    b[c + k] = Kernels.fma(-bb, a[ao + k + i * lda], b[c + k]);
                }
            }
        }
    }

    /**
     * Row r of B minus the GEMM kernel's inner product of A[r, k0..k1) with X[k0..k1), per column:
     * the kernel accumulates an FMA chain from zero, then adds alpha (-1) times it to C.
     */
    static void gemmUpdate(int r, int k0, int k1, int nrhs, double[] a, int ao, int lda, double[] b, int bo, int ldb) {
        for (int j = 0; j < nrhs; j++) {
            int c = bo + j * ldb;
            double acc = 0.0;
            for (int k = k0; k < k1; k++) {
                acc = Kernels.fma(a[ao + r + k * lda], b[c + k], acc);
            }
            b[c + r] = b[c + r] - acc;
        }
    }

    /**
     * Solves U X = B in place for upper triangular U, as OpenBLAS's {@code trsm_L} driver with the
     * generic {@code trsm_kernel_LN}: panels from the bottom, blocks of 1, 2, 4, 8 rows at the bottom
     * of each kernel call then blocks of 16 upward; x_i = b_i * (1 / u_ii).
     */
    static void trsmUpper(int n, int nrhs, double[] a, int lda, double[] b, int ldb) {
        double[] inv = new double[n];
        for (int i = 0; i < n; i++) {
            inv[i] = 1.0 / a[i + i * lda];
        }
        for (int ls = n; ls > 0; ls -= GEMM_Q) {
            int minL = Math.min(ls, GEMM_Q);
            int top = ls - minL;
            int startIs = top;
            while (startIs + GEMM_P < ls) {
                startIs += GEMM_P;
            }
            for (int is = startIs; is >= top; is -= GEMM_P) {
                int minI = Math.min(ls - is, GEMM_P);
                for (int size = 1; size < UNROLL_M; size <<= 1) {
                    if ((minI & size) != 0) {
                        int r1 = is + (minI & ~(size - 1));
                        upperBlock(ls, r1 - size, r1, nrhs, a, lda, b, ldb, inv);
                    }
                }
                for (int r1 = is + (minI & ~(UNROLL_M - 1)); r1 > is; r1 -= UNROLL_M) {
                    upperBlock(ls, r1 - UNROLL_M, r1, nrhs, a, lda, b, ldb, inv);
                }
            }
            for (int r = 0; r < top; r++) {
                gemmUpdate(r, top, ls, nrhs, a, 0, lda, b, 0, ldb);
            }
        }
    }

    private static void upperBlock(int ls, int r0, int r1, int nrhs, double[] a, int lda, double[] b, int ldb,
            double[] inv) {
        if (r1 < ls) {
            for (int r = r0; r < r1; r++) {
                gemmUpdate(r, r1, ls, nrhs, a, 0, lda, b, 0, ldb);
            }
        }
        for (int j = 0; j < nrhs; j++) {
            int c = j * ldb;
            for (int i = r1 - 1; i >= r0; i--) {
                double bb = b[c + i] * inv[i];
                b[c + i] = bb;
                for (int k = r0; k < i; k++) {
                    b[c + k] = Kernels.fma(-bb, a[k + i * lda], b[c + k]);
                }
            }
        }
    }
}
