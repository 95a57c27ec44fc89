package basis.grader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An exercise's info.json, checked against a strict schema: every key known, every value of the
 * right type. Example:
 *
 * <pre>{
 *   "title": "Matrix multiplication from scratch",
 *   "functions": ["matmul"],
 *   "forbidden_modules": ["numpy"],
 *   "forbidden_functions": [],
 *   "max_steps": 20000000,
 *   "seed": 0
 * }</pre>
 */
public record ExerciseInfo(String title, List<String> functions, List<String> forbiddenModules,
                           List<String> forbiddenFunctions, long maxSteps, long seed) {

    private static final Set<String> KEYS = Set.of("title", "functions", "forbidden_modules",
            "forbidden_functions", "max_steps", "seed");

    /** Validates and reads a parsed info.json; the exception message names the offending key. */
    public static ExerciseInfo fromMap(Map<String, Object> m) {
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) throw new ExerciseFormatException("unknown key \"" + k + "\" (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
        }
        Object title = m.get("title");
        if (!(title instanceof String t) || t.isBlank()) throw new ExerciseFormatException("\"title\" must be a non-empty string");
        List<String> functions = strings(m, "functions", true);
        if (functions.isEmpty()) throw new ExerciseFormatException("\"functions\" must name at least one function");
        List<String> fm = strings(m, "forbidden_modules", false);
        List<String> ff = strings(m, "forbidden_functions", false);
        long steps = number(m, "max_steps", 20_000_000L, 1_000, 1_000_000_000L);
        long seed = number(m, "seed", 0, 0, 4294967295L);
        return new ExerciseInfo((String) title, functions, fm, ff, steps, seed);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("functions", new ArrayList<Object>(functions));
        m.put("forbidden_modules", new ArrayList<Object>(forbiddenModules));
        m.put("forbidden_functions", new ArrayList<Object>(forbiddenFunctions));
        m.put("max_steps", maxSteps);
        m.put("seed", seed);
        return m;
    }

    private static List<String> strings(Map<String, Object> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) throw new ExerciseFormatException("\"" + key + "\" is required");
            return List.of();
        }
        if (!(v instanceof List<?> l)) throw new ExerciseFormatException("\"" + key + "\" must be a list of strings");
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof String s) || !isDottedName(s)) {
                throw new ExerciseFormatException("\"" + key + "\" must hold names such as matmul or np.linalg.inv, not " + o);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static long number(Map<String, Object> m, String key, long dflt, long min, long max) {
        Object v = m.get(key);
        if (v == null) return dflt;
        if (!(v instanceof Long n)) throw new ExerciseFormatException("\"" + key + "\" must be a whole number");
        if (n < min || n > max) throw new ExerciseFormatException("\"" + key + "\" must be between " + min + " and " + max);
        return n;
    }

    /** matmul, numpy, np.linalg.inv: identifiers joined by dots. */
    static boolean isDottedName(String s) {
        for (String part : s.split("\\.", -1)) {
            if (!isIdentifier(part)) return false;
        }
        return true;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) return false;
        }
        return true;
    }
}
