package basis.bench;

import basis.engine.RunResult;
import basis.engine.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times student programs on the JVM engine: each program is run in a fresh Session `warmup` times,
 * then `runs` times; prints "name median_ms" per program. tools/bench_interp.py runs the same
 * programs in python3 and prints the ratios.
 */
public final class InterpBench {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "5"));
        int runs = Integer.parseInt(System.getProperty("runs", "7"));
        Thread t = new Thread(null, () -> {
            try {
                for (String f : args) {
                    String src = Files.readString(Path.of(f));
                    String name = Path.of(f).getFileName().toString();
                    double[] ms = new double[runs];
                    for (int i = 0; i < warmup + runs; i++) {
                        long t0 = System.nanoTime();
                        RunResult r = new Session().runFile(src, name);
                        long t1 = System.nanoTime();
                        if (r.error() != null) throw new IllegalStateException(name + ": " + r.error().traceback());
                        if (i >= warmup) ms[i - warmup] = (t1 - t0) / 1e6;
                    }
                    Arrays.sort(ms);
                    System.out.println(name + " " + ms[runs / 2]);
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, "bench", 256L << 20);
        t.start();
        t.join();
    }
}
