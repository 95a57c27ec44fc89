package basis.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A reverse proxy that serves a backend under a sub-path, as a site's nginx would with
 * {@code location /basis/ { proxy_pass http://backend/; }}: a request for {@code PREFIX + rest} goes
 * to the backend as {@code /rest}, and the answer comes back as it is: status, headers (Location and
 * Set-Cookie untouched, so an absolute {@code /...} Location escapes the prefix, as it would in
 * production) and body. Anything asked for outside the prefix is recorded and answered 404: a page
 * with an absolute URL shows up in {@link #outside()}.
 */
final class PrefixProxy implements AutoCloseable {
    /** Headers the JDK client sets itself or refuses, and hop-by-hop ones a proxy does not pass on. */
    private static final Set<String> SKIP_REQUEST = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings");
    private static final Set<String> SKIP_RESPONSE = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "date");

    private final String prefix;
    private final String backend;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER) // redirects go to the browser, as a real proxy passes them
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> outside = Collections.synchronizedList(new ArrayList<>());

    /** @param prefix like {@code /basis/}; @param backend like {@code http://localhost:1234} */
    PrefixProxy(String prefix, String backend) throws IOException {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new IllegalArgumentException(prefix);
        this.prefix = prefix;
        this.backend = backend;
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "prefix-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The app's root as the browser sees it: {@code http://localhost:PORT/basis/}. */
    String base() {
        return "http://localhost:" + server.getAddress().getPort() + prefix;
    }

    /** "METHOD /path" of every request that was not under the prefix. */
    List<String> outside() {
        return List.copyOf(outside);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            if (!path.startsWith(prefix)) {
                outside.add(exchange.getRequestMethod() + " " + path);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String target = backend + "/" + path.substring(prefix.length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                if (SKIP_REQUEST.contains(h.getKey().toLowerCase(Locale.ROOT))) continue;
                for (String v : h.getValue()) request.header(h.getKey(), v);
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
                if (h.getKey().startsWith(":") || SKIP_RESPONSE.contains(h.getKey().toLowerCase(Locale.ROOT))) continue;
                exchange.getResponseHeaders().put(h.getKey(), new ArrayList<>(h.getValue()));
            }
            byte[] out = response.body();
            boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || response.statusCode() == 204
                    || response.statusCode() == 304 || out.length == 0;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : out.length);
            if (!noBody) {
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                } catch (IOException ignored) {
                    // the browser went away
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
