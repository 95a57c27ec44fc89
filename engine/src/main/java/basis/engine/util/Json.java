package basis.engine.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer, TeaVM-safe (no reflection). Objects read as insertion-ordered
 * {@code Map<String,Object>}, arrays as {@code List<Object>}, numbers as {@code Long} or
 * {@code Double}, plus {@code String}, {@code Boolean} and {@code null}.
 */
public final class Json {
    private Json() {}

    /** Appends {@code s} as a JSON string literal (with quotes) to {@code out}. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        // '<' escaped so JSON embedded in HTML can never close a <script>.
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        for (int k = hex.length(); k < 4; k++) out.append('0');
                        out.append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    /** Writes maps, lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    public static void write(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quote(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(v.toString());
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) out.append("null");
            else if (d == Math.rint(d) && Math.abs(d) < 1e15) out.append(Long.toString((long) (double) d));
            else out.append(basis.engine.util.Json.doubleText(d));
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) out.append(',');
                first = false;
                quote(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) out.append(',');
                write(out, l.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName() + " as JSON");
        }
    }

    /** Hook replaced by the shortest-repr formatter once available; JSON numbers need not be pretty. */
    static String doubleText(double d) {
        return Double.toString(d);
    }

    /** Parses JSON text; throws {@link JsonError} naming the offset on malformed input. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        r.skipWs();
        Object v = r.value(0);
        r.skipWs();
        if (r.pos != text.length()) throw r.error("unexpected text after the JSON value");
        return v;
    }

    /** A JSON syntax error, with the (1-based) line and column where it was found. */
    public static final class JsonError extends RuntimeException {
        public JsonError(String message) {
            super(message);
        }
    }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) {
            this.s = s;
        }

        JsonError error(String what) {
            int line = 1, col = 1;
            for (int i = 0; i < pos && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else col++;
            }
            return new JsonError(what + " at line " + line + ", column " + col);
        }

        void skipWs() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') pos++;
                else break;
            }
        }

        Object value(int depth) {
            if (depth > 200) throw error("JSON nested too deeply");
            if (pos >= s.length()) throw error("unexpected end of JSON");
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object(depth);
                case '[': return array(depth);
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return number();
                    throw error("unexpected character '" + c + "'");
            }
        }

        Object literal(String word, Object v) {
            if (!s.startsWith(word, pos)) throw error("unexpected word");
            pos += word.length();
            return v;
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipWs();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipWs();
                if (pos >= s.length() || s.charAt(pos) != '"') throw error("expected a quoted key");
                String key = string();
                skipWs();
                if (pos >= s.length() || s.charAt(pos) != ':') throw error("expected ':' after key \"" + key + "\"");
                pos++;
                skipWs();
                if (m.containsKey(key)) throw error("duplicate key \"" + key + "\"");
                m.put(key, value(depth + 1));
                skipWs();
                if (pos >= s.length()) throw error("unexpected end of JSON in an object");
                char c = s.charAt(pos++);
                if (c == '}') return m;
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}' in an object");
                }
            }
        }

        List<Object> array(int depth) {
            List<Object> l = new ArrayList<>();
            pos++;
            skipWs();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return l;
            }
            while (true) {
                skipWs();
                l.add(value(depth + 1));
                skipWs();
                if (pos >= s.length()) throw error("unexpected end of JSON in an array");
                char c = s.charAt(pos++);
                if (c == ']') return l;
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']' in an array");
                }
            }
        }

        String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) throw error("unterminated string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c == '\\') {
                    if (pos >= s.length()) throw error("unterminated string");
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (pos + 4 > s.length()) throw error("bad \\u escape");
                            int code = 0;
                            for (int k = 0; k < 4; k++) {
                                int d = Character.digit(s.charAt(pos++), 16);
                                if (d < 0) throw error("bad \\u escape");
                                code = code * 16 + d;
                            }
                            sb.append((char) code);
                        }
                        default -> throw error("bad escape \\" + e);
                    }
                } else if (c < 0x20) {
                    throw error("control character in string");
                } else {
                    sb.append(c);
                }
            }
        }

        Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') pos++;
            boolean isFloat = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c >= '0' && c <= '9') pos++;
                else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                    isFloat = true;
                    pos++;
                } else break;
            }
            String t = s.substring(start, pos);
            try {
                if (!isFloat) return Long.parseLong(t);
                return basis.engine.nd.ExactMath.parseDouble(t);
            } catch (NumberFormatException ex) {
                pos = start;
                throw error("bad number " + t);
            }
        }
    }
}
