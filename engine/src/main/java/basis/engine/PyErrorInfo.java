package basis.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An uncaught Python exception as the student sees it.
 *
 * @param type the exception's type name, e.g. {@code ValueError} or {@code numpy.linalg.LinAlgError}
 * @param message the message (may be empty)
 * @param line the student's line where it was raised (innermost frame of the student's source), 0 if
 *     unknown
 * @param traceback the full CPython-style traceback text, ending with {@code type: message}
 */
public record PyErrorInfo(String type, String message, int line, String traceback) {
    /** The last line of a traceback: {@code ValueError: message}, or just the type when empty. */
    public String summary() {
        return message.isEmpty() ? type : type + ": " + message;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("message", message);
        m.put("line", line);
        m.put("traceback", traceback);
        return m;
    }
}
