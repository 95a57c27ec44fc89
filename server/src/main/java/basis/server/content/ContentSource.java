package basis.server.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where course files come from: the classpath (the basis-lessons jar, resources under
 * {@code lessons/}) or a folder on disk. Paths are relative to the course root, '/'-separated, and
 * made only of validated ids and fixed file names, so they never leave the root.
 */
public interface ContentSource {
    /** The file's text, or empty when it does not exist. */
    Optional<String> read(String path);

    /** How to name the file in an error message. */
    String describe(String path);

    /** Resources under {@code lessons/} of the given class loader. */
    static ContentSource classpath(ClassLoader loader) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                try (InputStream in = loader.getResourceAsStream("lessons/" + path)) {
                    if (in == null) return Optional.empty();
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + describe(path), e);
                }
            }

            @Override
            public String describe(String path) {
                return "lessons/" + path + " (classpath)";
            }
        };
    }

    /** Files below a course folder (one holding course.json). */
    static ContentSource directory(Path root) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                Path file = root.resolve(path);
                if (!Files.isRegularFile(file)) return Optional.empty();
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + describe(path), e);
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}
