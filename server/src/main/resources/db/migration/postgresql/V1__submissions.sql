-- PostgreSQL twin of sqlite/V1__submissions.sql (same tables and columns; only the types differ).
CREATE TABLE submissions (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT    NOT NULL,
    exercise     TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'graded', 'error')),
    score        DOUBLE PRECISION,
    max_score    DOUBLE PRECISION,
    engine_build TEXT,
    result       TEXT,
    error        TEXT
);

CREATE INDEX submissions_by_exercise_name ON submissions (exercise, name, id);
CREATE INDEX submissions_by_name ON submissions (name, id);
