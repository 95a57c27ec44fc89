package basis.server;

import basis.engine.nd.FusedMultiplyAdd;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the JVM gives the engine that TeaVM cannot, installed once before any engine work (by
 * {@link Main} and the grading service): the processor's fused multiply-add. {@code Math.fma} is
 * specified to round once, to nearest even, exactly as the engine's emulation does (the browser's),
 * so results stay the same to the bit (FusedMultiplyAddHookTest, the parity test); the exact
 * reproductions of OpenBLAS's FMA kernels just run several times faster.
 */
public final class EngineSetup {
    private EngineSetup() {}

    /** Installs the hardware FMA when HotSpot uses the instruction (else Math.fma is BigDecimal, slower than the emulation). */
    public static synchronized void install() {
        if (FusedMultiplyAdd.Installed.unit == null && hardwareFma()) {
            FusedMultiplyAdd.Installed.unit = Math::fma;
        }
    }

    private static boolean hardwareFma() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return vm != null && "true".equals(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or no such flag: keep the emulation
        }
    }
}
