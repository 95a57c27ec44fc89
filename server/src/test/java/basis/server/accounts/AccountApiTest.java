package basis.server.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.server.Access;
import basis.server.ApiClient;
import basis.server.App;
import basis.server.TestApp;
import basis.server.TestSupport.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountApiTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path tmp;
    TestApp t;

    @BeforeEach
    void start() {
        t = new TestApp(tmp);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    ApiClient client() {
        return new ApiClient(t.app.port());
    }

    @Test
    void signUpSignOutSignIn() {
        ApiClient c = client();
        Response anon = c.get("/api/session");
        assertEquals(200, anon.status());
        assertTrue(anon.json().get("user").isNull());
        String csrf = anon.json().get("csrf_token").asText();
        assertEquals(csrf, c.cookie(Access.CSRF_COOKIE), "the token in the body is the cookie's");

        Response up = c.post("/api/signup", Map.of("email", " Ada@Example.ORG ", "display_name", "Ada", "password", PASSWORD));
        assertEquals(201, up.status(), up.body());
        assertEquals("ada@example.org", up.json().get("user").get("email").asText());
        assertFalse(up.json().get("user").get("can_create_courses").asBoolean());
        assertNotEquals(csrf, up.json().get("csrf_token").asText(), "signing in rotates the CSRF token");
        List<String> setCookies = up.raw().headers().allValues("Set-Cookie");
        String session = setCookies.stream().filter(s -> s.startsWith(Access.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.contains("SameSite=Lax"), session);
        assertFalse(session.contains("Secure"), "plain HTTP on localhost: " + session);
        String csrfCookie = setCookies.stream().filter(s -> s.startsWith(Access.CSRF_COOKIE + "=")).findFirst().orElseThrow();
        assertFalse(csrfCookie.contains("HttpOnly"), "the page's script must read the CSRF cookie");
        assertEquals("Ada", c.get("/api/session").json().get("user").get("display_name").asText());

        assertEquals(200, c.post("/api/signout", Map.of()).status());
        assertTrue(c.get("/api/session").json().get("user").isNull());
        assertEquals(401, c.get("/api/courses").status());

        Response in = c.post("/api/signin", Map.of("email", "ada@example.org", "password", PASSWORD));
        assertEquals(200, in.status(), in.body());
        assertEquals(200, c.get("/api/courses").status());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        client().signup("bob@example.org", "Bob", PASSWORD);
        String hash = new AccountRepository(t.db).credentials("bob@example.org").orElseThrow().passwordHash();
        assertTrue(hash.startsWith("$2a$"), hash);
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    void signUpValidatesEachField() {
        ApiClient c = client();
        c.get("/api/session");
        Response r = c.post("/api/signup", Map.of("email", "not-an-address", "display_name", "X", "password", PASSWORD));
        assertEquals(400, r.status());
        assertEquals("email", r.json().get("field").asText());
        r = c.post("/api/signup", Map.of("email", "x@example.org", "display_name", "X", "password", "short"));
        assertEquals(400, r.status());
        assertEquals("password", r.json().get("field").asText());
        r = c.post("/api/signup", Map.of("email", "x@example.org", "password", PASSWORD));
        assertEquals(400, r.status());
        assertEquals("display_name", r.json().get("field").asText());
        client().signup("x@example.org", "X", PASSWORD);
        r = c.post("/api/signup", Map.of("email", "X@example.org", "display_name", "X2", "password", PASSWORD));
        assertEquals(409, r.status());
        assertEquals("email", r.json().get("field").asText());
    }

    @Test
    void repeatedFailedSignInsAreRateLimited() {
        client().signup("eve@example.org", "Eve", PASSWORD);
        ApiClient c = client();
        c.get("/api/session");
        for (int i = 0; i < 5; i++) {
            Response r = c.post("/api/signin", Map.of("email", "eve@example.org", "password", "wrong password " + i));
            assertEquals(401, r.status(), r.body());
            assertEquals("wrong e-mail or password", r.json().get("error").asText());
        }
        Response limited = c.post("/api/signin", Map.of("email", "eve@example.org", "password", PASSWORD));
        assertEquals(429, limited.status(), "even the right password waits: " + limited.body());
        long retry = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retry > 0 && retry <= 15 * 60, "Retry-After " + retry);
        Response unknown = c.post("/api/signin", Map.of("email", "nobody@example.org", "password", PASSWORD));
        assertEquals(401, unknown.status(), "an unknown address is answered like a wrong password");
    }

    @Test
    void failedSignInsCountOnEveryNodeSharingTheDatabase() {
        client().signup("mallory@example.org", "Mallory", PASSWORD);
        // a second node on the same database, as behind a load balancer
        App second = new App(t.db, basis.server.TestSupport.testCourse(), t.grading,
                new App.Settings("/testpublic", false, 4, java.time.Clock.systemUTC())).start(0);
        try {
            ApiClient[] nodes = {client(), new ApiClient(second.port())};
            for (ApiClient c : nodes) c.get("/api/session");
            for (int i = 0; i < 5; i++) {
                Response r = nodes[i % 2].post("/api/signin", Map.of("email", "mallory@example.org", "password", "guess " + i));
                assertEquals(401, r.status(), r.body());
            }
            for (ApiClient c : nodes) {
                Response limited = c.post("/api/signin", Map.of("email", "mallory@example.org", "password", PASSWORD));
                assertEquals(429, limited.status(), "five failures over two nodes are five failures: " + limited.body());
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void theSweepDeletesExpiredSessionsAndStaleFailures() {
        client().signup("old@example.org", "Old", PASSWORD);
        basis.server.db.Jdbc db = new basis.server.db.Jdbc(t.db);
        db.update("INSERT INTO login_failures (key_hash, failed_at) VALUES ('stale', 0)");
        long sessions = db.one("SELECT COUNT(*) FROM sessions", rs -> rs.getLong(1)).orElseThrow();
        assertTrue(sessions >= 1);
        db.update("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z'");
        assertTrue(t.app.sweep() >= sessions + 1);
        assertEquals(0L, db.one("SELECT COUNT(*) FROM sessions", rs -> rs.getLong(1)).orElseThrow());
        assertEquals(0L, db.one("SELECT COUNT(*) FROM login_failures", rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        ApiClient c = client();
        c.get("/api/session");
        c.csrf(false);
        Response r = c.post("/api/signup", Map.of("email", "m@example.org", "display_name", "M", "password", PASSWORD));
        assertEquals(403, r.status());
        assertTrue(r.json().get("error").asText().contains("CSRF"), r.body());
        c.csrf(true).signup("m@example.org", "M", PASSWORD);
        c.csrf(false);
        assertEquals(403, c.post("/api/courses/join", Map.of("join_code", "ABCDEFGH")).status());
        assertEquals(403, c.post("/api/signout", Map.of()).status());
        // A token that is not this session's (e.g. from before signing in) is refused too.
        Response wrong = c.send("POST", "/api/signout", null);
        assertEquals(403, wrong.status());
        assertNotNull(c.get("/api/session").json().get("user").get("id"), "still signed in");
    }

    @Test
    void cookiesAreSecureBehindAnHttpsProxy() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + t.app.port() + "/api/session"))
                .header("X-Forwarded-Proto", "https").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
    }
}
