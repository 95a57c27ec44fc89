package basis.server.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.grader.Exercise;
import basis.server.TestSupport;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseTest {
    @TempDir
    Path tmp;

    @Test
    void loadsTheTestCourseFromAFolder() {
        Course course = TestSupport.testCourse();
        assertEquals("Test course", course.title());
        assertEquals(1, course.lessons().size());
        Lesson lesson = course.lessons().get(0);
        assertEquals("vectors", lesson.id());
        assertEquals("Vectors", lesson.title());
        assertEquals(List.of("add-vectors"), lesson.exerciseIds());
        assertTrue(lesson.markdown().startsWith("# Vectors"));
        Exercise ex = course.exercise("add-vectors").orElseThrow();
        assertEquals("add-vectors", ex.id());
        assertEquals("Add two vectors", ex.info().title());
        assertTrue(ex.solution().contains("SOLUTION_MARKER_7f3a"));
        assertTrue(ex.hiddenTests().contains("HIDDEN_TEST_MARKER_91c2"));
        assertEquals(List.of("add-vectors"), course.exerciseIds());
        assertTrue(course.exercise("nope").isEmpty());
        assertTrue(course.lesson("nope").isEmpty());
    }

    @Test
    void loadsFromTheClasspathUnderLessons() throws IOException {
        TestSupport.copyTestCourse(tmp.resolve("lessons"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            Course course = Course.fromClasspath(loader);
            assertEquals("Test course", course.title());
            assertTrue(course.exercise("add-vectors").isPresent());
        }
    }

    @Test
    void aMissingCourseJsonOnTheClasspathSaysWhere() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromClasspath(loader));
            assertEquals("lessons/course.json (classpath): file is missing", e.getMessage());
        }
    }

    @Test
    void aMissingLessonFileIsNamed() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.delete(root.resolve("vectors/lesson.md"));
        assertFails(root, root.resolve("vectors/lesson.md") + ": file is missing");
    }

    @Test
    void aMissingExerciseFileIsNamed() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.delete(root.resolve("vectors/exercises/add-vectors/hidden_tests.py"));
        assertFails(root, root.resolve("vectors/exercises/add-vectors/hidden_tests.py") + ": file is missing");
    }

    @Test
    void invalidJsonIsNamed() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.writeString(root.resolve("vectors/lesson.json"), "{\"title\": \"Vectors\", ");
        CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromDirectory(root));
        assertTrue(e.getMessage().startsWith(root.resolve("vectors/lesson.json") + ": not valid JSON"), e.getMessage());
    }

    @Test
    void aMissingTitleIsNamed() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.writeString(root.resolve("course.json"), "{\"lessons\": [\"vectors\"]}");
        assertFails(root, root.resolve("course.json") + ": \"title\" must be a non-empty string");
    }

    @Test
    void anIdThatIsNotAFolderNameIsRejected() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.writeString(root.resolve("course.json"), "{\"title\": \"T\", \"lessons\": [\"../vectors\"]}");
        CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromDirectory(root));
        assertTrue(e.getMessage().startsWith(root.resolve("course.json") + ": \"lessons\" holds \"../vectors\""),
                e.getMessage());
    }

    @Test
    void exerciseIdsAreUniqueAcrossTheCourse() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        // A second lesson that reuses the exercise id of the first.
        Path second = Files.createDirectories(root.resolve("more"));
        Files.writeString(second.resolve("lesson.json"), "{\"title\": \"More\", \"exercises\": [\"add-vectors\"]}");
        Files.writeString(second.resolve("lesson.md"), "# More\n");
        Files.writeString(root.resolve("course.json"), "{\"title\": \"T\", \"lessons\": [\"vectors\", \"more\"]}");
        CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromDirectory(root));
        assertTrue(e.getMessage().contains("\"add-vectors\" is already used by lesson \"vectors\""), e.getMessage());
        assertTrue(e.getMessage().startsWith(second.resolve("lesson.json").toString()), e.getMessage());
    }

    @Test
    void anInvalidInfoJsonNamesTheExerciseFile() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.writeString(root.resolve("vectors/exercises/add-vectors/info.json"),
                "{\"title\": \"Add\", \"functions\": [\"add\"], \"colour\": \"red\"}");
        CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromDirectory(root));
        assertTrue(e.getMessage().startsWith(root.resolve("vectors/exercises/add-vectors/info.json") + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    private static void assertFails(Path root, String message) {
        CourseFormatException e = assertThrows(CourseFormatException.class, () -> Course.fromDirectory(root));
        assertEquals(message, e.getMessage());
    }
}
