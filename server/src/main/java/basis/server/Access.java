package basis.server;

import basis.server.accounts.AccountRepository;
import basis.server.accounts.AccountRepository.SessionRow;
import basis.server.accounts.User;
import basis.server.courses.CourseRepository;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Every access rule in one place: {@link #check} runs before each matched route, finds the session
 * from its cookie, refuses a state-changing request without the right CSRF token, and enforces the
 * route's {@link Rule}. Handlers then read {@link #user(Context)} and {@link #role(Context)}.
 *
 * <p>CSRF: a random token lives in the {@code basis_csrf} cookie (readable by the page's script,
 * SameSite=Lax) and, once signed in, in the session row. Every POST/PUT/PATCH/DELETE must send it
 * back in the {@code X-CSRF-Token} header; a cross-site page can neither read the cookie nor set the
 * header. The only exception is the anonymous self-study {@code POST /api/submissions}
 * ({@link Rule#ANONYMOUS_WRITE}), which acts for no account and so has nothing to forge.
 */
public final class Access {
    public static final String SESSION_COOKIE = "basis_session", CSRF_COOKIE = "basis_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who may call a route. */
    public enum Rule implements RouteRole {
        /** Anyone, signed in or not (CSRF still checked on writes). */
        ANYONE,
        /** Anyone, and no CSRF token: only the anonymous self-study submission, which uses no session. */
        ANONYMOUS_WRITE,
        /** A signed-in user. */
        SIGNED_IN,
        /** A user allowed to create courses (see {@code basis admin create-instructor}). */
        COURSE_CREATOR,
        /** A member (student or instructor) of the course {@code {courseId}}. */
        COURSE_MEMBER,
        /** An instructor of the course {@code {courseId}}. */
        COURSE_INSTRUCTOR
    }

    private final AccountRepository accounts;
    private final CourseRepository courses;
    private final Clock clock;
    private final boolean secureCookies;

    public Access(AccountRepository accounts, CourseRepository courses, Clock clock, boolean secureCookies) {
        this.accounts = accounts;
        this.courses = courses;
        this.clock = clock;
        this.secureCookies = secureCookies;
    }

    /** The before-matched handler. */
    public void check(Context ctx) {
        SessionRow session = null;
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null && !token.isBlank()) {
            session = accounts.session(token, Times.format(clock.instant())).orElse(null);
            if (session != null) ctx.attribute("basis.session", session);
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || csrf.isBlank()) {
            csrf = session != null ? session.csrfToken() : randomToken();
            setCsrfCookie(ctx, csrf);
        }
        ctx.attribute("basis.csrf", session != null ? session.csrfToken() : csrf);

        Set<RouteRole> roles = ctx.routeRoles();
        Rule rule = roles.isEmpty() ? Rule.ANYONE : (Rule) roles.iterator().next();
        if (!SAFE.contains(ctx.method()) && rule != Rule.ANONYMOUS_WRITE) {
            String sent = ctx.header(CSRF_HEADER);
            String expected = session != null ? session.csrfToken() : ctx.cookie(CSRF_COOKIE);
            if (sent == null || expected == null || !constantTimeEquals(sent, expected)) {
                throw new ApiError(403, "missing or wrong CSRF token: send the " + CSRF_COOKIE + " cookie's value in the "
                        + CSRF_HEADER + " header (GET /api/session gives it)", null);
            }
        }
        switch (rule) {
            case ANYONE, ANONYMOUS_WRITE -> { }
            case SIGNED_IN -> signedIn(session);
            case COURSE_CREATOR -> {
                if (!signedIn(session).canCreateCourses()) throw new ApiError(403, "only instructors may create courses", null);
            }
            case COURSE_MEMBER, COURSE_INSTRUCTOR -> {
                User u = signedIn(session);
                long courseId = courseId(ctx);
                if (courses.find(courseId).isEmpty()) throw ApiError.notFound("no course " + courseId);
                String role = courses.role(courseId, u.id())
                        .orElseThrow(() -> new ApiError(403, "you are not a member of course " + courseId, null));
                if (rule == Rule.COURSE_INSTRUCTOR && !role.equals(CourseRepository.INSTRUCTOR)) {
                    throw new ApiError(403, "only the course's instructors may do this", null);
                }
                ctx.attribute("basis.role", role);
                ctx.attribute("basis.course", courseId);
            }
        }
    }

    /** The signed-in user (the route's rule guarantees one), or null on an ANYONE route. */
    public static User user(Context ctx) {
        SessionRow s = ctx.attribute("basis.session");
        return s == null ? null : s.user();
    }

    /** The caller's role in the route's course: "student" or "instructor". */
    public static String role(Context ctx) {
        return ctx.attribute("basis.role");
    }

    public static long course(Context ctx) {
        Long id = ctx.attribute("basis.course");
        return id;
    }

    /** The CSRF token the caller must send on writes. */
    public static String csrfToken(Context ctx) {
        return ctx.attribute("basis.csrf");
    }

    /** Signs {@code user} in: a new session row and cookie, and a new CSRF token bound to it. */
    public String startSession(Context ctx, User user) {
        String token = randomToken();
        String csrf = randomToken();
        var now = clock.instant();
        accounts.createSession(token, user.id(), csrf, Times.format(now), Times.format(now.plus(SESSION_LIFETIME)));
        Cookie c = new Cookie(SESSION_COOKIE, token, "/", (int) SESSION_LIFETIME.toSeconds(), secure(ctx), true, null,
                SameSite.LAX);
        ctx.cookie(c);
        setCsrfCookie(ctx, csrf);
        return csrf;
    }

    /** Signs out: deletes the session and its cookie; a fresh anonymous CSRF token replaces the old one. */
    public String endSession(Context ctx) {
        String token = ctx.cookie(SESSION_COOKIE);
        if (token != null) accounts.deleteSession(token);
        ctx.cookie(new Cookie(SESSION_COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
        String csrf = randomToken();
        setCsrfCookie(ctx, csrf);
        return csrf;
    }

    private void setCsrfCookie(Context ctx, String value) {
        ctx.cookie(new Cookie(CSRF_COOKIE, value, "/", -1, secure(ctx), false, null, SameSite.LAX));
    }

    /** Secure cookies when told so (--secure-cookies) or when the request came over HTTPS (directly or via a proxy). */
    private boolean secure(Context ctx) {
        return secureCookies || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equals(ctx.scheme());
    }

    private static User signedIn(SessionRow session) {
        if (session == null) throw new ApiError(401, "sign in first", null);
        return session.user();
    }

    static long courseId(Context ctx) {
        String raw = ctx.pathParam("courseId");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no course " + raw);
        }
    }

    static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
