package basis.server.content;

import basis.grader.Exercise;
import basis.grader.ExerciseFormatException;
import basis.grader.ExerciseLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The whole course, loaded and validated once: {@code course.json} -> lessons -> exercises.
 *
 * <pre>
 * course.json                      {"title": "...", "lessons": ["linear-algebra", ...]}
 * &lt;lesson&gt;/lesson.json             {"title": "...", "exercises": ["matmul", ...]}
 * &lt;lesson&gt;/lesson.md
 * &lt;lesson&gt;/exercises/&lt;id&gt;/         info.json prompt.md starter.py tests.py hidden_tests.py solution.py
 * </pre>
 *
 * Exercise ids are unique across the course. Every error names the file it is about.
 */
public final class Course {
    /** Lesson and exercise ids: lower-case words joined by '-' or '_' (they are folder names and URL parts). */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] EXERCISE_FILES = {ExerciseLoader.INFO, ExerciseLoader.PROMPT,
            ExerciseLoader.STARTER, ExerciseLoader.TESTS, ExerciseLoader.HIDDEN_TESTS, ExerciseLoader.SOLUTION};

    private final String title;
    private final List<Lesson> lessons;
    private final Map<String, Lesson> lessonsById;
    private final Map<String, Exercise> exercises;

    private Course(String title, List<Lesson> lessons, Map<String, Exercise> exercises) {
        this.title = title;
        this.lessons = List.copyOf(lessons);
        Map<String, Lesson> byId = new LinkedHashMap<>();
        for (Lesson l : lessons) byId.put(l.id(), l);
        this.lessonsById = Collections.unmodifiableMap(byId);
        this.exercises = Collections.unmodifiableMap(new LinkedHashMap<>(exercises));
    }

    /** The course bundled in the basis-lessons jar (resources under {@code lessons/}). */
    public static Course fromClasspath(ClassLoader loader) {
        return load(ContentSource.classpath(loader));
    }

    /** A course folder on disk, e.g. the repository's {@code lessons/} while authoring. */
    public static Course fromDirectory(Path root) {
        return load(ContentSource.directory(root));
    }

    public static Course load(ContentSource src) {
        JsonNode course = readJson(src, "course.json");
        String title = requireTitle(src, "course.json", course);
        List<String> lessonIds = requireIds(src, "course.json", course, "lessons");

        List<Lesson> lessons = new ArrayList<>();
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        Map<String, String> exerciseHome = new LinkedHashMap<>();
        for (String lessonId : lessonIds) {
            String lessonJson = lessonId + "/lesson.json";
            JsonNode lesson = readJson(src, lessonJson);
            String lessonTitle = requireTitle(src, lessonJson, lesson);
            List<String> exerciseIds = requireIds(src, lessonJson, lesson, "exercises");
            String markdown = require(src, lessonId + "/lesson.md");

            for (String exId : exerciseIds) {
                String dir = lessonId + "/exercises/" + exId;
                if (exerciseHome.containsKey(exId)) {
                    throw new CourseFormatException(src.describe(lessonJson) + ": exercise \"" + exId
                            + "\" is already used by lesson \"" + exerciseHome.get(exId)
                            + "\" (exercise ids are unique across the course)");
                }
                Map<String, String> files = new LinkedHashMap<>();
                for (String name : EXERCISE_FILES) files.put(name, require(src, dir + "/" + name));
                try {
                    exercises.put(exId, ExerciseLoader.fromFiles(exId, files));
                } catch (ExerciseFormatException e) {
                    // The loader's message starts with "<id>/<file>: "; name the real location instead.
                    String msg = String.valueOf(e.getMessage());
                    int colon = msg.indexOf(": ");
                    String where = msg.startsWith(exId + "/") && colon > 0
                            ? src.describe(lessonId + "/exercises/" + msg.substring(0, colon)) + msg.substring(colon)
                            : src.describe(dir) + ": " + msg;
                    throw new CourseFormatException(where, e);
                }
                exerciseHome.put(exId, lessonId);
            }
            lessons.add(new Lesson(lessonId, lessonTitle, markdown, exerciseIds));
        }
        return new Course(title, lessons, exercises);
    }

    public String title() {
        return title;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessonsById.get(id));
    }

    /** The full exercise (with solution and hidden tests): for the server's grader only. */
    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** All exercise ids, in course order. */
    public List<String> exerciseIds() {
        return List.copyOf(exercises.keySet());
    }

    private static String require(ContentSource src, String path) {
        return src.read(path).orElseThrow(() -> new CourseFormatException(src.describe(path) + ": file is missing"));
    }

    private static JsonNode readJson(ContentSource src, String path) {
        String text = require(src, path);
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CourseFormatException(src.describe(path) + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) throw new CourseFormatException(src.describe(path) + ": must be a JSON object");
        return node;
    }

    private static String requireTitle(ContentSource src, String path, JsonNode obj) {
        JsonNode t = obj.get("title");
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            throw new CourseFormatException(src.describe(path) + ": \"title\" must be a non-empty string");
        }
        return t.asText();
    }

    private static List<String> requireIds(ContentSource src, String path, JsonNode obj, String key) {
        JsonNode arr = obj.get(key);
        if (arr == null || !arr.isArray()) {
            throw new CourseFormatException(src.describe(path) + ": \"" + key + "\" must be a list of ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode n : arr) {
            if (!n.isTextual() || !ID.matcher(n.asText()).matches()) {
                throw new CourseFormatException(src.describe(path) + ": \"" + key + "\" holds " + n
                        + "; an id is lower-case letters, digits, '-' and '_' (a folder name)");
            }
            if (ids.contains(n.asText())) {
                throw new CourseFormatException(src.describe(path) + ": \"" + key + "\" lists \"" + n.asText() + "\" twice");
            }
            ids.add(n.asText());
        }
        return List.copyOf(ids);
    }
}
