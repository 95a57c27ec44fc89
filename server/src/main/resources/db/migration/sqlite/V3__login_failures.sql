-- Failed sign-ins, counted per key (a SHA-256 of "email:ADDRESS" or "ip:ADDRESS", never the raw
-- address) in the database, so that every node sharing it applies the same limit and a restart
-- forgets nothing. Rows older than the window are swept with the expired sessions.
CREATE TABLE login_failures (
    key_hash  TEXT   NOT NULL,
    failed_at BIGINT NOT NULL                       -- milliseconds since the epoch
);
CREATE INDEX login_failures_by_key ON login_failures (key_hash, failed_at);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
