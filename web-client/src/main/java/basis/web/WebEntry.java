package basis.web;

import basis.engine.Build;
import basis.engine.RunResult;
import basis.engine.Session;
import basis.grader.Exercise;
import basis.grader.ExerciseLoader;
import basis.grader.GradeResult;
import basis.grader.Grader;
import org.teavm.jso.JSExport;

/**
 * The browser's door into the engine. TeaVM compiles this class (and everything it reaches in the
 * engine and grader) to WebAssembly; each static {@code @JSExport} method becomes
 * {@code teavm.exports.NAME} in the Web Worker. Strings in, JSON strings out; all logic lives in the
 * engine and grader, which know nothing of the browser.
 */
public final class WebEntry {
    private WebEntry() {}

    static {
        // Large float64 products, the SVD's rotation sweeps and its bidiagonalization's reflectors in
        // the worker's WebAssembly SIMD module, if it is linked (same bits).
        SimdGemm.install();
        SimdRotations.install();
        SimdReflectors.install();
    }

    /** The notebook's session: cells run in it share one namespace until {@link #resetSession()}. */
    private static Session notebook = new Session();

    /** Runs a notebook cell in the shared session; returns {@link RunResult#toJson()}. */
    @JSExport
    public static String runCell(String code) {
        return notebook.runCell(code).toJson();
    }

    /** Forgets every variable the cells defined. */
    @JSExport
    public static void resetSession() {
        notebook = new Session();
    }

    /** Runs a whole program in a fresh session, as {@code python3 main.py} would. */
    @JSExport
    public static String runProgram(String code) {
        RunResult result = new Session().runFile(code, "main.py");
        return result.toJson();
    }

    /** Runs an exercise's public tests against the student's code; returns {@link GradeResult#toJson()}. */
    @JSExport
    public static String check(String exercisePublicJson, String code) {
        Exercise exercise = ExerciseLoader.fromPublicJson(exercisePublicJson);
        return Grader.grade(exercise, code, Grader.Scope.PUBLIC).toJson();
    }

    /**
     * Whether large products run in the SIMD kernels: "off", or "on" and how many products, rotation
     * sweeps and reflectors they have computed so far ("on, 3 products, 120 rotation sweeps, 398
     * reflectors"; for the e2e tests, which check that the browser really takes those paths).
     */
    @JSExport
    public static String simdKernels() {
        return SimdGemm.status() + SimdRotations.status() + SimdReflectors.status();
    }

    /** The engine build id, which the server records with every grade. */
    @JSExport
    public static String engineBuild() {
        return Build.ID;
    }
}
