package basis.server.submissions;

import basis.grader.Exercise;
import basis.grader.GradeResult;
import basis.grader.Grader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs grading jobs on a bounded pool: {@code threads} at a time and at most {@code queue} waiting.
 * A caller first {@link #admit() admits} a job (or learns the pool is full, before it has stored
 * anything), then {@link Ticket#run runs} it.
 */
public final class GradingService implements AutoCloseable {
    /** How a submission is graded; the server grades with every test, hidden ones included. */
    @FunctionalInterface
    public interface GradeFunction {
        GradeResult grade(Exercise exercise, String code);
    }

    public static final GradeFunction JVM_GRADER = (ex, code) -> Grader.grade(ex, code, Grader.Scope.ALL);

    static {
        basis.server.EngineSetup.install();
    }

    private final GradeFunction gradeFunction;
    private final Semaphore slots;
    private final ExecutorService pool;

    public GradingService(int threads, int queue, GradeFunction gradeFunction) {
        if (threads < 1 || queue < 0) throw new IllegalArgumentException("threads >= 1 and queue >= 0 required");
        this.gradeFunction = gradeFunction;
        this.slots = new Semaphore(threads + queue);
        AtomicInteger n = new AtomicInteger();
        // The queue is unbounded in type but never holds more than `queue` jobs: admit() bounds it.
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(null, r, "grader-" + n.incrementAndGet(), basis.server.Main.ENGINE_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    public GradeFunction gradeFunction() {
        return gradeFunction;
    }

    /** Reserves a place for one job, or throws {@link BusyException} when the pool and queue are full. */
    public Ticket admit() {
        if (!slots.tryAcquire()) throw new BusyException();
        return new Ticket();
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A reserved place: run one job with it, or {@link #cancel()} it. */
    public final class Ticket {
        private final AtomicBoolean released = new AtomicBoolean();

        private Ticket() {}

        public <T> CompletableFuture<T> run(Supplier<T> job) {
            try {
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        return job.get();
                    } finally {
                        cancel();
                    }
                }, pool);
            } catch (RuntimeException e) { // rejected: the pool is shut down
                cancel();
                throw e;
            }
        }

        /** Gives the place back; safe to call more than once. */
        public void cancel() {
            if (released.compareAndSet(false, true)) slots.release();
        }
    }

    /** The pool and its queue are full: try again later. */
    public static final class BusyException extends RuntimeException {
        public BusyException() {
            super("the grader is busy; try again in a few seconds");
        }
    }
}
