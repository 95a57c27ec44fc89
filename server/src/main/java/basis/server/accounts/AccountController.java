package basis.server.accounts;

import basis.server.Access;
import basis.server.ApiError;
import basis.server.Bodies;
import basis.server.Times;
import basis.server.db.Jdbc;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Sign-up, sign-in, sign-out and "who am I". */
public final class AccountController {
    static final int MAX_EMAIL_CHARS = 254, MAX_NAME_CHARS = 100;
    /** A throwaway hash, so an unknown e-mail costs as much time as a wrong password. */
    private final String dummyHash;

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginLimiter byEmailLimiter, byIpLimiter;
    private final Access access;
    private final Clock clock;

    /**
     * @param byEmail counts failed sign-ins per e-mail address (guessing one account's password)
     * @param byIp counts them per client address (trying many accounts), with a higher limit
     */
    public AccountController(AccountRepository accounts, Passwords passwords, LoginLimiter byEmail, LoginLimiter byIp,
                             Access access, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.byEmailLimiter = byEmail;
        this.byIpLimiter = byIp;
        this.access = access;
        this.clock = clock;
        this.dummyHash = passwords.hash("not-a-real-password");
    }

    /** {@code POST /api/signup} {@code {email, password, display_name}}: 201, signed in. */
    public void signup(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"email\", \"password\", \"display_name\"}");
        String email = email(body);
        String name = Bodies.text(body, "display_name", true, MAX_NAME_CHARS);
        String password = body.hasNonNull("password") && body.get("password").isTextual() ? body.get("password").asText() : null;
        String problem = Passwords.problem(password);
        if (problem != null) throw ApiError.badRequest(problem, "password");
        User user;
        try {
            user = accounts.create(email, name, passwords.hash(password), false, Times.format(clock.instant()));
        } catch (RuntimeException e) {
            if (Jdbc.isUniqueViolation(e)) throw new ApiError(409, "an account with this e-mail already exists", "email");
            throw e;
        }
        String csrf = access.startSession(ctx, user);
        ctx.status(201).json(sessionView(user, csrf));
    }

    /** {@code POST /api/signin} {@code {email, password}}: 200 and a session cookie; 401; 429 after repeated failures. */
    public void signin(Context ctx) {
        JsonNode body = Bodies.object(ctx, "{\"email\", \"password\"}");
        String email = email(body);
        String password = body.hasNonNull("password") && body.get("password").isTextual() ? body.get("password").asText() : "";
        String byEmail = email, byIp = ctx.ip();
        long wait = Math.max(byEmailLimiter.retryAfterSeconds(byEmail), byIpLimiter.retryAfterSeconds(byIp));
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiError(429, "too many failed sign-ins; try again in " + wait + " seconds", null);
        }
        var found = accounts.credentials(email);
        boolean ok = passwords.verify(password, found.map(AccountRepository.Credentials::passwordHash).orElse(dummyHash))
                && found.isPresent();
        if (!ok) {
            byEmailLimiter.failed(byEmail);
            byIpLimiter.failed(byIp);
            throw new ApiError(401, "wrong e-mail or password", null);
        }
        byEmailLimiter.succeeded(byEmail);
        User user = found.get().user();
        String csrf = access.startSession(ctx, user);
        ctx.json(sessionView(user, csrf));
    }

    /** {@code POST /api/signout}: ends the session. */
    public void signout(Context ctx) {
        String csrf = access.endSession(ctx);
        ctx.json(sessionView(null, csrf));
    }

    /** {@code GET /api/session}: {@code {user|null, csrf_token}}; also sets the CSRF cookie. */
    public void session(Context ctx) {
        ctx.json(sessionView(Access.user(ctx), Access.csrfToken(ctx)));
    }

    private static String email(JsonNode body) {
        String email = Bodies.text(body, "email", true, MAX_EMAIL_CHARS).toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
            throw ApiError.badRequest("not an e-mail address", "email");
        }
        return email;
    }

    public static Map<String, Object> userView(User u) {
        if (u == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("email", u.email());
        m.put("display_name", u.displayName());
        m.put("can_create_courses", u.canCreateCourses());
        return m;
    }

    private static Map<String, Object> sessionView(User u, String csrf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", userView(u));
        m.put("csrf_token", csrf);
        return m;
    }
}
