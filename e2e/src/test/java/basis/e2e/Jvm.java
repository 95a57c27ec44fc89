package basis.e2e;

import basis.server.EngineSetup;
import basis.server.Main;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs engine work on the JVM as the server does: on a thread with the engine's deep stack, with the
 * server's engine setup (the hardware FMA), so the parity tests compare the browser with that.
 */
final class Jvm {
    private Jvm() {}

    static <T> T onEngineThread(Supplier<T> job) {
        EngineSetup.install();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(job.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "e2e-engine", Main.ENGINE_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the engine ran", e);
        }
        if (failure.get() instanceof RuntimeException e) throw e;
        if (failure.get() instanceof Error e) throw e;
        return result.get();
    }
}
