package basis.server.accounts;

import basis.server.db.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Failed sign-ins counted per key (the e-mail address, and separately the client address) in a
 * sliding window: after {@code maxFailures} the key is refused until the oldest of its last
 * {@code maxFailures} failures leaves the window. The failures live in the database (table
 * {@code login_failures}, keys stored hashed), so all nodes sharing a PostgreSQL count together and a
 * restart does not reset the count.
 */
public final class LoginLimiter {
    private final String kind;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Jdbc db;

    /** @param kind a prefix that keeps this limiter's keys apart from another's ("email", "ip") */
    public LoginLimiter(DataSource db, String kind, int maxFailures, Duration window, Clock clock) {
        this.db = new Jdbc(db);
        this.kind = kind;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    private String keyHash(String key) {
        return AccountRepository.sha256(kind + ":" + key);
    }

    /** Seconds until {@code key} may try again, or 0 when it may try now. */
    public long retryAfterSeconds(String key) {
        long now = clock.millis();
        List<Long> recent = db.query("SELECT failed_at FROM login_failures WHERE key_hash = ? AND failed_at > ?"
                        + " ORDER BY failed_at DESC LIMIT " + maxFailures,
                rs -> rs.getLong(1), keyHash(key), now - window.toMillis());
        if (recent.size() < maxFailures) return 0;
        long oldest = recent.get(recent.size() - 1);
        return Math.max(1, (oldest + window.toMillis() - now + 999) / 1000);
    }

    public void failed(String key) {
        db.update("INSERT INTO login_failures (key_hash, failed_at) VALUES (?, ?)", keyHash(key), clock.millis());
    }

    public void succeeded(String key) {
        db.update("DELETE FROM login_failures WHERE key_hash = ?", keyHash(key));
    }

    /** Deletes the failures that no longer count (the housekeeping sweep). */
    public int sweep() {
        return db.update("DELETE FROM login_failures WHERE failed_at <= ?", clock.millis() - window.toMillis());
    }
}
