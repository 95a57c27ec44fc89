package basis.engine.nd;

import basis.engine.nd.linalg.Kernels;

/**
 * Inner products as NumPy's BLAS (OpenBLAS) computes them for short operands: a sequential chain
 * of fused multiply-adds. {@code Math.fma} is not available in TeaVM, so the fused operation is
 * emulated with error-free transformations (Dekker's product, Knuth's sum), which is exact except
 * in astronomically rare double-rounding ties and outside the normal exponent range, where it
 * falls back to the unfused {@code a * b + c}.
 *
 * <p>Vector-vector products follow OpenBLAS's ddot kernels ({@link #ddot}, {@link #ddotStrided});
 * matrix-vector products go through the dgemv kernels in {@code linalg.Kernels} (see
 * {@code Ops.matmulFloat64}); matrix products follow the small-matrix dgemm kernels and, past them,
 * the blocked dgemm on this machine's two threads ({@link #dgemm}); a product of an array with its
 * own transpose follows OpenBLAS's dsyrk ({@link #syrk}).
 */
final class Blas {
    private Blas() {}

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /** a * b + c with a single rounding (emulated). */
    static double fma(double a, double b, double c) {
        double p = a * b;
        // |x| by clearing the sign bit, written out: TeaVM's Math.abs is a call with a branch on the
        // sign, mispredicted half the time on data of random signs, and TeaVM inlines no helper
        double aa = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Long.MAX_VALUE);
        double ab = Double.longBitsToDouble(Double.doubleToRawLongBits(b) & Long.MAX_VALUE);
        double ap = Double.longBitsToDouble(Double.doubleToRawLongBits(p) & Long.MAX_VALUE);
        double ac = Double.longBitsToDouble(Double.doubleToRawLongBits(c) & Long.MAX_VALUE);
        if (!(aa < 1e150 && ab < 1e150 && ap > 1e-290 && ac < 1e300) || p == 0) {
            return p + c;
        }
        // Dekker: a * b = p + e exactly.
        double t = SPLIT * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLIT * b;
        double bh = t - (t - b);
        double bl = b - bh;
        double e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        // p + c = s + err exactly: Dekker's fast two-sum, larger operand first (three dependent
        // operations instead of Knuth's six: the chain through c is what limits a dot product).
        double s = p + c;
        double err = ac >= ap ? p - (s - c) : c - (s - p);
        return s + (err + e);
    }

    /**
     * OpenBLAS's ddot for contiguous vectors, as NumPy runs it on this machine's kernel (SkylakeX:
     * {@code ddot_microk_skylakex-2.c}): the first {@code n & -16} elements in four 8-lane FMA
     * accumulators per 32 (folded to four 4-lane ones), then four 4-lane accumulators per 16, summed
     * {@code ((a0 + a1) + a2) + a3}, upper half onto lower half, a horizontal add; the tail as an FMA
     * chain onto that. Above 10000 elements OpenBLAS splits the work between threads, which this
     * does not reproduce (a rare last-digit difference).
     */
    static double ddot(double[] x, double[] y, int n) {
        int n1 = n & -16;
        double dot = 0.0;
        if (n1 != 0) {
            double[] acc = new double[16];
            int i = 0;
            int n32 = n1 & ~31;
            if (n32 > 0) {
                double[] wide = new double[32];
                for (; i < n32; i += 32) {
                    for (int l = 0; l < 32; l++) {
                        wide[l] = fma(x[i + l], y[i + l], wide[l]);
                    }
                }
                for (int r = 0; r < 4; r++) {
                    for (int l = 0; l < 4; l++) {
                        acc[4 * r + l] = wide[8 * r + l] + wide[8 * r + l + 4];
                    }
                }
            }
            for (; i < n1; i += 16) {
                for (int l = 0; l < 16; l++) {
                    acc[l] = fma(x[i + l], y[i + l], acc[l]);
                }
            }
            double[] a0 = new double[4];
            for (int l = 0; l < 4; l++) {
                a0[l] = ((acc[l] + acc[4 + l]) + acc[8 + l]) + acc[12 + l];
            }
            dot = (a0[0] + a0[2]) + (a0[1] + a0[3]);
        }
        for (int i = n1; i < n; i++) {
            dot = fma(y[i], x[i], dot);
        }
        return dot;
    }

    /**
     * OpenBLAS's ddot when either vector has a stride other than 1: products paired into two
     * unfused partial sums per 4 elements, the tail as an FMA chain, then {@code temp1 + temp2}.
     */
    static double ddotStrided(double[] x, double[] y, int n) {
        int n1 = n & -4;
        double t1 = 0.0;
        double t2 = 0.0;
        int i = 0;
        for (; i < n1; i += 4) {
            double m1 = y[i] * x[i];
            double m2 = y[i + 1] * x[i + 1];
            double m3 = y[i + 2] * x[i + 2];
            double m4 = y[i + 3] * x[i + 3];
            t1 += m1 + m3;
            t2 += m2 + m4;
        }
        for (; i < n; i++) {
            t1 = fma(y[i], x[i], t1);
        }
        return t1 + t2;
    }

    /**
     * C = A B as NumPy's {@code cblas_dgemm(RowMajor, ...)} computes it with OpenBLAS's SkylakeX
     * kernels, for A (n, k) at {@code a[ao + i*as0 + q*as1]} and B (k, m) at {@code b[bo + q*bs0 +
     * j*bs1]}, into {@code out[base + i*m + j]}. {@code aTrans}/{@code bTrans}: NumPy passes the
     * operand as transposed (it is column-major in memory, not row-major); an operand BLAS cannot
     * take is copied to row-major first, so it is not transposed. n, k, m are at least 2.
     *
     * <p>Row-major C = A B is column-major C^T = B^T A^T to OpenBLAS: its M is m, its N is n, its
     * "A" is B (transposed when B is not) and its "B" is A. Up to M*N*K = 10^6
     * ({@code dgemm_small_kernel_permit_skylakex.c}, interface/gemm.c) the small-matrix kernels run,
     * except for "TN" (B transposed, A not) with M*N &gt; 1200 or K &lt; 32, which takes the
     * blocked path ({@link #blocked}). The small kernels compute an element either as one FMA chain over k from
     * zero, or "dot-like" ({@link #laneDot}): eight
     * lanes by q mod 8, reduced in one of two orders. Dot-like are every element of "TN"
     * ({@code dgemm_small_kernel_tn_skylakex.c}) and, in "NN" (neither transposed,
     * {@code dgemm_small_kernel_nn_skylakex.c}), the last m % 8 columns when that is 1 to 4 and k
     * is at least 16. "NT" and "TT" are FMA chains throughout.
     *
     * <p>A product of an array with its own transpose (same memory, one operand transposed) is
     * NumPy's dsyrk, not dgemm ({@link #syrk}).
     *
     * <p>The dot-like kernels work on 4, then 2, then 1 of OpenBLAS's rows (NumPy's columns j: below
     * {@code m & ~3}, {@code m & ~1}, then the last) by 4, 2, then 1 of its columns (NumPy's rows i:
     * below {@code n & ~3}, ...). A block with 4 on either side reduces four elements' lanes at once
     * by unpack and permute ({@code REDUCE_4}); the others reduce each element with GCC's
     * {@code _mm512_reduce_add_pd}.
     */
    static void dgemm(int n, int k, int m, double[] a, int ao, int as0, int as1, boolean aTrans,
            double[] b, int bo, int bs0, int bs1, boolean bTrans, double[] out, int base) {
        long mn = (long) m * n;
        boolean tn = bTrans && !aTrans;
        boolean small = mn * k <= 1_000_000L && !(tn && (mn > 1200 || k < 32));
        // A @ A.T or A.T @ A on the same memory: NumPy calls dsyrk instead, reproduced as FMA chains
        boolean syrk = a == b && ao == bo && n == m && as0 == bs1 && as1 == bs0 && aTrans != bTrans;
        if (syrk) {
            syrk(n, k, a, ao, as0, as1, out, base);
            return;
        }
        if (!small) {
            blocked(n, k, m, a, ao, as0, as1, b, bo, bs0, bs1, out, base);
            return;
        }
        int laneFrom = m; // NumPy's first column computed dot-like
        if (small && tn) {
            laneFrom = 0;
        } else if (small && !aTrans && !bTrans && (m & 7) != 0 && (m & 7) <= 4 && k >= 16) {
            laneFrom = m & ~7;
        }
        int rows4 = n & ~3;
        int cols4 = m & ~3;
        for (int i = 0; i < n; i++) {
            int pa = ao + i * as0;
            int o = base + i * m;
            for (int j = 0; j < laneFrom; j++) {
                out[o + j] = fmaChain(a, pa, as1, b, bo + j * bs1, bs0, k);
            }
            for (int j = laneFrom; j < m; j++) {
                out[o + j] = laneDot(a, pa, as1, b, bo + j * bs1, bs0, k, i < rows4 || j < cols4);
            }
        }
    }

    /**
     * {@code A @ A.T} (or {@code A.T @ A}) on the same memory as NumPy computes it: its matmul and
     * {@code np.dot} call {@code cblas_dsyrk(RowMajor, Upper, trans, ...)} and copy the upper
     * triangle to the lower. To OpenBLAS 0.3.31 that is the lower triangle of a column-major result
     * (interface/syrk.c swaps uplo and trans for row-major), computed by driver/level3/level3_syrk.c
     * on one thread, or level3_syrk_threaded.c on this machine's two threads when (n + 1) n k is
     * above 440000 (found by experiment; the 0.3.28 source says 262144) and n is at least 32. The
     * element for rows r &gt;= c of A, a[ao + r*s0 + q*s1], is computed in k blocks (384 while 768 or
     * more terms remain, else the rest in two halves, (r + 1) / 2), each block's kernel sum added
     * onto C ({@code C = C + acc}, C from 0). The kernel sum is one FMA chain, or 2 or 4 chains
     * ({@link #PAIRS}, {@link #QUADS}) as in {@link #blocked}: in a kernel call's tiles of 4, 2 or 1
     * rows (past a multiple of 16, and 8) by its groups of 12 columns. Which kernel calls there are
     * follows the drivers' row blocks, the threads' split of the triangle and
     * driver/level3/syrk_kernel.c, which cuts a call crossing the diagonal into rectangles and
     * 32 x 32 diagonal tiles (GEMM_UNROLL_MN) ({@link #syrkKinds}). The result is symmetric.
     */
    static void syrk(int n, int k, double[] a, int ao, int s0, int s1, double[] out, int base) {
        int[] blocks = new int[k / GEMM_Q + 3];
        int nb = 0;
        for (int ls = 0; ls < k; ) {
            int rem = k - ls;
            int len = rem >= 2 * GEMM_Q ? GEMM_Q : rem > GEMM_Q ? (rem + 1) / 2 : rem;
            blocks[nb++] = len;
            ls += len;
        }
        byte[] kind = syrkKinds(n, k);
        for (int r = 0; r < n; r++) {
            int pr = ao + r * s0;
            for (int c = 0; c <= r; c++) {
                int kd = kind[r * n + c];
                double sum = blockedElement(kd, a, pr, s1, a, ao + c * s0, s1, blocks, nb);
                out[base + r * n + c] = sum;
                out[base + c * n + r] = sum;
            }
        }
    }

    /** dsyrk's GEMM_UNROLL_MN: diagonal tiles and the threads' split are in multiples of it. */
    private static final int SYRK_MN = 32;

    /** The kernel's order ({@link #PLAIN}, {@link #PAIRS}, {@link #QUADS}) for each r &gt;= c, at [r * n + c]. */
    static byte[] syrkKinds(int n, int k) {
        byte[] kind = new byte[n * n];
        if ((long) (n + 1) * n * k <= 440_000L || n < 32) {
            // level3_syrk.c, one column block (GEMM_R is far above n)
            int mi = syrkRows(n, false);
            syrkKernel(kind, n, mi, mi, 0, 0);
            for (int is = mi; is < n; is += mi) {
                mi = syrkRows(n - is, false);
                syrkKernel(kind, n, mi, Math.min(mi, n - is), is, is);
                syrkKernel(kind, n, mi, is, is, 0);
            }
            return kind;
        }
        // level3_syrk_threaded.c: rows split so that the threads' triangles are about equal
        int w = (int) ((Math.sqrt((double) n * n / 2) + (SYRK_MN - 1)) / SYRK_MN) * SYRK_MN;
        if (w > n || w < SYRK_MN - 1) w = n;
        int[] range = w == n ? new int[] {0, n} : new int[] {0, w, n};
        int nt = range.length - 1;
        for (int me = 0; me < nt; me++) {
            int mf = range[me], mt = range[me + 1];
            int mi = syrkRows(mt - mf, false);
            int xxx = (mt - mf - mi) % GEMM_P;
            if (xxx != 0) mi -= GEMM_P - xxx;
            int div = syrkDiv(mt - mf);
            for (int x = mf; x < mt; x += div) {
                int end = Math.min(mt, x + div);
                for (int jj = x; jj < end; jj += SYRK_MN) {
                    syrkKernel(kind, n, mi, Math.min(end - jj, SYRK_MN), mt - mi, jj);
                }
            }
            for (int cur = me - 1; cur >= 0; cur--) {
                int d = syrkDiv(range[cur + 1] - range[cur]);
                for (int x = range[cur]; x < range[cur + 1]; x += d) {
                    syrkKernel(kind, n, mi, Math.min(range[cur + 1] - x, d), mt - mi, x);
                }
            }
            int start = mi;
            for (int is = mf; is < mt - start; is += mi) {
                mi = syrkRows(mt - start - is, true);
                for (int cur = me; cur >= 0; cur--) {
                    int d = syrkDiv(range[cur + 1] - range[cur]);
                    for (int x = range[cur]; x < range[cur + 1]; x += d) {
                        syrkKernel(kind, n, mi, Math.min(range[cur + 1] - x, d), is, x);
                    }
                }
            }
        }
        return kind;
    }

    /** The drivers' row block min_i: GEMM_P, or half of what remains (rounded up with halfUp) to a multiple of 32. */
    private static int syrkRows(int rem, boolean halfUp) {
        if (rem >= 2 * GEMM_P) return GEMM_P;
        if (rem > GEMM_P) return ((halfUp ? (rem + 1) / 2 : rem / 2) + SYRK_MN - 1) / SYRK_MN * SYRK_MN;
        return rem;
    }

    /** level3_syrk_threaded.c's div_n: half a thread's columns, rounded up to a multiple of 32. */
    private static int syrkDiv(int len) {
        return ((len + 1) / 2 + SYRK_MN - 1) / SYRK_MN * SYRK_MN;
    }

    /**
     * driver/level3/syrk_kernel.c (LOWER) for an m x n call at rows x.., columns y..: the parts below
     * the diagonal as plain kernel calls, the part crossing it in 32-column steps, each a 32 x 32
     * (or smaller) diagonal tile and the rectangle below it; nothing above the diagonal.
     */
    private static void syrkKernel(byte[] kind, int ld, int m, int n, int x, int y) {
        int offset = x - y;
        if (m + offset < 0) return;
        if (n < offset) {
            gemmKinds(kind, ld, m, n, x, y);
            return;
        }
        if (offset > 0) {
            gemmKinds(kind, ld, m, offset, x, y);
            y += offset;
            n -= offset;
            offset = 0;
            if (n <= 0) return;
        }
        if (n > m + offset) {
            n = m + offset;
            if (n <= 0) return;
        }
        if (offset < 0) {
            x -= offset;
            m += offset;
            if (m <= 0) return;
        }
        if (m > n) {
            gemmKinds(kind, ld, m - n, n, x + n, y);
            m = n;
        }
        for (int loop = 0; loop < n; loop += SYRK_MN) {
            int nn = Math.min(SYRK_MN, n - loop);
            gemmKinds(kind, ld, nn, nn, x + loop, y + loop);
            gemmKinds(kind, ld, m - loop - nn, nn, x + loop + nn, y + loop);
        }
    }

    /** One dgemm kernel call of m rows by n columns at (x, y): 4-, 2- and 1-row tiles by the groups of 12 columns. */
    private static void gemmKinds(byte[] kind, int ld, int m, int n, int x, int y) {
        if (m <= 0 || n <= 0) return;
        int twelves = n / 12 * 12;
        int p = m & ~15;
        for (int size = 8; size >= 1; size >>= 1) {
            if ((m & size) == 0) continue;
            byte kd = (byte) (size == 4 ? PAIRS : size < 4 ? QUADS : PLAIN);
            if (kd != PLAIN) {
                for (int i = p; i < p + size; i++) {
                    for (int j = 0; j < twelves; j++) {
                        if (x + i >= y + j) kind[(x + i) * ld + y + j] = kd;
                    }
                }
            }
            p += size;
        }
    }

    /** OpenBLAS's row-block size GEMM_P and k-block size GEMM_Q for SkylakeX dgemm (param.h). */
    private static final int GEMM_P = 192, GEMM_Q = 384;
    /** Products of at least this many multiply-adds run on 2 threads (interface/gemm.c, 65536 * 4 * 2). */
    private static final long THREADED = 524_288L;
    private static final int PLAIN = 0, PAIRS = 2, QUADS = 4;

    /**
     * OpenBLAS's blocked dgemm (driver/level3/level3_thread.c, or level3.c on one thread, and
     * {@code dgemm_kernel_16x2_skylakex.c}) as NumPy 2.4's OpenBLAS 0.3.31 runs it on this 2-core
     * machine, in OpenBLAS's coordinates: M = m rows (NumPy's columns j), N = n columns (NumPy's rows
     * i), K = k. K is cut into blocks (384 while 768 or more terms remain, then the rest in two
     * halves, (r + 1) / 2 threaded, else rounded up to 16); each block's kernel sum is added onto C
     * ({@code C = C + acc}, C starting at 0). The kernel sums a block as one FMA chain from zero,
     * except in the tiles of 4, 2 or 1 rows past a multiple of 16 (and 8) of a row block when the
     * tile's columns are in a group of 12: there 2 ({@link #PAIRS}) or 4 ({@link #QUADS}) chains by
     * term mod 2 or 4, added at the end of the block, the last terms chained onto that sum. Which
     * tiles those are follows the threads' split of M and N (see {@link #kinds}).
     */
    private static void blocked(int n, int k, int m, double[] a, int ao, int as0, int as1,
            double[] b, int bo, int bs0, int bs1, double[] out, int base) {
        byte[] kind = kinds(m, n, k);
        boolean threaded = kind[m * n] != 0;
        int[] blocks = new int[k / GEMM_Q + 3];
        int nb = 0;
        for (int ls = 0; ls < k; ) {
            int rem = k - ls;
            int len = rem >= 2 * GEMM_Q ? GEMM_Q
                    : rem > GEMM_Q ? (threaded ? (rem + 1) / 2 : (rem / 2 + 15) / 16 * 16) : rem;
            blocks[nb++] = len;
            ls += len;
        }
        for (int i = 0; i < n; i++) {
            int pa = ao + i * as0;
            int o = base + i * m;
            for (int j = 0; j < m; j++) {
                int kd = kind[j * n + i];
                out[o + j] = blockedElement(kd, a, pa, as1, b, bo + j * bs1, bs0, blocks, nb);
            }
        }
    }

    /**
     * The kernel's order for each element of OpenBLAS's M x N result, at [row * N + col]
     * ({@link #PLAIN}, {@link #PAIRS}, {@link #QUADS}); the extra last entry is 1 when threaded.
     * From 2^19 multiply-adds OpenBLAS uses 2 threads (interface/gemm.c) unless both M &lt; 32 and
     * N &lt;= 16 (level3_thread.c, switch ratio 16): M &lt; 32, or N &gt; M with N &gt;= 32, splits N in
     * two (no rounding), each thread taking every row; else M splits in two (widths rounded up to
     * 16), and N too, each thread taking every column. A thread works through its rows in blocks (192 while 384 or
     * more remain, else the rest in one or two; {@code min_i}), each block in tiles of 16, then 8,
     * 4, 2, 1 rows. Its first row block it multiplies by its own part of N 6 columns at a time
     * (kernel tiles of 6, 2, 1: all chains); every other (row block, half of a thread's part of N)
     * in one kernel call, whose columns go in groups of 12 and then 10, 8, 6, 4, 2, 1. On one
     * thread (level3.c) the first row block is the one taken 6 columns at a time, the others take
     * all of N in one call.
     */
    static byte[] kinds(int m, int n, int k) {
        byte[] kind = new byte[m * n + 1];
        int bigM = m, bigN = n;
        int ntm = 1, ntn = 1;
        if ((long) bigM * bigN * k >= THREADED) {
            ntm = bigM < 32 ? 1 : 2;
            ntn = ntm == 2 || bigN <= 16 ? 1 : 2; // ceil(N / (16 * ntm)), at most 2 / ntm
            if (ntm == 2 && bigN >= 32 && bigN > bigM) {
                ntm = 1;
                ntn = 2;
            }
        }
        int[] rowOwner = new int[bigM];
        int[] rowTile = new int[bigM];
        boolean[] rowFirst = new boolean[bigM];
        int[] colOwner = new int[bigN];
        boolean[] col12 = new boolean[bigN];
        if (ntm * ntn == 1) {
            rowBlocks(0, bigM, false, rowTile, rowFirst, rowOwner, 0);
            groups(0, bigN, col12, colOwner, 0);
        } else {
            kind[m * n] = 1;
            int[] rm = ntm == 2 ? split(bigM, 16, 16) : new int[] {0, bigM, bigM};
            int[] rn = split(bigN, 16, ntm == 2 ? 16 : 1);
            for (int t = 0; t < ntm; t++) rowBlocks(rm[t], rm[t + 1], true, rowTile, rowFirst, rowOwner, t);
            for (int t = 0; t < 2; t++) {
                int len = rn[t + 1] - rn[t];
                int half = (len + 1) / 2;
                for (int js = rn[t]; js < rn[t + 1]; js += half) groups(js, Math.min(rn[t + 1], js + half), col12, colOwner, t);
            }
        }
        for (int r = 0; r < bigM; r++) {
            int tile = rowTile[r];
            if (tile > 4) continue;
            byte kd = (byte) (tile == 4 ? PAIRS : QUADS);
            for (int c = 0; c < bigN; c++) {
                // the first row block with the thread's own columns goes 6 columns at a time
                boolean sixes = rowFirst[r] && (ntm == 1 || colOwner[c] == rowOwner[r]);
                if (col12[c] && !sixes) kind[r * bigN + c] = kd;
            }
        }
        return kind;
    }

    /** level3_thread.c's split of len in two: half rounded up (at least minWidth), then to a multiple. */
    private static int[] split(int len, int minWidth, int multiple) {
        int[] r = new int[3];
        int left = len;
        for (int part = 0; part < 2 && left > 0; part++) {
            int w = (left + (2 - part) - 1) / (2 - part);
            if (w < minWidth && w > 1) w = minWidth;
            if (!(multiple > left || w <= multiple)) w = (w + multiple - 1) / multiple * multiple;
            left -= w;
            if (left < 0) w += left;
            r[part + 1] = r[part] + w;
        }
        if (r[2] < r[1]) r[2] = r[1];
        return r;
    }

    /** A thread's rows [from, to): row blocks (min_i) and the kernel's tiles of 16, 8, 4, 2, 1 rows. */
    private static void rowBlocks(int from, int to, boolean threaded, int[] tile, boolean[] first, int[] owner, int t) {
        boolean isFirst = true;
        for (int is = from; is < to; ) {
            int rem = to - is;
            int mi = rem >= 2 * GEMM_P ? GEMM_P
                    : rem > GEMM_P ? ((threaded && !isFirst ? (rem + 1) / 2 : rem / 2) + 15) / 16 * 16 : rem;
            int p = is;
            for (int full = mi & ~15; p < is + full; p++) tile[p] = 16;
            for (int size = 8; size >= 1; size >>= 1) {
                if ((mi & size) != 0) {
                    for (int q = 0; q < size; q++, p++) tile[p] = size;
                }
            }
            for (int q = is; q < is + mi; q++) {
                first[q] = isFirst;
                owner[q] = t;
            }
            isFirst = false;
            is += mi;
        }
    }

    /** One kernel call's columns [from, to): groups of 12, then the rest (10, 8, ..., 1). */
    private static void groups(int from, int to, boolean[] col12, int[] owner, int t) {
        int twelves = from + (to - from) / 12 * 12;
        for (int c = from; c < to; c++) {
            col12[c] = c < twelves;
            owner[c] = t;
        }
    }

    /** The kernel's 4-row tile by a group of 12 columns: two chains, even and odd terms, then summed. */
    private static double pairs(double[] x, int xo, int xs, double[] y, int yo, int ys, int n) {
        double e = 0.0, o = 0.0;
        int q = 0;
        for (; q + 1 < n; q += 2, xo += 2 * xs, yo += 2 * ys) {
            e = Kernels.fma(x[xo], y[yo], e);
            o = Kernels.fma(x[xo + xs], y[yo + ys], o);
        }
        double s = o + e;
        return q < n ? Kernels.fma(x[xo], y[yo], s) : s;
    }

    /** The kernel's 2- and 1-row tiles by a group of 12 columns: four chains by term mod 4, then the rest. */
    private static double quads(double[] x, int xo, int xs, double[] y, int yo, int ys, int n) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        int q = 0;
        for (; q + 3 < n; q += 4, xo += 4 * xs, yo += 4 * ys) {
            s0 = Kernels.fma(x[xo], y[yo], s0);
            s1 = Kernels.fma(x[xo + xs], y[yo + ys], s1);
            s2 = Kernels.fma(x[xo + 2 * xs], y[yo + 2 * ys], s2);
            s3 = Kernels.fma(x[xo + 3 * xs], y[yo + 3 * ys], s3);
        }
        double s = (s0 + s1) + (s2 + s3);
        for (; q < n; q++, xo += xs, yo += ys) {
            s = Kernels.fma(x[xo], y[yo], s);
        }
        return s;
    }

    /**
     * One element of the blocked dgemm/dsyrk paths: the k blocks (lengths blocks[0..nb)) in order,
     * each computed as the element's tile kind says (two or four FMA chains, else one) and added onto
     * the sum from 0, x at stride xs and y at stride ys.
     */
    private static double blockedElement(int kind, double[] x, int xo, int xs, double[] y, int yo, int ys, int[] blocks,
            int nb) {
        double sum = 0.0;
        for (int t = 0; t < nb; t++) {
            int len = blocks[t];
            double acc;
            if (kind == PAIRS && len >= 2) {
                acc = pairs(x, xo, xs, y, yo, ys, len);
            } else if (kind == QUADS && len >= 4) {
                acc = quads(x, xo, xs, y, yo, ys, len);
            } else {
                acc = fmaChain(x, xo, xs, y, yo, ys, len);
            }
            sum = sum + acc;
            xo += len * xs;
            yo += len * ys;
        }
        return sum;
    }

    /** sum_q x[xo + q*xs] * y[yo + q*ys], one chain of exact FMAs from zero ({@code Kernels.fma}). */
    private static double fmaChain(double[] x, int xo, int xs, double[] y, int yo, int ys, int n) {
        double s = 0.0;
        for (int q = 0; q < n; q++, xo += xs, yo += ys) {
            s = Kernels.fma(x[xo], y[yo], s);
        }
        return s;
    }

    /**
     * The dot-like small dgemm kernels' inner product: eight FMA lanes from zero, lane l taking the
     * terms q = l mod 8; the last n % 8 terms are a masked load whose empty lanes add 0 * 0 (which
     * turns a lane's -0 into +0). Reduced as four elements at once ({@code REDUCE_4}:
     * ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7))), or alone by GCC's
     * {@code _mm512_reduce_add_pd} (upper half onto lower, twice, then the pair:
     * ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7))).
     */
    private static double laneDot(double[] x, int xo, int xs, double[] y, int yo, int ys, int n, boolean byFour) {
        double l0 = 0.0, l1 = 0.0, l2 = 0.0, l3 = 0.0, l4 = 0.0, l5 = 0.0, l6 = 0.0, l7 = 0.0;
        int n8 = n & ~7;
        for (int q = 0; q < n8; q += 8, xo += 8 * xs, yo += 8 * ys) {
            l0 = Kernels.fma(x[xo], y[yo], l0);
            l1 = Kernels.fma(x[xo + xs], y[yo + ys], l1);
            l2 = Kernels.fma(x[xo + 2 * xs], y[yo + 2 * ys], l2);
            l3 = Kernels.fma(x[xo + 3 * xs], y[yo + 3 * ys], l3);
            l4 = Kernels.fma(x[xo + 4 * xs], y[yo + 4 * ys], l4);
            l5 = Kernels.fma(x[xo + 5 * xs], y[yo + 5 * ys], l5);
            l6 = Kernels.fma(x[xo + 6 * xs], y[yo + 6 * ys], l6);
            l7 = Kernels.fma(x[xo + 7 * xs], y[yo + 7 * ys], l7);
        }
        int r = n - n8;
        if (r > 0) {
            // the masked tail: a term in the first r lanes, 0 * 0 in the others
            l0 = Kernels.fma(x[xo], y[yo], l0);
            l1 = r > 1 ? Kernels.fma(x[xo + xs], y[yo + ys], l1) : l1 + 0.0;
            l2 = r > 2 ? Kernels.fma(x[xo + 2 * xs], y[yo + 2 * ys], l2) : l2 + 0.0;
            l3 = r > 3 ? Kernels.fma(x[xo + 3 * xs], y[yo + 3 * ys], l3) : l3 + 0.0;
            l4 = r > 4 ? Kernels.fma(x[xo + 4 * xs], y[yo + 4 * ys], l4) : l4 + 0.0;
            l5 = r > 5 ? Kernels.fma(x[xo + 5 * xs], y[yo + 5 * ys], l5) : l5 + 0.0;
            l6 = r > 6 ? Kernels.fma(x[xo + 6 * xs], y[yo + 6 * ys], l6) : l6 + 0.0;
            l7 = l7 + 0.0;
        }
        return byFour ? ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7))
                : ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7));
    }
}
