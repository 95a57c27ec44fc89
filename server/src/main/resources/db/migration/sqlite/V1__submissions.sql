-- Every submission is stored 'pending' before it is graded, then set to 'graded' (with the
-- result) or 'error' (with what went wrong), so a crash in grading never loses the code.
CREATE TABLE submissions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL,
    exercise     TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,              -- ISO-8601 UTC, e.g. 2026-01-31T12:00:00.123Z
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'graded', 'error')),
    score        REAL,
    max_score    REAL,
    engine_build TEXT,
    result       TEXT,                          -- the GradeResult as JSON
    error        TEXT
);

CREATE INDEX submissions_by_exercise_name ON submissions (exercise, name, id);
CREATE INDEX submissions_by_name ON submissions (name, id);
