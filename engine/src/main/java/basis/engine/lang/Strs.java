package basis.engine.lang;

import java.util.List;

/**
 * Building strings quickly in both runtimes. On the JVM, String.concat, String.repeat and
 * StringBuilder copy whole arrays; TeaVM's class library (in the browser) copies char by char in
 * all three, but copies arrays in bulk in String.getChars and new String(char[]). So in TeaVM these
 * helpers build a char[] with getChars: the same strings, several times faster there (a loop of
 * {@code s += t} over a long string: 700 ms to tens). {@link #TEAVM} only picks the faster path.
 */
final class Strs {
    private Strs() {}

    /** True when running as TeaVM-compiled WebAssembly (TeaVM's System reports os.name "TeaVM"). */
    static final boolean TEAVM = "TeaVM".equals(System.getProperty("os.name"));

    static String concat(String a, String b) {
        if (!TEAVM) return a.concat(b);
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        int n = a.length();
        char[] buf = new char[n + b.length()];
        a.getChars(0, n, buf, 0);
        b.getChars(0, b.length(), buf, n);
        return new String(buf);
    }

    /** a + b + c. */
    static String concat(String a, String b, String c) {
        if (!TEAVM) return a.concat(b).concat(c);
        int la = a.length(), lb = b.length();
        char[] buf = new char[la + lb + c.length()];
        a.getChars(0, la, buf, 0);
        b.getChars(0, lb, buf, la);
        c.getChars(0, c.length(), buf, la + lb);
        return new String(buf);
    }

    /** The first n strings of items joined. */
    static String concat(String[] items, int n) {
        if (n == 1) return items[0];
        long sum = 0;
        for (int i = 0; i < n; i++) sum += items[i].length();
        if (sum > Integer.MAX_VALUE - 8) throw PyException.memoryError(""); // what the JVM's StringBuilder ended in
        int total = (int) sum;
        if (!TEAVM) {
            StringBuilder sb = new StringBuilder(total);
            for (int i = 0; i < n; i++) sb.append(items[i]);
            return sb.toString();
        }
        char[] buf = new char[total];
        int p = 0;
        for (int i = 0; i < n; i++) {
            String s = items[i];
            s.getChars(0, s.length(), buf, p);
            p += s.length();
        }
        return new String(buf);
    }

    /** s repeated n times (n >= 0, the total length already checked). */
    static String repeat(String s, int n) {
        if (!TEAVM || n <= 1 || s.isEmpty()) return s.repeat(n);
        int len = s.length();
        char[] buf = new char[len * n];
        s.getChars(0, len, buf, 0);
        for (int filled = len; filled < buf.length; filled *= 2) {
            System.arraycopy(buf, 0, buf, filled, Math.min(filled, buf.length - filled));
        }
        return new String(buf);
    }

    /** sep.join(items) for strings already checked to be str. */
    static String join(String sep, List<String> items) {
        if (!TEAVM) return String.join(sep, items);
        long total = (long) sep.length() * Math.max(0, items.size() - 1);
        for (String s : items) total += s.length();
        if (total > 50_000_000) throw PyException.memoryError("");
        char[] buf = new char[(int) total];
        int p = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sep.getChars(0, sep.length(), buf, p);
                p += sep.length();
            }
            String s = items.get(i);
            s.getChars(0, s.length(), buf, p);
            p += s.length();
        }
        return new String(buf);
    }
}
