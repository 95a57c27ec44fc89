package basis.server.accounts;

/** A signed-up person. {@code canCreateCourses} is granted by {@code basis admin create-instructor}. */
public record User(long id, String email, String displayName, boolean canCreateCourses) {}
