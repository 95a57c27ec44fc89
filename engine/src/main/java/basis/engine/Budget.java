package basis.engine;

/**
 * Limits for one run of student code. Every limit ends the run with a Python error that names the
 * student's line: steps (TimeoutError), call depth (RecursionError), memory (MemoryError) and output
 * size (the run stops with a message).
 */
public record Budget(long maxSteps, int maxDepth, long maxMemoryBytes, int maxOutputChars) {
    /**
     * Sized so a 200x200 pure-Python matmul (about 8 million loop steps) completes with room to spare
     * while an endless loop stops within about a second: measured on this project's 2-core machine,
     * {@code while True: count += 1} spends its 30 million steps in about 0.4 s on the JVM and about
     * 1.2 s in Chromium (Wasm); {@code while True: pass} in half that.
     *
     * <p>The call depth is lower than CPython's 1000 on purpose: the browser's stack (a Web Worker's,
     * about 1 MB, with V8's baseline-compiled Wasm frames) holds only about 300-480 nested Python
     * calls before the engine is tier-compiled, fewer when each call nests comprehensions or
     * constructors. 200 fits with a margin, and the same limit on the JVM keeps the promise that a
     * program gives the same output in the browser and on the server.
     */
    public static final int MAX_DEPTH = 200;

    public static Budget defaults() {
        return new Budget(30_000_000L, MAX_DEPTH, 256L * 1024 * 1024, 1_000_000);
    }

    public Budget withMaxSteps(long steps) {
        return new Budget(steps, maxDepth, maxMemoryBytes, maxOutputChars);
    }
}
