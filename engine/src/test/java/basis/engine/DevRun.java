package basis.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: runs a .py file on the engine straight from the test classpath (no server build). */
public final class DevRun {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(null, () -> {
            try {
                for (String f : args) {
                    RunResult r = new Session().runFile(Files.readString(Path.of(f)), f);
                    System.out.print(r.stdout());
                    if (r.error() != null) {
                        System.err.println(r.error().traceback());
                        System.exit(1);
                    }
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, "main", 1L << 29);
        t.start();
        t.join();
    }
}
