package basis.engine.random;

import java.math.BigInteger;

/**
 * NumPy's {@code np.random.default_rng(seed)}: the PCG64 (XSL-RR 128/64) bit generator seeded
 * through {@code SeedSequence}, with Generator's {@code random}, {@code integers} (Lemire's
 * bounded method), {@code standard_normal}/{@code normal} (256-layer ziggurat), {@code uniform},
 * {@code standard_exponential} (its ziggurat) and the draws behind {@code shuffle}/{@code permutation}
 * ({@code random_interval}) and {@code choice} without replacement (Floyd or a tail shuffle), bit for bit. 128-bit arithmetic on pairs of longs (no {@code Math.multiplyHigh}: TeaVM rejects it).
 */
public final class PCG64 {
    private static final long MULT_HIGH = 2549297995355413924L;
    private static final long MULT_LOW = 4865540595714422341L;

    private long stateHigh;
    private long stateLow;
    private long incHigh;
    private long incLow;
    private boolean hasUint32;
    private int uinteger;

    private PCG64() {}

    /** {@code np.random.default_rng(seed)} for a non-negative integer seed. */
    public static PCG64 fromSeed(long seed) {
        return fromSeed(BigInteger.valueOf(seed));
    }

    /** {@code np.random.default_rng(seed)} for a non-negative integer seed of any size. */
    public static PCG64 fromSeed(BigInteger seed) {
        if (seed.signum() < 0) {
            throw new IllegalArgumentException("expected non-negative integer");
        }
        long[] st = SeedSequence.generateState64(SeedSequence.entropyWords(seed), 4);
        PCG64 g = new PCG64();
        g.seed(st[0], st[1], st[2], st[3]);
        return g;
    }

    private void seed(long seedHigh, long seedLow, long seqHigh, long seqLow) {
        stateHigh = 0;
        stateLow = 0;
        incHigh = (seqHigh << 1) | (seqLow >>> 63);
        incLow = (seqLow << 1) | 1L;
        step();
        long lo = stateLow + seedLow;
        long carry = Long.compareUnsigned(lo, stateLow) < 0 ? 1 : 0;
        stateHigh = stateHigh + seedHigh + carry;
        stateLow = lo;
        step();
        hasUint32 = false;
        uinteger = 0;
    }

    /** The high 64 bits of the unsigned product a * b. */
    static long umulHigh(long a, long b) {
        long a0 = a & 0xFFFFFFFFL;
        long a1 = a >>> 32;
        long b0 = b & 0xFFFFFFFFL;
        long b1 = b >>> 32;
        long w0 = a0 * b0;
        long t = a1 * b0 + (w0 >>> 32);
        long w1 = t & 0xFFFFFFFFL;
        long w2 = t >>> 32;
        w1 += a0 * b1;
        return a1 * b1 + w2 + (w1 >>> 32);
    }

    private void step() {
        long lo = stateLow * MULT_LOW;
        long hi = umulHigh(stateLow, MULT_LOW) + stateLow * MULT_HIGH + stateHigh * MULT_LOW;
        long nlo = lo + incLow;
        long carry = Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0;
        stateHigh = hi + incHigh + carry;
        stateLow = nlo;
    }

    /** The next 64 random bits. */
    public long nextUint64() {
        step();
        long x = stateHigh ^ stateLow;
        int rot = (int) (stateHigh >>> 58);
        return (x >>> rot) | (x << ((64 - rot) & 63));
    }

