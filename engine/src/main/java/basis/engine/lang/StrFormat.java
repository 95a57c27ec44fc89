package basis.engine.lang;

/** str.format: replacement fields {}, {0}, {name}, {0[1]}, {p.x}, with !r/!s and a format spec. */
final class StrFormat {
    private StrFormat() {}

    static String format(Interp in, String fmt, Object[] args, Kwargs kw) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        boolean usedAuto = false, usedManual = false;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1, j = i + 1;
                while (j < fmt.length() && depth > 0) {
                    if (fmt.charAt(j) == '{') depth++;
                    else if (fmt.charAt(j) == '}') depth--;
                    if (depth > 0) j++;
                }
                if (j >= fmt.length()) throw PyException.valueError("expected '}' before end of string");
                String field = fmt.substring(i + 1, j);
                i = j + 1;
                String spec = "";
                char conv = 0;
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    if (bang + 2 != field.length()) throw PyException.valueError("expected ':' after conversion specifier");
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                if (spec.contains("{")) spec = format(in, spec, args, kw);
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') end++;
                String first = field.substring(0, end);
                Object v;
                if (first.isEmpty()) {
                    if (usedManual) {
                        throw PyException.valueError("cannot switch from manual field specification to automatic field numbering");
                    }
                    usedAuto = true;
                    if (auto >= args.length) {
                        throw PyException.indexError("Replacement index " + auto + " out of range for positional args tuple");
                    }
                    v = args[auto++];
                } else if (Character.isDigit(first.charAt(0))) {
                    if (usedAuto) {
                        throw PyException.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    usedManual = true;
                    int idx = Integer.parseInt(first);
                    if (idx >= args.length) {
                        throw PyException.indexError("Replacement index " + idx + " out of range for positional args tuple");
                    }
                    v = args[idx];
                } else {
                    v = kw == null ? null : kw.map.get(first);
                    if (v == null) throw PyException.keyError(first);
                }
                int p = end;
                while (p < field.length()) {
                    if (field.charAt(p) == '.') {
                        int q = p + 1;
                        while (q < field.length() && field.charAt(q) != '.' && field.charAt(q) != '[') q++;
                        v = Access.getAttr(in, v, field.substring(p + 1, q));
                        p = q;
                    } else {
                        int q = field.indexOf(']', p);
                        String key = field.substring(p + 1, q);
                        Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                        v = Access.getItem(in, v, k);
                        p = q + 1;
                    }
                }
                if (conv == 'r' || conv == 'a') v = Ops.repr(in, v);
                else if (conv == 's') v = Ops.str(in, v);
                out.append(Builtins.format(in, v, spec));
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyException.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == target && depth == 0) return i;
        }
        return -1;
    }
}
