package basis.server;

import basis.server.Access.Rule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's routes as a table: each is registered with Javalin and kept here, so the OpenAPI
 * document ({@code GET /api/openapi.json}) and the access-control tests cover every one of them.
 */
public final class ApiRoutes {
    /** One route: method, Javalin path, who may call it, a one-line summary, the JSON body's fields. */
    public record Route(String method, String path, Rule rule, String summary, List<String> bodyFields) {}

    private final RoutesConfig config;
    private final List<Route> routes = new ArrayList<>();

    ApiRoutes(RoutesConfig config) {
        this.config = config;
    }

    ApiRoutes get(String path, Handler h, Rule rule, String summary) {
        routes.add(new Route("GET", path, rule, summary, List.of()));
        config.get(path, h, rule);
        return this;
    }

    ApiRoutes post(String path, Handler h, Rule rule, String summary, String... body) {
        routes.add(new Route("POST", path, rule, summary, List.of(body)));
        config.post(path, h, rule);
        return this;
    }

    ApiRoutes put(String path, Handler h, Rule rule, String summary, String... body) {
        routes.add(new Route("PUT", path, rule, summary, List.of(body)));
        config.put(path, h, rule);
        return this;
    }

    ApiRoutes patch(String path, Handler h, Rule rule, String summary, String... body) {
        routes.add(new Route("PATCH", path, rule, summary, List.of(body)));
        config.patch(path, h, rule);
        return this;
    }

    public List<Route> all() {
        return List.copyOf(routes);
    }

    /** An OpenAPI 3.0 document of the table. */
    public Map<String, Object> openApi() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Basis API", "version", "1",
                "description", "JSON API of the Basis course server. Errors are {\"error\": message, \"field\"?: name}."
                        + " Writes need the basis_csrf cookie's value in the X-CSRF-Token header (except the anonymous"
                        + " POST /api/submissions); GET /api/session returns it."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : routes) {
            String openPath = r.path();
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(openPath, k -> new LinkedHashMap<>());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", r.summary());
            op.put("x-access", r.rule().name().toLowerCase(java.util.Locale.ROOT));
            List<Map<String, Object>> params = new ArrayList<>();
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(r.path());
            while (m.find()) {
                params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", m.group(1).endsWith("Id") || m.group(1).equals("id") ? "integer" : "string")));
            }
            if (!r.method().equals("GET") && r.rule() != Rule.ANONYMOUS_WRITE) {
                params.add(Map.of("name", Access.CSRF_HEADER, "in", "header", "required", true, "schema", Map.of("type", "string")));
            }
            if (!params.isEmpty()) op.put("parameters", params);
            if (!r.bodyFields().isEmpty()) {
                Map<String, Object> props = new LinkedHashMap<>();
                for (String f : r.bodyFields()) props.put(f, Map.of());
                op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                        Map.of("schema", Map.of("type", "object", "properties", props)))));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put(r.method().equals("POST") && r.summary().startsWith("Create") ? "201" : "200",
                    Map.of("description", "OK"));
            responses.put("400", Map.of("description", "invalid input: {error, field}"));
            switch (r.rule()) {
                case SIGNED_IN, COURSE_CREATOR -> responses.put("401", Map.of("description", "not signed in"));
                case COURSE_MEMBER, COURSE_INSTRUCTOR -> {
                    responses.put("401", Map.of("description", "not signed in"));
                    responses.put("403", Map.of("description", "not a member / not an instructor of this course"));
                    responses.put("404", Map.of("description", "unknown id"));
                }
                default -> { }
            }
            if (!r.method().equals("GET") && r.rule() != Rule.ANONYMOUS_WRITE) {
                responses.putIfAbsent("403", Map.of("description", "missing or wrong CSRF token"));
            }
            if (r.summary().contains("429")) responses.put("429", Map.of("description", "try again after Retry-After seconds"));
            op.put("responses", responses);
            item.put(r.method().toLowerCase(java.util.Locale.ROOT), op);
        }
        doc.put("paths", paths);
        return doc;
    }
}
