package basis.grader;

import basis.engine.util.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds exercises from their files. The loader never touches a file system (the grader runs in
 * WebAssembly too): the caller reads the folder and passes its files by name.
 */
public final class ExerciseLoader {
    private ExerciseLoader() {}

    /** The files of an exercise folder. solution.py and hidden_tests.py are server-only. */
    public static final String INFO = "info.json", PROMPT = "prompt.md", STARTER = "starter.py",
            TESTS = "tests.py", HIDDEN_TESTS = "hidden_tests.py", SOLUTION = "solution.py";

    /**
     * @param id the exercise id (its folder path below the lessons root)
     * @param files file name to content; all six files are required
     */
    public static Exercise fromFiles(String id, Map<String, String> files) {
        for (String name : new String[] {INFO, PROMPT, STARTER, TESTS, HIDDEN_TESTS, SOLUTION}) {
            if (files.get(name) == null) throw new ExerciseFormatException(id + "/" + name + ": file is missing");
        }
        ExerciseInfo info = parseInfo(id, files.get(INFO));
        return new Exercise(id, info, files.get(PROMPT), files.get(STARTER), files.get(TESTS),
                files.get(HIDDEN_TESTS), files.get(SOLUTION));
    }

    static ExerciseInfo parseInfo(String id, String text) {
        try {
            Object parsed = Json.parse(text);
            if (!(parsed instanceof Map<?, ?>)) throw new ExerciseFormatException("must be a JSON object");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) parsed;
            return ExerciseInfo.fromMap(m);
        } catch (Json.JsonError | ExerciseFormatException e) {
            throw new ExerciseFormatException(id + "/" + INFO + ": " + e.getMessage());
        }
    }

    /** The public view as JSON for the browser: id, info, prompt (Markdown), starter, tests. */
    public static String toPublicJson(Exercise ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ex.id());
        m.put("info", ex.info().toMap());
        m.put("prompt", ex.prompt());
        m.put("starter", ex.starter());
        m.put("tests", ex.tests());
        return Json.write(m);
    }

    /** Reads what {@link #toPublicJson} wrote (in the browser). */
    @SuppressWarnings("unchecked")
    public static Exercise fromPublicJson(String json) {
        Map<String, Object> m = (Map<String, Object>) Json.parse(json);
        String id = (String) m.get("id");
        ExerciseInfo info = ExerciseInfo.fromMap((Map<String, Object>) m.get("info"));
        return new Exercise(id, info, (String) m.get("prompt"), (String) m.get("starter"),
                (String) m.get("tests"), null, null);
    }
}
