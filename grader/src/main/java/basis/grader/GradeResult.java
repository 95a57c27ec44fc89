package basis.grader;

import basis.engine.util.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of grading one submission.
 *
 * @param error set when the submission could not be tested at all (syntax error, forbidden import,
 *     a missing function...); the tests then all fail with that reason
 */
public record GradeResult(String exercise, double score, double maxScore, List<TestOutcome> tests,
                          String engineBuild, long seed, String error) {

    /** One test: its name, points earned out of points possible, and a one-sentence message. */
    public record TestOutcome(String name, boolean passed, double points, double maxPoints, String message,
                              boolean hidden) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("passed", passed);
            m.put("points", points);
            m.put("max_points", maxPoints);
            m.put("message", message);
            m.put("hidden", hidden);
            return m;
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exercise", exercise);
        m.put("score", score);
        m.put("max_score", maxScore);
        List<Object> ts = new ArrayList<>();
        for (TestOutcome t : tests) ts.add(t.toMap());
        m.put("tests", ts);
        m.put("engine_build", engineBuild);
        m.put("seed", seed);
        m.put("error", error);
        return m;
    }

    public String toJson() {
        return Json.write(toMap());
    }
}
