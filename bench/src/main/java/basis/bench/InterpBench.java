package basis.bench;

import basis.engine.RunResult;
import basis.engine.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times student programs on the JVM engine: each program is run in a fresh Session `warmup` times
 * and for at least `warmupMillis` (the JIT's steady state), then `runs` times; prints "name median_ms median_cpu_ms" per program (CPU time of the thread). tools/bench_interp.py runs the same
 * programs in python3 and prints the ratios. Without arguments it serves: reads one program path
 * per line on stdin and answers each with its line, so the caller can time python3 in between.
 */
public final class InterpBench {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(System.getProperty("warmup", "5"));
        int runs = Integer.parseInt(System.getProperty("runs", "7"));
        long warmupMillis = Long.parseLong(System.getProperty("warmupMillis", "2000"));
        // CPU time of the thread running the programs (the process's is counted in 10 ms ticks): on a
        // busy machine it varies far less than wall time. After the warm-up the JIT compiler's
        // threads have little left to do.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread t = new Thread(null, () -> {
            try {
                java.io.BufferedReader stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
                java.util.Iterator<String> files = args.length > 0 ? Arrays.asList(args).iterator()
                        : stdin.lines().iterator();
                while (files.hasNext()) {
                    String f = files.next();
                    String src = Files.readString(Path.of(f));
                    String name = Path.of(f).getFileName().toString();
                    double[] ms = new double[runs];
                    double[] cpu = new double[runs];
                    // Warm up to the JIT's steady state: at least `warmup` runs and `warmupMillis` of
                    // running (a program of a few milliseconds needs ~80 runs before C2 has compiled
                    // its paths), as in a server that has been grading for a while.
                    long warmStart = System.nanoTime();
                    for (int w = 0; w < warmup || (System.nanoTime() - warmStart) / 1_000_000 < warmupMillis; w++) {
                        RunResult r = new Session().runFile(src, name);
                        if (r.error() != null) throw new IllegalStateException(name + ": " + r.error().traceback());
                    }
                    for (int i = 0; i < runs; i++) {
                        long c0 = threads.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        RunResult r = new Session().runFile(src, name);
                        long t1 = System.nanoTime();
                        long c1 = threads.getCurrentThreadCpuTime();
                        if (r.error() != null) throw new IllegalStateException(name + ": " + r.error().traceback());
                        ms[i] = (t1 - t0) / 1e6;
                        cpu[i] = (c1 - c0) / 1e6;
                    }
                    Arrays.sort(ms);
                    Arrays.sort(cpu);
                    System.out.println(name + " " + ms[runs / 2] + " " + cpu[runs / 2]);
                    System.out.flush();
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }, "bench", 256L << 20);
        t.start();
        t.join();
    }
}
