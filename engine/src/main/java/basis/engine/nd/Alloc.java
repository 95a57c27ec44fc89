package basis.engine.nd;

import basis.engine.format.FloatRepr;

/**
 * The array memory cap. Every new array's size is checked here first; past the cap NumPy's
 * {@code MemoryError} is thrown with NumPy's message ("Unable to allocate 74.5 GiB for an array
 * with shape (100000, 100000) and data type float64"), before any Java allocation.
 */
public final class Alloc {
    private Alloc() {}

    /** Default cap: 256 MiB per array. */
    public static final long DEFAULT_LIMIT_BYTES = 256L << 20;

    private static long limitBytes = DEFAULT_LIMIT_BYTES;

    /** Sets the per-array cap in bytes (shared by the whole engine instance). */
    public static void setLimitBytes(long bytes) {
        limitBytes = bytes;
    }

    public static long limitBytes() {
        return limitBytes;
    }

    /** Checks a shape against the cap; returns the element count. */
    static long check(int[] shape, DType dtype) {
        return check(shape, dtype, limitBytes);
    }

    /** Checks a shape against {@code limit}; returns the element count. */
    public static long check(int[] shape, DType dtype, long limit) {
        double bytes = dtype.itemSize();
        long n = 1;
        boolean overflow = false;
        for (int s : shape) {
            if (s < 0) {
                throw NumpyException.valueError("negative dimensions are not allowed");
            }
            bytes *= s;
            if (!overflow) {
                n *= s;
                if (n > Integer.MAX_VALUE) {
                    overflow = true;
                }
            }
        }
        if (bytes > 9.2e18) {
            throw NumpyException.valueError(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        if (overflow || bytes > limit || n * (long) dtype.itemSize() > limit) {
            throw new NumpyException("MemoryError", "Unable to allocate " + sizeToString(exactBytes(shape, dtype))
                    + " for an array with shape " + NDArray.shapeStr(shape) + " and data type " + dtype.numpyName());
        }
        return n;
    }

    /**
     * Validates a requested shape given as Python ints (possibly beyond int range) and returns it
     * as an int[] within the cap, or throws NumPy's error: ValueError for negative dimensions or
     * sizes past the address space, MemoryError (NumPy's message) past the cap.
     */
    public static int[] toShape(long[] dims, DType dtype) {
        double bytes = dtype.itemSize();
        for (long d : dims) {
            if (d < 0) {
                throw NumpyException.valueError("negative dimensions are not allowed");
            }
            bytes *= d;
        }
        if (bytes > 9.2e18) {
            throw NumpyException.valueError(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        long exact = dtype.itemSize();
        for (long d : dims) {
            exact *= d;
        }
        if (exact > limitBytes) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < dims.length; i++) {
                sb.append(i > 0 ? ", " : "").append(dims[i]);
            }
            sb.append(dims.length == 1 ? ",)" : ")");
            throw new NumpyException("MemoryError", "Unable to allocate " + sizeToString(exact)
                    + " for an array with shape " + sb + " and data type " + dtype.numpyName());
        }
        int[] r = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            r[i] = (int) dims[i];
        }
        return r;
    }

    private static long exactBytes(int[] shape, DType dtype) {
        long b = dtype.itemSize();
        for (int s : shape) {
            b *= s;
        }
        return b;
    }

    /** NumPy's {@code _ArrayMemoryError._size_to_string}. */
    static String sizeToString(long numBytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        int bitLength = 64 - Long.numberOfLeadingZeros(numBytes);
        int unitI = Math.max(bitLength - 1, 1) / 10;
        double nUnits = numBytes / (double) (1L << (unitI * 10));
        if (pyRound(nUnits) == 1024) {
            unitI += 1;
            nUnits /= 1024;
        }
        if (unitI >= units.length) {
            int newI = units.length - 1;
            nUnits *= (double) (1L << ((unitI - newI) * 10));
            unitI = newI;
        }
        if (unitI == 0) {
            return FloatRepr.fixed(nUnits, 0) + " " + units[0];
        } else if (pyRound(nUnits) < 1000) {
            return FloatRepr.general(nUnits, 3, true, false) + " " + units[unitI];
        } else {
            return FloatRepr.fixed(nUnits, 0, true) + " " + units[unitI];
        }
    }

    /** Python's round(x) to an integer, half to even. */
    static double pyRound(double x) {
        return MathUtil.rint(x);
    }
}
