package basis.engine.nd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the NumPy-generated case files written by tools/gen_nd_expected.py. */
public final class CaseFiles {
    private CaseFiles() {}

    /** The lines of nd/NAME, or of nd/NAME.gz (the large case files are stored compressed). */
    public static List<String> lines(String resource) {
        InputStream in = CaseFiles.class.getResourceAsStream("/nd/" + resource);
        if (in == null) {
            InputStream gz = CaseFiles.class.getResourceAsStream("/nd/" + resource + ".gz");
            if (gz != null) {
                try {
                    in = new java.util.zip.GZIPInputStream(gz);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (in == null) {
            throw new IllegalStateException("missing resource nd/" + resource + ": run tools/gen_nd_expected.py");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                // "in @N": the same input as line N (long inputs are written once by the generators)
                out.add(line.startsWith("in @") ? out.get(Integer.parseInt(line.substring(4))) : line);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** Parses a JSON string literal starting at {@code s.charAt(from)}; returns {value, endIndex}. */
    public static Object[] jsonString(String s, int from) {
        if (s.charAt(from) != '"') {
            throw new IllegalArgumentException("not a JSON string at " + from + ": " + s);
        }
        StringBuilder sb = new StringBuilder();
        int i = from + 1;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n':
                        sb.append('\n');
                        break;
                    case 't':
                        sb.append('\t');
                        break;
                    case 'r':
                        sb.append('\r');
                        break;
                    case 'b':
                        sb.append('\b');
                        break;
                    case 'f':
                        sb.append('\f');
                        break;
                    case 'u':
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default:
                        sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return new Object[] {sb.toString(), i};
    }

    /** All JSON strings and bare tokens of a line, in order. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                Object[] r = jsonString(s, i);
                out.add((String) r[0]);
                i = (Integer) r[1];
            } else {
                int j = s.indexOf(' ', i);
                if (j < 0) {
                    j = n;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    /** Decodes "dtype shape data..." (shape "-" for 0-d, comma separated). */
    public static NDArray array(List<String> tok, int from) {
        String dt = tok.get(from);
        String sh = tok.get(from + 1);
        int[] shape;
        if (sh.equals("-")) {
            shape = new int[0];
        } else {
            String[] p = sh.split(",");
            shape = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                shape[i] = Integer.parseInt(p[i]);
            }
        }
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        int d = from + 2;
        switch (dt) {
            case "float64":
            case "float16":
            case "float32": {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = bits(tok.get(d + i));
                }
                return NDArray.ofDoubles(v, shape);
            }
            case "int64":
            case "int8":
            case "int32": {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = Long.parseLong(tok.get(d + i));
                }
                return NDArray.ofLongs(v, shape);
            }
            case "bool": {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = tok.get(d + i).equals("1");
                }
                return NDArray.ofBools(v, shape);
            }
            case "complex128": {
                double[] re = new double[n];
                double[] im = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] p = tok.get(d + i).split(":");
                    re[i] = bits(p[0]);
                    im[i] = bits(p[1]);
                }
                return NDArray.ofComplex(re, im, shape);
            }
            default:
                throw new IllegalArgumentException("dtype " + dt);
        }
    }

    /** The bits in hex; every NaN is "nan" (NumPy's NaN sign bit is an x86 artefact, never printed). */
    static String hex(double x) {
        return x != x ? "nan" : Long.toHexString(Double.doubleToRawLongBits(x));
    }

    /** Bit-exact comparison text of an array: dtype, shape and every element's bits. */
    public static String describe(NDArray a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.dtype().numpyName()).append(' ').append(NDArray.shapeStr(a.shape()));
        for (int i = 0; i < a.size(); i++) {
            sb.append(' ');
            switch (a.dtype()) {
                case FLOAT64:
                    sb.append(hex(a.doubleAt(i)));
                    break;
                case COMPLEX128:
                    sb.append(hex(a.doubleAt(i))).append(':').append(hex(a.imagAt(i)));
                    break;
                case INT64:
                    sb.append(a.longAt(i));
                    break;
                default:
                    sb.append(a.boolAt(i) ? 1 : 0);
            }
        }
        return sb.toString();
    }
}
