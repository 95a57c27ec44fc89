package basis.engine.format;

/**
 * Decimal digits of a long, the same string as {@link Long#toString(long)}. TeaVM's Long.toString
 * (in the browser) goes through a StringBuilder that inserts digit by digit; this fills a char array
 * once. The JVM keeps its own (faster there).
 */
public final class Decimal {
    private Decimal() {}

    /** True when running as TeaVM-compiled WebAssembly (TeaVM's System reports os.name "TeaVM"). */
    private static final boolean TEAVM = "TeaVM".equals(System.getProperty("os.name"));

    public static String of(long v) {
        if (!TEAVM) return Long.toString(v);
        if (v == Long.MIN_VALUE) return "-9223372036854775808";
        boolean neg = v < 0;
        long x = neg ? -v : v;
        char[] buf = new char[20];
        int p = buf.length;
        do {
            buf[--p] = (char) ('0' + (int) (x % 10));
            x /= 10;
        } while (x != 0);
        if (neg) buf[--p] = '-';
        return new String(buf, p, buf.length - p);
    }
}
