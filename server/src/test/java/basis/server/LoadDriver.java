package basis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent clients posting anonymous submissions (POST /api/submissions) for a fixed time. Used
 * by the load and crash tests, and as the benchmark:
 * {@code java -cp ... basis.server.LoadDriver URL CLIENTS SECONDS EXERCISE CODE_FILE} (tools/bench-server.sh).
 */
public final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run saw. {@code acked}: submission id -> the code sent, for every 201. */
    public record Stats(Map<Long, String> acked, Map<Integer, Integer> statuses, List<Long> latenciesMicros,
                        int connectionErrors, String lastError, double seconds) {
        public double ackedPerSecond() {
            return acked.size() / seconds;
        }

        public double percentileMillis(double p) {
            if (latenciesMicros.isEmpty()) return Double.NaN;
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1000.0;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d acknowledged in %.1f s = %.1f graded submissions/s; latency of 201s p50 %.1f ms, p99 %.1f ms;"
                            + " statuses %s; connection errors %d",
                    acked.size(), seconds, ackedPerSecond(), percentileMillis(50), percentileMillis(99), statuses,
                    connectionErrors) + (lastError == null ? "" : " (last: " + lastError + ")");
        }
    }

    private LoadDriver() {}

    /** Runs {@code clients} loops for {@code duration} (or until {@code stop} is set). */
    public static Stats run(String baseUrl, int clients, Duration duration, String exercise, String code,
                            java.util.concurrent.atomic.AtomicBoolean stop) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(4, clients / 4), r -> {
                    Thread t = new Thread(r, "load-http");
                    t.setDaemon(true); // the JVM may exit when the clients are done
                    return t;
                })).build();
        Map<Long, String> acked = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger connectionErrors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> lastError = new java.util.concurrent.atomic.AtomicReference<>();
        long start = System.nanoTime(), end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = 0; System.nanoTime() < end && !stop.get(); i++) {
                    String mine = code + "\n# client " + client + " attempt " + i + "\n";
                    try {
                        String body = JSON.writeValueAsString(Map.of("exercise", exercise, "name", "load-" + client, "code", mine));
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/submissions"))
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 201) {
                            JsonNode n = JSON.readTree(r.body());
                            acked.put(n.get("id").asLong(), mine);
                            latencies.add(micros);
                        } else if (r.statusCode() == 429) {
                            Thread.sleep(20); // a polite client backs off a little
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        connectionErrors.incrementAndGet();
                        lastError.set(e.toString());
                        if (stop.get()) return;
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException ie) {
                            return;
                        }
                    }
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        return new Stats(Map.copyOf(acked), counts, List.copyOf(latencies), connectionErrors.get(), lastError.get(), seconds);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadDriver URL CLIENTS SECONDS EXERCISE CODE_FILE");
            System.exit(2);
        }
        String code = java.nio.file.Files.readString(java.nio.file.Path.of(args[4]));
        Stats s = run(args[0], Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])), args[3], code,
                new java.util.concurrent.atomic.AtomicBoolean());
        System.out.println(args[1] + " clients, " + args[3] + ": " + s.summary());
    }
}
