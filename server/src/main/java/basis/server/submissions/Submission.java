package basis.server.submissions;

/**
 * A stored submission row.
 *
 * @param status {@code pending} (stored, not graded yet), {@code graded} or {@code error}
 * @param resultJson the GradeResult as JSON when graded, else null
 * @param error what went wrong when status is {@code error}, else null
 */
public record Submission(long id, String name, String exercise, String code, String createdAt, String status,
                         Double score, Double maxScore, String engineBuild, String resultJson, String error) {
    public static final String PENDING = "pending", GRADED = "graded", ERROR = "error";
}
