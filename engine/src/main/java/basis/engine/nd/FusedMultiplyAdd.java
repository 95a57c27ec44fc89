package basis.engine.nd;

/**
 * A hardware fused multiply-add a platform may install in {@link Installed#unit}: the server's JVM
 * installs {@code Math::fma} (one instruction under HotSpot on x86-64 and ARM). TeaVM has no
 * {@code Math.fma}, so without one the engine emulates the operation exactly in plain arithmetic
 * ({@code linalg.Kernels.fma}), which is what the browser runs.
 *
 * <p>The contract keeps results identical, bit for bit: {@link #fma} must return a * b + c rounded
 * once, to nearest even (IEEE 754's fusedMultiplyAdd, which {@code Math.fma} is specified to be), as
 * the emulation does (FmaEmulationTest checks the two against each other). So installing one changes
 * speed only, and the JVM and the browser keep printing the same digits.
 */
public interface FusedMultiplyAdd {
    /** a * b + c with a single rounding to nearest even. */
    double fma(double a, double b, double c);

    /** Where a platform installs its unit at start-up (null: the engine's exact emulation). */
    final class Installed {
        private Installed() {}

        /** The installed unit, or null. */
        public static FusedMultiplyAdd unit;
    }
}
