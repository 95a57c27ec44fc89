package basis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Reading JSON request bodies with errors that name the field and the reason (400). */
public final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {}

    /** The body as a JSON object, or 400 saying which fields were expected. */
    public static JsonNode object(Context ctx, String expected) {
        JsonNode node;
        try {
            node = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) throw ApiError.badRequest("the body must be a JSON object " + expected, null);
        return node;
    }

    /** A string field, stripped; 400 when required and missing or blank, or longer than {@code maxChars}. */
    public static String text(JsonNode body, String field, boolean required, int maxChars) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) throw ApiError.badRequest(field + " is required", field);
            return null;
        }
        if (!v.isTextual()) throw ApiError.badRequest(field + " must be a string", field);
        String s = v.asText().strip();
        if (required && s.isEmpty()) throw ApiError.badRequest(field + " is required", field);
        if (s.codePointCount(0, s.length()) > maxChars) {
            throw ApiError.badRequest(field + " is longer than " + maxChars + " characters", field);
        }
        return s;
    }

    /** An optional whole number in [min, max]; null when absent or JSON null. */
    public static Integer integer(JsonNode body, String field, int min, int max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw ApiError.badRequest(field + " must be a whole number from " + min + " to " + max, field);
        }
        return v.asInt();
    }

    /** An optional finite number; null when absent or JSON null. */
    public static Double number(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) throw ApiError.badRequest(field + " must be a number", field);
        return v.asDouble();
    }
}
