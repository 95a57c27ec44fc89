package basis.engine.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of str, list, tuple, dict and set, bound to their receiver. */
public final class Methods {
    private Methods() {}

    static PyBuiltin bound(Object self, String name, PyBuiltin.Body body) {
        return new PyBuiltin(name, body, self);
    }

    static void arity(String name, Object[] a, int min, int max) {
        if (a.length < min || a.length > max) {
            if (min == max) {
                throw PyException.typeError(name + "() takes " + (min == 0 ? "no arguments" : "exactly one argument")
                        + " (" + a.length + " given)");
            }
            if (a.length < min) {
                throw PyException.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + a.length);
            }
            throw PyException.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got "
                    + a.length);
        }
    }

    static void noKw(String name, Kwargs k) {
        if (k != null && !k.isEmpty()) throw PyException.typeError(name + "() takes no keyword arguments");
    }

    static String str(Object o, String method, int argPos) {
        if (o instanceof String s) return s;
        throw PyException.typeError("must be str, not " + Ops.typeName(o));
    }

    /** Methods looked up on a type object, e.g. str.upper or dict.fromkeys; null when none. */
    static Object unboundMethod(PyClass c, String name) {
        if (c == Types.DICT && name.equals("fromkeys")) {
            return new PyBuiltin("fromkeys", (in, a, k) -> {
                PyDict d = new PyDict();
                Object v = a.length > 1 ? a[1] : PyNone.NONE;
                for (Object key : Access.toList(in, a[0])) d.put(key, v);
                return d;
            });
        }
        if (c == Types.STR || c == Types.LIST || c == Types.DICT || c == Types.SET || c == Types.TUPLE) {
            return new PyBuiltin(name, (in, a, k) -> {
                if (a.length == 0) throw PyException.typeError("unbound method " + c.name + "." + name + "() needs an argument");
                Object m = method(in, a[0], name);
                if (m == null) throw PyException.attributeError("type object '" + c.name + "' has no attribute '" + name + "'");
                Object[] rest = new Object[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                return Access.call(in, m, rest, k);
            });
        }
        return null;
    }

    /** A bound method of a builtin value, or null if the type has no such method. */
    public static Object method(Interp in, Object o, String name) {
        if (o instanceof String s) return strMethod(s, name);
        if (o instanceof PyList l) return listMethod(l, name);
        if (o instanceof PyDict d) return dictMethod(d, name);
        if (o instanceof PySet s) return setMethod(s, name);
        if (o instanceof PyTuple t) return tupleMethod(t, name);
        if (o instanceof Double d) {
            return switch (name) {
                case "is_integer" -> bound(o, name, (i, a, k) -> !d.isInfinite() && !d.isNaN() && d == Math.floor(d));
                case "real" -> d;
                case "imag" -> 0.0;
                case "conjugate" -> bound(o, name, (i, a, k) -> d);
                default -> null;
            };
        }
        if (o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean) {
            return switch (name) {
                case "bit_length" -> bound(o, name, (i, a, k) -> (long) Arith.big(o).abs().bitLength());
                case "real", "numerator" -> o instanceof Boolean b ? (b ? 1L : 0L) : o;
                case "imag" -> 0L;
                case "denominator" -> 1L;
                case "conjugate" -> bound(o, name, (i, a, k) -> o);
                default -> null;
            };
        }
        if (o instanceof PyComplex c) {
            return switch (name) {
                case "real" -> c.re();
                case "imag" -> c.im();
                case "conjugate" -> bound(o, name, (i, a, k) -> new PyComplex(c.re(), -c.im()));
                default -> null;
            };
        }
        if (o instanceof PySuper sp) return superAttr(sp, name);
        if (o instanceof Access.Property p) {
            return switch (name) {
                case "setter" -> bound(o, name, (i, a, k) -> new Access.Property(p.getter(), a[0]));
                case "getter" -> bound(o, name, (i, a, k) -> new Access.Property(a[0], p.setter()));
                default -> null;
            };
        }
        return null;
    }

    private static Object superAttr(PySuper sp, String name) {
        PyClass type = sp.self() instanceof PyClass c ? c : Ops.typeOf(sp.self());
        List<PyClass> mro = type.mro;
        int idx = mro.indexOf(sp.cls());
        for (int i = idx + 1; i < mro.size(); i++) {
            PyClass c = mro.get(i);
            Object v = c.dict.get(name);
            if (v == null) continue;
            if (v instanceof PyFunction) return new PyBoundMethod(sp.self(), v);
            if (v instanceof PyBuiltin b) return new PyBoundMethod(sp.self(), b);
            if (v instanceof Access.ClassMethod cm) return new PyBoundMethod(type, cm.function());
            if (v instanceof Access.StaticMethod sm) return sm.function();
            return v;
        }
        if (name.equals("__init__")) {
            return new PyBuiltin("__init__", (in, a, k) -> {
                if (sp.self() instanceof PyInstance pi && Types.isException(pi.cls)) pi.attrs.put("args", new PyTuple(a.clone()));
                return PyNone.NONE;
            });
        }
        throw PyException.attributeError("'super' object has no attribute '" + name + "'");
    }

    // ------------------------------------------------------------------ str
    private static Object strMethod(String s, String name) {
        switch (name) {
            case "upper": return bound(s, name, (in, a, k) -> s.toUpperCase());
            case "lower": return bound(s, name, (in, a, k) -> s.toLowerCase());
            case "title": return bound(s, name, (in, a, k) -> title(s));
            case "capitalize": return bound(s, name, (in, a, k) -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase());
            case "swapcase": return bound(s, name, (in, a, k) -> {
                StringBuilder sb = new StringBuilder();
                for (char c : s.toCharArray()) sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                return sb.toString();
            });
            case "strip": return bound(s, name, (in, a, k) -> strip(s, a, true, true));
            case "lstrip": return bound(s, name, (in, a, k) -> strip(s, a, true, false));
            case "rstrip": return bound(s, name, (in, a, k) -> strip(s, a, false, true));
            case "split": return bound(s, name, (in, a, k) -> split(s, a, k, name));
            case "rsplit": return bound(s, name, (in, a, k) -> split(s, a, k, name));
            case "splitlines": return bound(s, name, (in, a, k) -> {
                PyList l = new PyList();
                if (s.isEmpty()) return l;
                String[] parts = s.split("\r\n|\n|\r", -1);
                int n = parts.length;
                if (parts[n - 1].isEmpty()) n--;
                for (int i = 0; i < n; i++) l.items.add(parts[i]);
                return l;
            });
            case "join": return bound(s, name, (in, a, k) -> {
                arity("str.join", a, 1, 1);
                List<Object> items = Access.toList(in, a[0]);
                List<String> strs = new ArrayList<>(items.size());
                long total = 0;
                for (Object o : items) {
                    if (!(o instanceof String item)) {
                        throw PyException.typeError("sequence item " + strs.size() + ": expected str instance, "
                                + Ops.typeName(o) + " found");
                    }
                    total += item.length() + (strs.isEmpty() ? 0 : s.length());
                    if (total > 50_000_000) throw PyException.memoryError("");
                    strs.add(item);
                }
                return Strs.join(s, strs);
            });
            case "replace": return bound(s, name, (in, a, k) -> {
                arity("replace", a, 2, 3);
                String old = str(a[0], name, 1), rep = str(a[1], name, 2);
                long count = a.length > 2 ? Access.toIndex(a[2]) : -1;
                if (count < 0) {
                    if (old.isEmpty()) {
                        StringBuilder sb = new StringBuilder(rep);
                        for (char c : s.toCharArray()) sb.append(c).append(rep);
                        return sb.toString();
                    }
                    return s.replace(old, rep);
                }
                StringBuilder sb = new StringBuilder();
                int from = 0;
                for (long n = 0; n < count; n++) {
                    int at = s.indexOf(old, from);
                    if (at < 0) break;
                    sb.append(s, from, at).append(rep);
                    from = at + old.length();
                    if (old.isEmpty()) {
                        if (from < s.length()) sb.append(s.charAt(from));
                        from++;
                    }
                }
                if (from <= s.length()) sb.append(s.substring(Math.min(from, s.length())));
                return sb.toString();
            });
            case "startswith": return bound(s, name, (in, a, k) -> affix(s, a, true));
            case "endswith": return bound(s, name, (in, a, k) -> affix(s, a, false));
            case "find": return bound(s, name, (in, a, k) -> (long) find(s, a, false));
            case "rfind": return bound(s, name, (in, a, k) -> (long) find(s, a, true));
            case "index": return bound(s, name, (in, a, k) -> {
                int r = find(s, a, false);
                if (r < 0) throw PyException.valueError("substring not found");
                return (long) r;
            });
            case "count": return bound(s, name, (in, a, k) -> {
                arity("count", a, 1, 3);
                String sub = str(a[0], name, 1);
                if (sub.isEmpty()) return (long) s.length() + 1;
                long n = 0;
                if (sub.length() == 1) {
                    // one character: a scan of the chars copied in bulk (TeaVM's indexOf calls
                    // length() and charAt, with their checks, for every character)
                    char c = sub.charAt(0);
                    int len = s.length();
                    char[] cs = new char[Math.min(len, 4096)];
                    for (int off = 0; off < len; off += cs.length) {
                        int m = Math.min(cs.length, len - off);
                        s.getChars(off, off + m, cs, 0);
                        for (int j = 0; j < m; j++) if (cs[j] == c) n++;
                    }
                    return n;
                }
                for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
                return n;
            });
            case "format": return bound(s, name, (in, a, k) -> StrFormat.format(in, s, a, k));
            case "ljust": return bound(s, name, (in, a, k) -> pad(s, a, 'l'));
            case "rjust": return bound(s, name, (in, a, k) -> pad(s, a, 'r'));
            case "center": return bound(s, name, (in, a, k) -> pad(s, a, 'c'));
            case "zfill": return bound(s, name, (in, a, k) -> {
                int w = (int) Access.toIndex(a[0]);
                if (s.length() >= w) return s;
                int signLen = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
                return s.substring(0, signLen) + "0".repeat(w - s.length()) + s.substring(signLen);
            });
            case "isdigit", "isnumeric", "isdecimal": return bound(s, name, (in, a, k) -> !s.isEmpty()
                    && s.chars().allMatch(Character::isDigit));
            case "isalpha": return bound(s, name, (in, a, k) -> !s.isEmpty() && s.chars().allMatch(Character::isLetter));
            case "isalnum": return bound(s, name, (in, a, k) -> !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit));
            case "isspace": return bound(s, name, (in, a, k) -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace));
            case "isupper": return bound(s, name, (in, a, k) -> s.chars().anyMatch(Character::isLetter)
                    && s.equals(s.toUpperCase()));
            case "islower": return bound(s, name, (in, a, k) -> s.chars().anyMatch(Character::isLetter)
                    && s.equals(s.toLowerCase()));
            case "partition": return bound(s, name, (in, a, k) -> {
                String sep = str(a[0], name, 1);
                int i = s.indexOf(sep);
                if (i < 0) return PyTuple.of(s, "", "");
                return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
            });
            case "rpartition": return bound(s, name, (in, a, k) -> {
                arity("rpartition", a, 1, 1);
                String sep = str(a[0], name, 1);
                if (sep.isEmpty()) throw PyException.valueError("empty separator");
                int i = s.lastIndexOf(sep);
                if (i < 0) return PyTuple.of("", "", s);
                return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
            });
            case "rindex": return bound(s, name, (in, a, k) -> {
                int r = find(s, a, true);
                if (r < 0) throw PyException.valueError("substring not found");
                return (long) r;
            });
            case "casefold": return bound(s, name, (in, a, k) -> s.toLowerCase());
            case "removeprefix": return bound(s, name, (in, a, k) -> {
                arity("removeprefix", a, 1, 1);
                String p = str(a[0], name, 1);
                return s.startsWith(p) ? s.substring(p.length()) : s;
            });
            case "removesuffix": return bound(s, name, (in, a, k) -> {
                arity("removesuffix", a, 1, 1);
                String p = str(a[0], name, 1);
                return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
            });
            case "istitle": return bound(s, name, (in, a, k) -> {
                boolean cased = false, prevCased = false;
                for (char c : s.toCharArray()) {
                    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                        if (prevCased) return false;
                        prevCased = cased = true;
                    } else if (Character.isLowerCase(c)) {
                        if (!prevCased) return false;
                        prevCased = cased = true;
                    } else prevCased = false;
                }
                return cased;
            });
            case "expandtabs": return bound(s, name, (in, a, k) -> {
                Object[] p = Args.bind("expandtabs", a, k, "tabsize=");
                long tab = Args.isNone(p[0]) ? 8 : Access.toIndex(p[0]);
                StringBuilder sb = new StringBuilder();
                int col = 0;
                for (char c : s.toCharArray()) {
                    if (c == '\t') {
                        if (tab > 0) {
                            int n = (int) (tab - col % tab);
                            for (int j = 0; j < n; j++) sb.append(' ');
                            col += n;
                        }
                    } else {
                        sb.append(c);
                        col = c == '\n' || c == '\r' ? 0 : col + 1;
                    }
                }
                return sb.toString();
            });
            case "encode": return null;
            default: return null;
        }
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevLetter = false;
        for (char c : s.toCharArray()) {
            sb.append(prevLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            prevLetter = Character.isLetter(c);
        }
        return sb.toString();
    }

    private static String strip(String s, Object[] a, boolean left, boolean right) {
        String chars = a.length > 0 && a[0] != PyNone.NONE ? str(a[0], "strip", 1) : null;
        int start = 0, end = s.length();
        if (left) while (start < end && (chars == null ? Character.isWhitespace(s.charAt(start)) : chars.indexOf(s.charAt(start)) >= 0)) start++;
        if (right) while (end > start && (chars == null ? Character.isWhitespace(s.charAt(end - 1)) : chars.indexOf(s.charAt(end - 1)) >= 0)) end--;
        return s.substring(start, end);
    }

    /** Character.isWhitespace, answered without its Unicode tables for ASCII (the split loops' hot test). */
    private static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        return Character.isWhitespace(c);
    }

    private static PyList split(String s, Object[] a, Kwargs k, String name) {
        Object sepObj = a.length > 0 ? a[0] : (k != null && k.map.containsKey("sep") ? k.map.get("sep") : PyNone.NONE);
        Object maxObj = a.length > 1 ? a[1] : (k != null && k.map.containsKey("maxsplit") ? k.map.get("maxsplit") : -1L);
        long max = Access.toIndex(maxObj);
        PyList out = new PyList();
        boolean rsplit = name.equals("rsplit");
        if (sepObj == PyNone.NONE) {
            List<String> words = new ArrayList<>();
            int i = 0, n = s.length();
            if (!rsplit) {
                while (i < n) {
                    while (i < n && isSpace(s.charAt(i))) i++;
                    if (i >= n) break;
                    if (max >= 0 && words.size() >= max) {
                        words.add(s.substring(i).stripTrailing());
                        i = n;
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) j++;
                    words.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = n;
                while (j > 0) {
                    while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                    if (j <= 0) break;
                    if (max >= 0 && words.size() >= max) {
                        words.add(0, s.substring(0, j).stripLeading());
                        break;
                    }
                    int b = j;
                    while (b > 0 && !isSpace(s.charAt(b - 1))) b--;
                    words.add(0, s.substring(b, j));
                    j = b;
                }
                if (max >= 0) {
                    // reorder: words were inserted at front already
                }
            }
            out.items.addAll(words);
            return out;
        }
        String sep = str(sepObj, name, 1);
        if (sep.isEmpty()) throw PyException.valueError("empty separator");
        if (!rsplit) {
            int from = 0;
            long n = 0;
            while (max < 0 || n < max) {
                int at = s.indexOf(sep, from);
                if (at < 0) break;
                out.items.add(s.substring(from, at));
                from = at + sep.length();
                n++;
            }
            out.items.add(s.substring(from));
        } else {
            int to = s.length();
            long n = 0;
            List<String> parts = new ArrayList<>();
            while (max < 0 || n < max) {
                int at = s.lastIndexOf(sep, to - sep.length());
                if (at < 0 || to - sep.length() < 0) break;
                parts.add(0, s.substring(at + sep.length(), to));
                to = at;
                n++;
            }
            parts.add(0, s.substring(0, to));
            out.items.addAll(parts);
        }
        return out;
    }

    private static boolean affix(String s, Object[] a, boolean start) {
        arity(start ? "startswith" : "endswith", a, 1, 3);
        String t = s;
        if (a.length > 1) {
            long[] r = Slices.indices(new PySlice(a[1], a.length > 2 ? a[2] : PyNone.NONE, PyNone.NONE), s.length());
            t = s.substring((int) r[0], (int) Math.max(r[0], r[1]));
        }
        if (a[0] instanceof PyTuple tup) {
            for (Object o : tup.items) if (start ? t.startsWith(str(o, "", 1)) : t.endsWith(str(o, "", 1))) return true;
            return false;
        }
        if (!(a[0] instanceof String p)) {
            throw PyException.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                    + Ops.typeName(a[0]));
        }
        return start ? t.startsWith(p) : t.endsWith(p);
    }

    private static int find(String s, Object[] a, boolean last) {
        arity(last ? "rfind" : "find", a, 1, 3);
        String sub = str(a[0], "find", 1);
        int lo = 0, hi = s.length();
        if (a.length > 1) {
            long[] r = Slices.indices(new PySlice(a[1], a.length > 2 ? a[2] : PyNone.NONE, PyNone.NONE), s.length());
            lo = (int) r[0];
            hi = (int) Math.max(r[0], r[1]);
        }
        String region = s.substring(lo, hi);
        int i = last ? region.lastIndexOf(sub) : region.indexOf(sub);
        return i < 0 ? -1 : i + lo;
    }

    private static String pad(String s, Object[] a, char how) {
        arity(how == 'l' ? "ljust" : how == 'r' ? "rjust" : "center", a, 1, 2);
        int w = (int) Access.toIndex(a[0]);
        String fill = a.length > 1 ? str(a[1], "", 2) : " ";
        if (fill.length() != 1) throw PyException.typeError("The fill character must be exactly one character long");
        if (s.length() >= w) return s;
        int total = w - s.length();
        if (how == 'l') return s + fill.repeat(total);
        if (how == 'r') return fill.repeat(total) + s;
        int left = total / 2 + (total & w & 1);
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    // ------------------------------------------------------------------ list
    private static Object listMethod(PyList l, String name) {
        switch (name) {
            case "append": return bound(l, name, (in, a, k) -> {
                arity("list.append", a, 1, 1);
                if ((l.items.size() & 0xffff) == 0xffff) in.allocate(8L * 0x10000, "");
                l.items.add(a[0]);
                return PyNone.NONE;
            });
            case "extend": return bound(l, name, (in, a, k) -> {
                arity("list.extend", a, 1, 1);
                List<Object> items = Access.toList(in, a[0]);
                in.allocate(8L * items.size(), "");
                l.items.addAll(items);
                return PyNone.NONE;
            });
            case "insert": return bound(l, name, (in, a, k) -> {
                arity("insert", a, 2, 2);
                long i = Access.toIndex(a[0]);
                int n = l.size();
                if (i < 0) i = Math.max(0, i + n);
                if (i > n) i = n;
                l.items.add((int) i, a[1]);
                return PyNone.NONE;
            });
            case "pop": return bound(l, name, (in, a, k) -> {
                arity("pop", a, 0, 1);
                if (l.items.isEmpty()) throw PyException.indexError("pop from empty list");
                long i = a.length > 0 ? Access.toIndex(a[0]) : -1;
                if (i < 0) i += l.size();
                if (i < 0 || i >= l.size()) throw PyException.indexError("pop index out of range");
                return l.items.remove((int) i);
            });
            case "remove": return bound(l, name, (in, a, k) -> {
                arity("list.remove", a, 1, 1);
                for (int i = 0; i < l.size(); i++) {
                    if (Ops.eq(in, l.items.get(i), a[0])) {
                        l.items.remove(i);
                        return PyNone.NONE;
                    }
                }
                throw PyException.valueError("list.remove(x): x not in list");
            });
            case "index": return bound(l, name, (in, a, k) -> {
                arity("index", a, 1, 3);
                int lo = a.length > 1 ? (int) clampIndex(Access.toIndex(a[1]), l.size()) : 0;
                int hi = a.length > 2 ? (int) clampIndex(Access.toIndex(a[2]), l.size()) : l.size();
                for (int i = lo; i < hi; i++) if (Ops.eq(in, l.items.get(i), a[0])) return (long) i;
                throw PyException.valueError(Ops.repr(in, a[0]) + " is not in list");
            });
            case "count": return bound(l, name, (in, a, k) -> {
                arity("list.count", a, 1, 1);
                long n = 0;
                for (Object o : l.items) if (Ops.eq(in, o, a[0])) n++;
                return n;
            });
            case "sort": return bound(l, name, (in, a, k) -> {
                if (a.length > 0) throw PyException.typeError("sort() takes no positional arguments");
                Object key = k == null ? null : k.take("key");
                Object rev = k == null ? null : k.take("reverse");
                if (k != null) k.rejectRest("sort");
                List<Object> sorted = Builtins.sortList(in, l.items, key == PyNone.NONE ? null : key,
                        rev != null && Ops.truthy(in, rev));
                l.items.clear();
                l.items.addAll(sorted);
                return PyNone.NONE;
            });
            case "reverse": return bound(l, name, (in, a, k) -> {
                java.util.Collections.reverse(l.items);
                return PyNone.NONE;
            });
            case "copy": return bound(l, name, (in, a, k) -> new PyList(l.items));
            case "clear": return bound(l, name, (in, a, k) -> {
                l.items.clear();
                return PyNone.NONE;
            });
            default: return null;
        }
    }

    private static long clampIndex(long i, int n) {
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
    }

    private static Object tupleMethod(PyTuple t, String name) {
        switch (name) {
            case "count": return bound(t, name, (in, a, k) -> {
                long n = 0;
                for (Object o : t.items) if (Ops.eq(in, o, a[0])) n++;
                return n;
            });
            case "index": return bound(t, name, (in, a, k) -> {
                for (int i = 0; i < t.items.length; i++) if (Ops.eq(in, t.items[i], a[0])) return (long) i;
                throw PyException.valueError("tuple.index(x): x not in tuple");
            });
            default: return null;
        }
    }

    // ------------------------------------------------------------------ dict
    private static Object dictMethod(PyDict d, String name) {
        switch (name) {
            case "get": return bound(d, name, (in, a, k) -> {
                arity("get", a, 1, 2);
                Object v = d.get(a[0]);
                return v != null ? v : (a.length > 1 ? a[1] : PyNone.NONE);
            });
            case "keys": return bound(d, name, (in, a, k) -> new PyDictView(d, PyDictView.KEYS));
            case "values": return bound(d, name, (in, a, k) -> new PyDictView(d, PyDictView.VALUES));
            case "items": return bound(d, name, (in, a, k) -> new PyDictView(d, PyDictView.ITEMS));
            case "pop": return bound(d, name, (in, a, k) -> {
                arity("pop", a, 1, 2);
                Object v = d.remove(a[0]);
                if (v != null) return v;
                if (a.length > 1) return a[1];
                throw PyException.keyError(a[0]);
            });
            case "popitem": return bound(d, name, (in, a, k) -> {
                if (d.size() == 0) throw PyException.keyError("popitem(): dictionary is empty");
                PyKey last = null;
                for (PyKey key : d.map.keySet()) last = key;
                Object v = d.map.remove(last);
                return PyTuple.of(last.key, v);
            });
            case "setdefault": return bound(d, name, (in, a, k) -> {
                arity("setdefault", a, 1, 2);
                Object v = d.get(a[0]);
                if (v != null) return v;
                Object dflt = a.length > 1 ? a[1] : PyNone.NONE;
                d.put(a[0], dflt);
                return dflt;
            });
            case "update": return bound(d, name, (in, a, k) -> {
                if (a.length > 0) {
                    if (a[0] instanceof PyDict o) d.map.putAll(o.map);
                    else for (Object pair : Access.toList(in, a[0])) {
                        List<Object> kv = Access.toList(in, pair);
                        if (kv.size() != 2) throw PyException.valueError("dictionary update sequence element has length "
                                + kv.size() + "; 2 is required");
                        d.put(kv.get(0), kv.get(1));
                    }
                }
                if (k != null) for (Map.Entry<String, Object> e : k.map.entrySet()) d.put(e.getKey(), e.getValue());
                return PyNone.NONE;
            });
            case "copy": return bound(d, name, (in, a, k) -> {
                PyDict c = new PyDict();
                c.map.putAll(d.map);
                return c;
            });
            case "clear": return bound(d, name, (in, a, k) -> {
                d.map.clear();
                return PyNone.NONE;
            });
            default: return null;
        }
    }

    // ------------------------------------------------------------------ set
    private static Object setMethod(PySet s, String name) {
        switch (name) {
            case "add": return bound(s, name, (in, a, k) -> {
                arity("set.add", a, 1, 1);
                s.add(a[0]);
                return PyNone.NONE;
            });
            case "remove": return bound(s, name, (in, a, k) -> {
                if (!s.items.remove(PyKey.of(a[0]))) throw PyException.keyError(a[0]);
                return PyNone.NONE;
            });
            case "discard": return bound(s, name, (in, a, k) -> {
                s.items.remove(PyKey.of(a[0]));
                return PyNone.NONE;
            });
            case "pop": return bound(s, name, (in, a, k) -> {
                if (s.items.isEmpty()) throw PyException.keyError("pop from an empty set");
                PyKey first = s.items.iterator().next();
                s.items.remove(first);
                return first.key;
            });
            case "union": return bound(s, name, (in, a, k) -> {
                PySet r = new PySet();
                r.items.addAll(s.items);
                for (Object o : a) for (Object x : Access.toList(in, o)) r.add(x);
                return r;
            });
            case "intersection": return bound(s, name, (in, a, k) -> {
                PySet r = new PySet();
                r.items.addAll(s.items);
                for (Object o : a) {
                    PySet other = new PySet();
                    for (Object x : Access.toList(in, o)) other.add(x);
                    r.items.retainAll(other.items);
                }
                return r;
            });
            case "difference": return bound(s, name, (in, a, k) -> {
                PySet r = new PySet();
                r.items.addAll(s.items);
                for (Object o : a) for (Object x : Access.toList(in, o)) r.items.remove(PyKey.of(x));
                return r;
            });
            case "symmetric_difference": return bound(s, name, (in, a, k) -> {
                PySet other = new PySet();
                for (Object x : Access.toList(in, a[0])) other.add(x);
                return Builtins.setOp(Ast.BinOpKind.BITXOR, s, other);
            });
            case "issubset": return bound(s, name, (in, a, k) -> {
                PySet other = new PySet();
                for (Object x : Access.toList(in, a[0])) other.add(x);
                return other.items.containsAll(s.items);
            });
            case "isdisjoint": return bound(s, name, (in, a, k) -> {
                arity("isdisjoint", a, 1, 1);
                for (Object x : Access.toList(in, a[0])) if (s.contains(x)) return false;
                return true;
            });
            case "intersection_update", "difference_update", "symmetric_difference_update": return bound(s, name, (in, a, k) -> {
                PySet other = new PySet();
                for (Object o : a) for (Object x : Access.toList(in, o)) other.add(x);
                if (name.startsWith("intersection")) s.items.retainAll(other.items);
                else if (name.startsWith("difference")) s.items.removeAll(other.items);
                else for (PyKey x : other.items) if (!s.items.remove(x)) s.items.add(x);
                return PyNone.NONE;
            });
            case "issuperset": return bound(s, name, (in, a, k) -> {
                for (Object x : Access.toList(in, a[0])) if (!s.contains(x)) return false;
                return true;
            });
            case "copy": return bound(s, name, (in, a, k) -> {
                PySet r = new PySet();
                r.items.addAll(s.items);
                return r;
            });
            case "clear": return bound(s, name, (in, a, k) -> {
                s.items.clear();
                return PyNone.NONE;
            });
            case "update": return bound(s, name, (in, a, k) -> {
                for (Object o : a) for (Object x : Access.toList(in, o)) s.add(x);
                return PyNone.NONE;
            });
            default: return null;
        }
    }
}
