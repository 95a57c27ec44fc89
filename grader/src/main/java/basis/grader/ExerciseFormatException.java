package basis.grader;

/** An exercise folder that does not match the format; the message names the file and the problem. */
public class ExerciseFormatException extends RuntimeException {
    public ExerciseFormatException(String message) {
        super(message);
    }
}
