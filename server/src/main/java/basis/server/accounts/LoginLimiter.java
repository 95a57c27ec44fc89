package basis.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per key (the e-mail address, and separately the client address) in a
 * sliding window: after {@code maxFailures} the key is refused until the oldest failure leaves the
 * window. Kept in memory on each node (a node restart forgets; several nodes each count their own).
 */
public final class LoginLimiter {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until {@code key} may try again, or 0 when it may try now. */
    public long retryAfterSeconds(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) return 0;
        synchronized (times) {
            long now = clock.millis();
            while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) times.pollFirst();
            if (times.size() < maxFailures) return 0;
            return Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
        }
    }

    public void failed(String key) {
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
            while (times.size() > maxFailures) times.pollFirst();
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }
}
