package basis.server.db;

import basis.server.submissions.SubmissionRepository.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Group commit: writes submitted by many request threads at once are run by one writer thread in one
 * transaction, committed (and, on SQLite with {@code synchronous=FULL}, fsynced) once for all of them.
 * {@link #write} returns only after the commit, so a caller that acknowledges after it never
 * acknowledges anything that is not on disk. Each write runs inside its own savepoint: one that fails
 * (a constraint, say) is rolled back alone and its caller gets the error; the others commit.
 *
 * <p>Why: a commit costs a disk flush, and SQLite takes one writer at a time; one transaction per
 * submission capped the server at a few dozen submissions per second on this machine.
 */
public final class GroupCommit implements AutoCloseable {
    /** One unit of work on the batch's connection (autocommit off; do not commit or roll back). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private record Job<T>(Work<T> work, CompletableFuture<T> done) {}

    /** At most this many writes share a transaction. */
    static final int MAX_BATCH = 256;

    private final DataSource ds;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    public GroupCommit(DataSource ds, String name) {
        this.ds = ds;
        this.writer = new Thread(this::loop, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs work in the next batch and waits for its commit; returns what the work returned. */
    public <T> T write(Work<T> work) {
        if (closed) throw new DataAccessException("the database writer is stopped", null);
        CompletableFuture<T> done = new CompletableFuture<>();
        queue.add(new Job<>(work, done));
        if (closed && !writer.isAlive()) failQueued(); // closed while this was being added: nobody would run it
        try {
            return done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new DataAccessException("could not write to the database", cause);
        }
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>();
        while (true) {
            Job<?> first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) { // close(): finish what is queued, then stop
                first = queue.poll();
            }
            if (first == null) {
                if (closed) return;
                continue;
            }
            batch.clear();
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            runBatch(batch);
        }
    }

    private void runBatch(List<Job<?>> batch) {
        Object[] results = new Object[batch.size()];
        Throwable[] failures = new Throwable[batch.size()];
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (int i = 0; i < batch.size(); i++) {
                    Savepoint sp = c.setSavepoint();
                    try {
                        results[i] = batch.get(i).work().run(c);
                        c.releaseSavepoint(sp);
                    } catch (SQLException | RuntimeException e) {
                        c.rollback(sp);
                        failures[i] = e instanceof SQLException s ? new DataAccessException("could not write to the database", s) : e;
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the connection is broken; the pool replaces it
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            DataAccessException failed = new DataAccessException("could not write to the database", e);
            for (Job<?> job : batch) job.done().completeExceptionally(failed);
            return;
        }
        for (int i = 0; i < batch.size(); i++) complete(batch.get(i), results[i], failures[i]);
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Job<T> job, Object result, Throwable failure) {
        if (failure != null) job.done().completeExceptionally(failure);
        else job.done().complete((T) result);
    }

    private void failQueued() {
        DataAccessException stopped = new DataAccessException("the database writer is stopped", null);
        for (Job<?> job; (job = queue.poll()) != null; ) job.done().completeExceptionally(stopped);
    }

    /** Finishes the writes already queued, then stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        writer.interrupt();
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!writer.isAlive()) failQueued();
    }
}
