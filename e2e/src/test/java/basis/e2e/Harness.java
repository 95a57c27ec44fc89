package basis.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What every browser test shares, started once per test run and closed at its end: the real server
 * on a free port with a fresh SQLite database in a temporary folder and the real course, and one
 * headless Chromium.
 */
final class Harness implements AutoCloseable {
    /** The Debian Chromium; Playwright's own browser download is switched off (offline machine). */
    static final Path CHROMIUM = Paths.get(System.getProperty("basis.chromium", "/usr/bin/chromium"));

    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    final Path dataDir;
    final ServerUnderTest server;
    final Playwright playwright;
    final Browser browser;

    Harness() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: install it with `apt-get install -y chromium`"
                    + " (or point -Dbasis.chromium=... at another Chromium)");
        }
        dataDir = Files.createTempDirectory("basis-e2e-");
        server = ServerUnderTest.start(dataDir);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
            playwright.close();
        } finally {
            server.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
