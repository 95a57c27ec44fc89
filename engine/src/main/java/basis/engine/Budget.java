package basis.engine;

/**
 * Limits for one run of student code. Every limit ends the run with a Python error that names the
 * student's line: steps (TimeoutError), call depth (RecursionError), memory (MemoryError) and output
 * size (the run stops with a message).
 */
public record Budget(long maxSteps, int maxDepth, long maxMemoryBytes, int maxOutputChars) {
    /**
     * Sized so a 200x200 pure-Python matmul (about 8 million loop steps) completes while
     * {@code while True: pass} stops within about a second. The depth limit matches CPython's default
     * recursion limit (1000 frames, the module's included).
     */
    public static Budget defaults() {
        return new Budget(50_000_000L, 999, 256L * 1024 * 1024, 1_000_000);
    }

    public Budget withMaxSteps(long steps) {
        return new Budget(steps, maxDepth, maxMemoryBytes, maxOutputChars);
    }
}
