package basis.server.content;

import basis.grader.Exercise;
import basis.grader.ExerciseLoader;
import basis.server.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only course API. Content does not change while the server runs, so every answer is built
 * once, up front (which also renders all Markdown at start-up, failing early).
 */
public final class ContentController {
    private final Map<String, Object> courseView;
    private final Map<String, Map<String, Object>> lessonViews = new LinkedHashMap<>();
    private final Map<String, ObjectNode> exerciseViews = new LinkedHashMap<>();

    public ContentController(Course course, ObjectMapper json) {
        List<Object> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<Object> exercises = new ArrayList<>();
            for (String id : lesson.exerciseIds()) {
                Exercise ex = course.exercise(id).orElseThrow();
                exercises.add(ordered("id", id, "title", ex.info().title()));
                exerciseViews.put(id, publicExercise(ex, lesson.id(), json));
            }
            lessons.add(ordered("id", lesson.id(), "title", lesson.title(), "exercises", exercises));
            lessonViews.put(lesson.id(), ordered("id", lesson.id(), "title", lesson.title(),
                    "html", Markdown.toHtml(lesson.markdown()), "exercises", lesson.exerciseIds()));
        }
        courseView = ordered("title", course.title(), "lessons", lessons);
    }

    /** {@code GET /api/course}: the table of contents. */
    public void course(Context ctx) {
        ctx.json(courseView);
    }

    /** {@code GET /api/lessons/{lessonId}}: the lesson with its Markdown rendered to HTML. */
    public void lesson(Context ctx) {
        String id = ctx.pathParam("lessonId");
        Map<String, Object> view = lessonViews.get(id);
        if (view == null) throw ApiError.notFound("no lesson \"" + id + "\"");
        ctx.json(view);
    }

    /** {@code GET /api/exercises/{id}}: the browser-safe exercise (no solution, no hidden tests). */
    public void exercise(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode view = exerciseViews.get(id);
        if (view == null) throw ApiError.notFound("no exercise \"" + id + "\"");
        ctx.json(view);
    }

    private static ObjectNode publicExercise(Exercise ex, String lessonId, ObjectMapper json) {
        ObjectNode node;
        try {
            node = (ObjectNode) json.readTree(ExerciseLoader.toPublicJson(ex.publicView()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ExerciseLoader.toPublicJson wrote invalid JSON for " + ex.id(), e);
        }
        node.put("lesson", lessonId);
        node.put("prompt_html", Markdown.toHtml(ex.prompt()));
        return node;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
