package basis.server.content;

/** Course content that does not match the format; the message starts with the file it is about. */
public class CourseFormatException extends RuntimeException {
    public CourseFormatException(String message) {
        super(message);
    }

    public CourseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
