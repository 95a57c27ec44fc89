package basis.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import basis.engine.Session;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** matplotlib.pyplot in a cell: the worker's SVG is drawn in the cell's output, as the JVM draws it. */
class PlotsTest extends BrowserTest {

    static final String VECTORS = """
            import numpy as np
            import matplotlib.pyplot as plt
            a = np.array([2.0, 1.0])
            b = np.array([0.5, 1.5])
            plt.quiver([0, 0], [0, 0], [a[0], b[0]], [a[1], b[1]], angles='xy', scale_units='xy', scale=1)
            plt.axis('equal')
            plt.title('a and b')
            print('drawn')
            """;

    @Test
    void aCellsFigureAppearsAsSvgBelowItsOutput() {
        open("playground.html");
        awaitEngineReady();
        Locator cell = page.locator(".cell").first();
        setCode(cell, VECTORS);
        Locator output = runCell(cell);
        assertEquals("drawn\n", output.locator("pre.stdout").textContent());
        Locator svg = output.locator("figure.plot svg.plot");
        assertThat(svg).hasCount(1);
        assertThat(svg).hasAttribute("aria-label", "a and b");
        assertThat(svg.locator("polygon")).hasCount(2); // two arrowheads

        String jvm = Jvm.onEngineThread(() -> new Session().runCell(VECTORS).toJson());
        engineCall("resetSession", "");
        assertEquals(jvm, engineCall("runCell", VECTORS), "the worker's result, SVG included, is the JVM's");
        screenshot("vectors", cell);
        assertNoConsoleErrors();
    }
}
