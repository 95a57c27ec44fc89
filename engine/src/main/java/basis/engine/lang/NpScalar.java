package basis.engine.lang;

import basis.engine.nd.DType;

/**
 * A NumPy scalar (np.float64, np.int64, np.bool, np.complex128): what indexing an array or
 * reducing it gives. Prints like the Python number; its repr is NumPy 2's {@code np.float64(32.0)}.
 */
public record NpScalar(DType dtype, double d, long l, double im) {
    public static NpScalar ofDouble(double v) {
        return new NpScalar(DType.FLOAT64, v, 0, 0);
    }

    public static NpScalar ofLong(long v) {
        return new NpScalar(DType.INT64, v, v, 0);
    }

    public static NpScalar ofBool(boolean v) {
        return new NpScalar(DType.BOOL, v ? 1 : 0, v ? 1 : 0, 0);
    }

    public static NpScalar ofComplex(double re, double im) {
        return new NpScalar(DType.COMPLEX128, re, 0, im);
    }

    public boolean boolValue() {
        return switch (dtype) {
            case BOOL, INT64 -> l != 0;
            case FLOAT64 -> d != 0;
            case COMPLEX128 -> d != 0 || im != 0;
        };
    }

    /** The plain Python value: float, int, bool or complex. */
    public Object toPython() {
        return switch (dtype) {
            case BOOL -> l != 0;
            case INT64 -> l;
            case FLOAT64 -> d;
            case COMPLEX128 -> new PyComplex(d, im);
        };
    }
}
