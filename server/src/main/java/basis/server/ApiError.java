package basis.server;

/**
 * An error the client caused or should know about; answered as {@code {"error": message}} plus
 * {@code "field"} when one request field is to blame. Messages are written for the client: never a
 * stack trace, never internals.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    public ApiError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiError badRequest(String message, String field) {
        return new ApiError(400, message, field);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    public int status() {
        return status;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
