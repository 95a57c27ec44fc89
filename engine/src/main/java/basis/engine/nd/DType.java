package basis.engine.nd;

/** The element types the engine supports, with NumPy's names, item sizes and promotion order. */
public enum DType {
    BOOL("bool", 1),
    INT64("int64", 8),
    FLOAT64("float64", 8),
    COMPLEX128("complex128", 16);

    private final String numpyName;
    private final int itemSize;

    DType(String numpyName, int itemSize) {
        this.numpyName = numpyName;
        this.itemSize = itemSize;
    }

    /** NumPy's name: {@code bool}, {@code int64}, {@code float64}, {@code complex128}. */
    public String numpyName() {
        return numpyName;
    }

    /** Bytes per element, as {@code arr.itemsize}. */
    public int itemSize() {
        return itemSize;
    }

    /**
     * NumPy 2 promotion of two of these types: the larger kind wins (bool &lt; int64 &lt; float64 &lt;
     * complex128). With only the 64-bit types this is also the rule for Python scalars (NEP 50's weak
     * scalars never widen an array of the same or a higher kind).
     */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public boolean isInexact() {
        return this == FLOAT64 || this == COMPLEX128;
    }
}
