package basis.server.content;

import java.util.List;

/**
 * One lesson: {@code <id>/lesson.json} (title, exercise ids) and {@code <id>/lesson.md}.
 *
 * @param markdown the lesson text; ```python fences are runnable cells in the browser
 */
public record Lesson(String id, String title, String markdown, List<String> exerciseIds) {
    public Lesson {
        exerciseIds = List.copyOf(exerciseIds);
    }
}
