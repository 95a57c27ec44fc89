-- Accounts, sessions, courses with join codes, roles per course, per-course exercise settings
-- (deadline, attempt limit), and the submission's owner, course, late flag and manual override.
-- Anonymous self-study submissions keep user_id and course_id NULL. Times are ISO-8601 UTC text.
CREATE TABLE users (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    email              TEXT    NOT NULL UNIQUE,     -- stored lower-case
    display_name       TEXT    NOT NULL,
    password_hash      TEXT    NOT NULL,            -- bcrypt
    can_create_courses INTEGER NOT NULL DEFAULT 0,  -- set by `basis admin create-instructor`
    created_at         TEXT    NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,                 -- SHA-256 of the cookie value, never the value
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE courses (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    title        TEXT    NOT NULL,
    join_code    TEXT    NOT NULL UNIQUE,
    score_policy TEXT    NOT NULL DEFAULT 'best' CHECK (score_policy IN ('best', 'latest')),
    created_at   TEXT    NOT NULL
);

CREATE TABLE memberships (
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('student', 'instructor')),
    joined_at TEXT    NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE course_exercises (
    course_id        INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    exercise         TEXT    NOT NULL,
    due_at           TEXT,                          -- NULL: no deadline
    max_attempts     INTEGER,                       -- official attempts per window; NULL: unlimited
    attempt_window_s INTEGER,
    PRIMARY KEY (course_id, exercise)
);

ALTER TABLE submissions ADD COLUMN user_id INTEGER REFERENCES users (id);
ALTER TABLE submissions ADD COLUMN course_id INTEGER REFERENCES courses (id);
ALTER TABLE submissions ADD COLUMN late INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN override_score REAL;
ALTER TABLE submissions ADD COLUMN override_comment TEXT;
CREATE INDEX submissions_by_course_user ON submissions (course_id, user_id, exercise, id);
