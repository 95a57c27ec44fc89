package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the browser tests. The server and the browser are shared by every test class (started
 * once, closed when the run ends); each test gets a fresh browser context (empty localStorage) and
 * page, which records console errors, uncaught page errors and requests to hosts other than the
 * server.
 */
abstract class BrowserTest {
    /** Waits on the engine: generous, since a cold worker compiles the Wasm first. */
    static final double ENGINE_TIMEOUT_MS = 30_000;

    @RegisterExtension
    static final SharedHarness HARNESS = new SharedHarness();

    static {
        setDefaultAssertionTimeout(ENGINE_TIMEOUT_MS);
    }

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    protected final List<String> foreignRequests = Collections.synchronizedList(new ArrayList<>());
    private String testName;

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("x");
        context = HARNESS.harness.browser.newContext();
        context.setDefaultTimeout(ENGINE_TIMEOUT_MS);
        String host = URI.create(baseUrl()).getHost();
        context.onRequest(request -> {
            String url = request.url();
            if (url.startsWith("data:") || url.startsWith("blob:")) return;
            String h = URI.create(url).getHost();
            if (!host.equals(h)) foreignRequests.add(request.method() + " " + url);
        });
        page = context.newPage();
        page.onConsoleMessage(msg -> {
            if ("error".equals(msg.type())) consoleErrors.add(msg.text() + " @ " + msg.location());
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
    }

    static String baseUrl() {
        return HARNESS.harness.baseUrl();
    }

    /** Opens a page of the site, e.g. {@code open("lesson.html?id=linear-algebra")}. */
    protected void open(String path) {
        page.navigate(baseUrl() + "/" + path);
    }

    /** Waits until the worker has loaded the Wasm engine. */
    protected void awaitEngineReady() {
        page.waitForSelector("#engine-bar[data-state=ready]", new Page.WaitForSelectorOptions().setTimeout(ENGINE_TIMEOUT_MS));
    }

    /** Waits until a lesson page has rendered its content (the article stops being aria-busy). */
    protected void awaitLessonLoaded() {
        page.waitForSelector("article#lesson:not([aria-busy])", new Page.WaitForSelectorOptions().setTimeout(ENGINE_TIMEOUT_MS));
    }

    /** Calls the engine's worker directly: {@code window.basisEngine.call(op, args)}; the raw result. */
    protected String engineCall(String op, String code) {
        Object result = page.evaluate("([op, code]) => window.basisEngine.call(op, { code })", List.of(op, code));
        return (String) result;
    }

    /** Replaces the code in the (first) editor inside scope, as one edit. */
    protected static void setCode(Locator scope, String code) {
        scope.locator(".editor").first().evaluate("(e, code) => { e.basisEditor.value = code; }", code);
    }

    /** The code in the (first) editor inside scope. */
    protected static String codeOf(Locator scope) {
        return (String) scope.locator(".editor").first().evaluate("e => e.basisEditor.value");
    }

    /** Clicks the cell's Run button and waits for its output. */
    protected Locator runCell(Locator cell) {
        cell.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Run").setExact(true)).click();
        assertThat(cell).not().hasClass(Pattern.compile("\\brunning\\b"),
                new LocatorAssertions.HasClassOptions().setTimeout(ENGINE_TIMEOUT_MS));
        Locator output = cell.locator(".output");
        output.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return output;
    }

    /** Saves a full-page screenshot as target/screenshots/CLASS-METHOD-STEP.png. */
    protected void screenshot(String step) {
        Path dir = Paths.get(System.getProperty("basis.screenshots.dir", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(dir.resolve(testName + "-" + step + ".png")));
    }

    /** Saves a screenshot of one element (e.g. an exercise panel) as target/screenshots/CLASS-METHOD-STEP.png. */
    protected void screenshot(String step, Locator element) {
        Path dir = Paths.get(System.getProperty("basis.screenshots.dir", "target/screenshots"));
        element.screenshot(new Locator.ScreenshotOptions().setPath(dir.resolve(testName + "-" + step + ".png"))
                .setStyle("header.site { visibility: hidden; }")); // the sticky header would cover the element
    }

    protected void assertNoConsoleErrors() {
        assertEquals(List.of(), List.copyOf(consoleErrors), "console errors");
    }

    protected void assertNoForeignRequests() {
        assertEquals(List.of(), List.copyOf(foreignRequests), "requests to hosts other than the server");
    }

    /** Starts the {@link Harness} once per run (the root store closes it when the run ends). */
    /**
     * Signs a new student up on the account page at accountUrl (who then shows whoText) and joins
     * the course with joinCode, which must then be listed as courseListed.
     */
    static void signUpAndJoin(Page student, String accountUrl, String displayName, String email, String whoText,
            String joinCode, String courseListed) {
        student.navigate(accountUrl);
        student.fill("#signup-form input[name=display_name]", displayName);
        student.fill("#signup-form input[name=email]", email);
        student.fill("#signup-form input[name=password]", InstructorDeskTest.PASSWORD);
        student.click("#signup-form button");
        assertThat(student.locator("#who")).containsText(whoText);
        student.fill("#join-form input[name=join_code]", joinCode);
        student.click("#join-form button");
        assertThat(student.locator("#courses li")).containsText(courseListed);
    }

    static final class SharedHarness implements BeforeAllCallback {
        Harness harness;

        @Override
        public void beforeAll(ExtensionContext context) {
            harness = context.getRoot().getStore(ExtensionContext.Namespace.create(Harness.class))
                    .getOrComputeIfAbsent(Harness.class, k -> {
                        try {
                            return new Harness();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, Harness.class);
        }
    }
}
