package basis.engine.format;

/**
 * NumPy's print options ({@code np.set_printoptions}) that array printing honours: precision,
 * floatmode, suppress, linewidth, threshold, edgeitems, sign, nanstr and infstr. Immutable: a
 * change makes a new object. Each interpreter holds its own (a fresh Session starts from
 * {@link #DEFAULTS}, as a fresh Python process does).
 */
public final class PrintOptions {
    public static final PrintOptions DEFAULTS = new PrintOptions(8, "maxprec", false, 75, 1000, 1000L, 3, '-', "nan", "inf");

    /** Digits after the point; may be negative (NumPy accepts it and fails when a float array is printed). */
    public final int precision;
    /** 'fixed', 'unique', 'maxprec' or 'maxprec_equal'. */
    public final String floatmode;
    public final boolean suppress;
    public final int linewidth;
    /** Arrays with more elements than this are summarised. */
    public final double threshold;
    /** The threshold as the program gave it (an int, a float such as inf, a bool), for get_printoptions. */
    public final Object thresholdValue;
    public final int edgeitems;
    /** '-', '+' or ' '. */
    public final char sign;
    public final String nanstr;
    public final String infstr;

    public PrintOptions(int precision, String floatmode, boolean suppress, int linewidth, double threshold,
            Object thresholdValue, int edgeitems, char sign, String nanstr, String infstr) {
        this.precision = precision;
        this.floatmode = floatmode;
        this.suppress = suppress;
        this.linewidth = linewidth;
        this.threshold = threshold;
        this.thresholdValue = thresholdValue;
        this.edgeitems = edgeitems;
        this.sign = sign;
        this.nanstr = nanstr;
        this.infstr = infstr;
    }

    /** True when an array of this many elements is summarised with '...'. */
    boolean summarize(int size) {
        return size > threshold;
    }
}
