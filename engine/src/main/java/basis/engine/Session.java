package basis.engine;

/**
 * The engine's facade: runs student source and keeps its namespace between runs (notebook
 * semantics: cells share globals in the order they are run).
 *
 * <p>STUB: the interpreter is being written; this placeholder only echoes. The signatures are the
 * contract other modules build on.
 */
public final class Session {
    private final Budget budget;

    public Session() {
        this(Budget.defaults());
    }

    public Session(Budget budget) {
        this.budget = budget;
    }

    public Budget budget() {
        return budget;
    }

    /** Runs a notebook cell: like a file, but the value of a final expression is displayed. */
    public RunResult runCell(String source) {
        return run(source, "<cell>", true);
    }

    /** Runs a whole program as {@code python3 FILE} would. */
    public RunResult runFile(String source, String filename) {
        return run(source, filename, false);
    }

    public RunResult run(String source, String filename, boolean notebook) {
        return new RunResult("", null, new PyErrorInfo("NotImplementedError", "engine not built yet", 0,
                "NotImplementedError: engine not built yet"));
    }
}
