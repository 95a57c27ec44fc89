package basis.engine;

import basis.engine.util.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of source printed and how it ended.
 *
 * @param stdout everything printed, as CPython would print it
 * @param display the repr of a notebook cell's final expression (null when there is none, or when
 *     the run was not in notebook mode)
 * @param error the uncaught Python error, or null when the run completed
 * @param plots the figures shown (matplotlib.pyplot), each an SVG document; empty when none
 */
public record RunResult(String stdout, String display, PyErrorInfo error, List<String> plots) {
    public RunResult(String stdout, String display, PyErrorInfo error) {
        this(stdout, display, error, List.of());
    }

    public boolean ok() {
        return error == null;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stdout", stdout);
        m.put("display", display);
        m.put("error", error == null ? null : error.toMap());
        if (!plots.isEmpty()) m.put("plots", plots);
        return m;
    }

    public String toJson() {
        return Json.write(toMap());
    }
}