    /** The next 32 random bits (the two halves of a 64-bit draw, low half first), unsigned. */
    public long nextUint32() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger & 0xFFFFFFFFL;
        }
        long next = nextUint64();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return next & 0xFFFFFFFFL;
    }

    /** {@code rng.random()}: (next64 >> 11) / 2^53. */
    public double random() {
        return (nextUint64() >>> 11) * (1.0 / 9007199254740992.0);
    }

    /** {@code rng.uniform(low, high)}. */
    public double uniform(double low, double high) {
        return low + (high - low) * random();
    }

    /** {@code rng.integers(low, high)} (high exclusive), Lemire's method as NumPy's Generator. */
    public long integers(long low, long high) {
        if (high <= low) {
            throw new IllegalArgumentException("low >= high");
        }
        return low + bounded(high - 1 - low);
    }

    /**
     * NumPy's {@code random_bounded_uint64(off=0, rng)} without masking: a draw in [0, rng]
     * (rng unsigned), by Lemire's method on 32 bits when rng fits there, else on 64 bits.
     */
    public long bounded(long rng) {
        if (rng == 0) {
            return 0;
        }
        if (Long.compareUnsigned(rng, 0xFFFFFFFFL) <= 0) {
            if (rng == 0xFFFFFFFFL) {
                return nextUint32();
            }
            long rngExcl = rng + 1;
            long m = nextUint32() * rngExcl;
            long leftover = m & 0xFFFFFFFFL;
            if (leftover < rngExcl) {
                long threshold = (0xFFFFFFFFL - rng) % rngExcl;
                while (leftover < threshold) {
                    m = nextUint32() * rngExcl;
                    leftover = m & 0xFFFFFFFFL;
                }
            }
            return m >>> 32;
        }
        if (rng == -1L) {
            return nextUint64();
        }
        long rngExcl = rng + 1;
        long x = nextUint64();
        long leftover = x * rngExcl;
        if (Long.compareUnsigned(leftover, rngExcl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, rngExcl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = nextUint64();
                leftover = x * rngExcl;
            }
        }
        return umulHigh(x, rngExcl);
    }

    /**
     * NumPy's {@code random_interval(max)}: a draw in [0, max] by masked rejection (32-bit draws
     * while max fits in 32 bits). No draw for max 0. Generator's shuffle, permutation and permuted
     * swap with it.
     */
    public long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = MT19937.maskFor(max);
        long value;
        if (Long.compareUnsigned(max, 0xFFFFFFFFL) <= 0) {
            do {
                value = nextUint32() & mask;
            } while (value > max);
        } else {
            do {
                value = nextUint64() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }

    /** Swaps two positions of a sequence being shuffled. */
    public interface Swapper {
        void swap(int i, int j);
    }

    /** Generator.shuffle's Fisher-Yates: for i = n-1 down to 1, swap i with {@code interval(i)}. */
    public void shuffle(int n, Swapper swapper) {
        for (int i = n - 1; i >= 1; i--) {
            swapper.swap(i, (int) interval(i));
        }
    }

    /**
     * NumPy's {@code _shuffle_int}: Fisher-Yates over {@code data[first..n)} from the top, partners
     * drawn with {@link #bounded} (Lemire) rather than {@link #interval}, as choice does.
     */
    private void shuffleInts(long[] data, int n, int first) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) bounded(i);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    /**
     * {@code rng.choice(pop, size, replace=False)} without p: NumPy's tail shuffle of
     * {@code arange(pop)} when pop > 10000 and size > pop // (50 if shuffle else 20), else Floyd's
     * algorithm (then shuffled when {@code shuffle}).
     */
    public long[] sampleWithoutReplacement(long pop, int size, boolean shuffle) {
        long cutoff = shuffle ? 50 : 20;
        if (pop > 10000 && size > pop / cutoff) {
            int n = (int) pop;
            long[] idx = new long[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            shuffleInts(idx, n, Math.max(n - size, 1));
            long[] out = new long[size];
            System.arraycopy(idx, n - size, out, 0, size);
            return out;
        }
        long[] idx = new long[size];
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (long j = pop - size; j < pop; j++) {
            long val = bounded(j);
            if (!seen.add(val)) {
                // val was taken: take j, which no earlier round could draw
                val = j;
                seen.add(j);
            }
            idx[(int) (j - pop + size)] = val;
        }
        if (shuffle) {
            shuffleInts(idx, size, 1);
        }
        return idx;
    }

    /** {@code rng.standard_normal()}: NumPy's 256-layer ziggurat. */
    public double standardNormal() {
        for (;;) {
            long r = nextUint64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            boolean negative = (r & 1) != 0;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            double x = rabs * ZigguratTables.WI[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < ZigguratTables.KI[idx]) {
                return x;
            }
            if (idx == 0) {
                for (;;) {
                    double xx = -ZigguratTables.NOR_INV_R * basis.engine.nd.MathUtil.libmLog1p(-random());
                    double yy = -basis.engine.nd.MathUtil.libmLog1p(-random());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(ZigguratTables.NOR_R + xx) : ZigguratTables.NOR_R + xx;
                    }
                }
            } else {
                if ((ZigguratTables.FI[idx - 1] - ZigguratTables.FI[idx]) * random() + ZigguratTables.FI[idx]
                        < basis.engine.nd.MathUtil.libmExp(-0.5 * x * x)) { // NumPy calls the C library's exp
                    return x;
                }
            }
        }
    }

    /** {@code rng.standard_exponential(method='inv')}: -log1p(-u), with glibc's log1p as NumPy calls it. */
    public double standardExponentialInv() {
        return -basis.engine.nd.MathUtil.libmLog1p(-random());
    }

    /** {@code rng.standard_exponential()}: NumPy's 256-layer exponential ziggurat. */
    public double standardExponential() {
        for (;;) {
            long ri = nextUint64() >>> 3;
            int idx = (int) (ri & 0xff);
            ri >>>= 8;
            double x = ri * ZigguratTables.WE[idx];
            if (ri < ZigguratTables.KE[idx]) {
                return x;
            }
            if (idx == 0) {
                return ZigguratTables.EXP_R - basis.engine.nd.MathUtil.libmLog1p(-random());
            }
            if ((ZigguratTables.FE[idx - 1] - ZigguratTables.FE[idx]) * random() + ZigguratTables.FE[idx]
                    < basis.engine.nd.MathUtil.libmExp(-x)) {
                return x;
            }
        }
    }

    /** {@code rng.exponential(scale)}. */
    public double exponential(double scale) {
        return scale * standardExponential();
    }

    /** {@code rng.normal(loc, scale)}. */
    public double normal(double loc, double scale) {
        return loc + scale * standardNormal();
    }

    /** NumPy's {@code SeedSequence} (no spawn key): entropy mixing and state generation. */
    static final class SeedSequence {
        private static final int INIT_A = 0x43b0d7e5;
        private static final int MULT_A = 0x931e8875;
        private static final int INIT_B = 0x8b51f9dd;
        private static final int MULT_B = 0x58f38ded;
        private static final int MIX_MULT_L = 0xca01f9dd;
        private static final int MIX_MULT_R = 0x4973f715;
        private static final int XSHIFT = 16;
        private static final int POOL_SIZE = 4;

        private SeedSequence() {}

        /** The seed as little-endian 32-bit words ([0] for zero). */
        static int[] entropyWords(BigInteger seed) {
            if (seed.signum() == 0) {
                return new int[] {0};
            }
            int n = (seed.bitLength() + 31) / 32;
            int[] w = new int[n];
            BigInteger s = seed;
            BigInteger mask = BigInteger.valueOf(0xFFFFFFFFL);
            for (int i = 0; i < n; i++) {
                w[i] = s.and(mask).intValue();
                s = s.shiftRight(32);
            }
            return w;
        }

        private static int hashmix(int value, int[] hashConst) {
            value ^= hashConst[0];
            hashConst[0] *= MULT_A;
            value *= hashConst[0];
            value ^= value >>> XSHIFT;
            return value;
        }

        private static int mix(int x, int y) {
            int result = MIX_MULT_L * x - MIX_MULT_R * y;
            result ^= result >>> XSHIFT;
            return result;
        }

        static int[] pool(int[] entropy) {
            int[] mixer = new int[POOL_SIZE];
            int[] hashConst = {INIT_A};
            for (int i = 0; i < POOL_SIZE; i++) {
                mixer[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
            }
            for (int src = 0; src < POOL_SIZE; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    if (src != dst) {
                        mixer[dst] = mix(mixer[dst], hashmix(mixer[src], hashConst));
                    }
                }
            }
            for (int src = POOL_SIZE; src < entropy.length; src++) {
                for (int dst = 0; dst < POOL_SIZE; dst++) {
                    mixer[dst] = mix(mixer[dst], hashmix(entropy[src], hashConst));
                }
            }
            return mixer;
        }

        /** {@code generate_state(n, np.uint64)}. */
        static long[] generateState64(int[] entropy, int n) {
            int[] pool = pool(entropy);
            int words = 2 * n;
            int[] st = new int[words];
            int hashConst = INIT_B;
            for (int i = 0; i < words; i++) {
                int v = pool[i % POOL_SIZE];
                v ^= hashConst;
                hashConst *= MULT_B;
                v *= hashConst;
                v ^= v >>> XSHIFT;
                st[i] = v;
            }
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = (st[2 * i] & 0xFFFFFFFFL) | ((long) st[2 * i + 1] << 32);
            }
            return out;
        }
    }
}
