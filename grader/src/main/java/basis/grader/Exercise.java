package basis.grader;

import java.util.Map;

/**
 * One exercise, as loaded from its folder (see DESIGN.md). The server holds full exercises; the
 * browser receives {@link #publicView()} only, in which {@code solution} and {@code hiddenTests} are
 * null.
 *
 * @param id the folder path below the lessons root, e.g. {@code linear-algebra/matmul}... see
 *     {@link ExerciseLoader}
 * @param info the parsed, validated info.json
 */
public record Exercise(String id, ExerciseInfo info, String prompt, String starter, String tests,
                       String hiddenTests, String solution) {

    /** The part of an exercise that may be sent to a browser: no reference solution, no hidden tests. */
    public Exercise publicView() {
        return new Exercise(id, info, prompt, starter, tests, null, null);
    }

    public boolean isPublicView() {
        return hiddenTests == null && solution == null;
    }
}
