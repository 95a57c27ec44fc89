package basis.server.submissions;

/**
 * A stored submission row.
 *
 * @param status {@code pending} (stored, not graded yet), {@code graded} or {@code error}
 * @param resultJson the GradeResult as JSON when graded, else null
 * @param error what went wrong when status is {@code error}, else null
 * @param userId the signed-in student, or null for an anonymous self-study submission
 * @param courseId the course it was submitted to, or null for self-study
 * @param late submitted after the exercise's deadline in that course
 * @param overrideScore an instructor's manual score (replaces {@code score} in the gradebook), or null
 * @param overrideComment the instructor's comment the student sees, or null
 */
public record Submission(long id, String name, String exercise, String code, String createdAt, String status,
                         Double score, Double maxScore, String engineBuild, String resultJson, String error,
                         Long userId, Long courseId, boolean late, Double overrideScore, String overrideComment) {
    public static final String PENDING = "pending", GRADED = "graded", ERROR = "error";

    /** The score that counts: the override when there is one, else the graded score (null until graded). */
    public Double effectiveScore() {
        return overrideScore != null ? overrideScore : score;
    }
}
