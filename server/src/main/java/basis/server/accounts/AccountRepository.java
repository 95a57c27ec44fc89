package basis.server.accounts;

import basis.server.db.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code users} and {@code sessions} tables. Session tokens are stored only as their SHA-256. */
public final class AccountRepository {
    private static final String USER_COLUMNS = "id, email, display_name, can_create_courses";

    /** A user with their password hash, for signing in. */
    public record Credentials(User user, String passwordHash) {}

    /** A live session: who, and the CSRF token bound to it. */
    public record SessionRow(User user, String csrfToken, String expiresAt) {}

    private final Jdbc db;

    public AccountRepository(DataSource ds) {
        this.db = new Jdbc(ds);
    }

    /** Creates a user; throws a DataAccessException that {@link Jdbc#isUniqueViolation} recognises if the e-mail is taken. */
    public User create(String email, String displayName, String passwordHash, boolean canCreateCourses, String now) {
        long id = db.insert("INSERT INTO users (email, display_name, password_hash, can_create_courses, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", email, displayName, passwordHash, canCreateCourses, now);
        return new User(id, email, displayName, canCreateCourses);
    }

    public Optional<Credentials> credentials(String email) {
        return db.one("SELECT " + USER_COLUMNS + ", password_hash FROM users WHERE email = ?",
                rs -> new Credentials(user(rs), rs.getString("password_hash")), email);
    }

    public Optional<User> find(long id) {
        return db.one("SELECT " + USER_COLUMNS + " FROM users WHERE id = ?", AccountRepository::user, id);
    }

    public void setPasswordAndCreator(long id, String passwordHash, boolean canCreateCourses) {
        db.update("UPDATE users SET password_hash = ?, can_create_courses = ? WHERE id = ?", passwordHash,
                canCreateCourses, id);
    }

    public void createSession(String token, long userId, String csrfToken, String now, String expiresAt) {
        db.update("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                sha256(token), userId, csrfToken, now, expiresAt);
    }

    /** The session for a cookie value if it exists and has not expired at {@code now}. */
    public Optional<SessionRow> session(String token, String now) {
        return db.one("SELECT u.id, u.email, u.display_name, u.can_create_courses, s.csrf_token, s.expires_at"
                        + " FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?",
                rs -> new SessionRow(user(rs), rs.getString("csrf_token"), rs.getString("expires_at")), sha256(token), now);
    }

    public void deleteSession(String token) {
        db.update("DELETE FROM sessions WHERE token_hash = ?", sha256(token));
    }

    /** Deletes the sessions that expired at or before {@code now}; returns how many. */
    public int deleteExpiredSessions(String now) {
        return db.update("DELETE FROM sessions WHERE expires_at <= ?", now);
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getInt("can_create_courses") != 0);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
