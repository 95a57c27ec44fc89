package basis.server;

import basis.server.TestSupport.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/**
 * One browser-like user of the API: keeps its cookies, and sends the CSRF cookie's value in the
 * X-CSRF-Token header on writes as the pages' fetch wrapper does ({@link #csrf(boolean)} turns that off).
 */
public final class ApiClient {
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String base;
    private boolean sendCsrf = true;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public ApiClient csrf(boolean send) {
        this.sendCsrf = send;
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /** Signs up (fetching a CSRF cookie first) and asserts 201. */
    public ApiClient signup(String email, String name, String password) {
        get("/api/session");
        Response r = post("/api/signup", Map.of("email", email, "display_name", name, "password", password));
        if (r.status() != 201) throw new AssertionError("sign-up failed: " + r.status() + " " + r.body());
        return this;
    }

    public Response send(String method, String path, Object body) {
        try {
            String json = body == null ? "" : body instanceof String s ? s : TestSupport.JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (body != null) b.header("Content-Type", "application/json");
            String csrf = cookie(Access.CSRF_COOKIE);
            if (sendCsrf && csrf != null && !method.equals("GET")) b.header(Access.CSRF_HEADER, csrf);
            var r = client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
