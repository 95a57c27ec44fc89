package basis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** matplotlib.pyplot: figures become SVG documents in the run's result; stdout stays as CPython's. */
class PlotTest {

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void showTurnsEachOpenFigureIntoAnSvgAndPrintsNothing() throws Exception {
        RunResult r = new Session().runFile("""
                import matplotlib.pyplot as plt
                plt.plot([1, 2, 3], [1, 4, 9], 'o-', label='squares')
                plt.title('x < y & "z"')
                plt.legend()
                plt.figure()
                plt.imshow([[1, 2], [3, 4]])
                plt.show()
                print('done')
                """, "main.py");
        assertEquals(null, r.error());
        assertEquals("done\n", r.stdout());
        assertEquals(2, r.plots().size());
        Document first = parse(r.plots().get(0));
        assertEquals("svg", first.getDocumentElement().getNodeName());
        assertEquals("x < y & \"z\"", first.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(3, first.getElementsByTagName("circle").getLength(), "one marker per point");
        assertEquals(4, parse(r.plots().get(1)).getElementsByTagName("rect").getLength() - 1, "one rect per matrix cell, plus the frame");
        assertTrue(r.toJson().contains("\"plots\":["), r.toJson());
    }

    @Test
    void aProgramWithoutShowDrawsNothingButANotebookCellShowsWhatItLeftOpen() {
        assertEquals(List.of(), new Session().runFile("import matplotlib.pyplot as plt\nplt.plot([1, 2])", "main.py").plots());
        Session s = new Session();
        assertEquals(1, s.runCell("import matplotlib.pyplot as plt\nplt.scatter([1, 2], [3, 4])").plots().size());
        RunResult next = s.runCell("1 + 1");
        assertEquals(List.of(), next.plots(), "a shown figure is not shown again");
        assertTrue(!next.toJson().contains("plots"), "no plots key when nothing was drawn: " + next.toJson());
    }

    @Test
    void sameFigureSameBytes() {
        String code = "import numpy as np\nimport matplotlib.pyplot as plt\nplt.hist(np.arange(100) ** 0.5, bins=7)\nplt.axis('equal')\nplt.grid()\n";
        assertEquals(new Session().runCell(code).plots(), new Session().runCell(code).plots());
    }

    @Test
    void mistakesAreCPythonStyleErrors() {
        RunResult bad = new Session().runCell("import matplotlib.pyplot as plt\nplt.plot([1, 2], [1, 2, 3])");
        assertNotNull(bad.error());
        assertEquals("ValueError", bad.error().type());
        assertEquals(2, bad.error().line());
        assertEquals("ValueError", new Session().runCell("import matplotlib.pyplot as plt\nplt.plot([1], color='blurple')").error().type());
        assertEquals("TypeError", new Session().runCell("import matplotlib.pyplot as plt\nplt.plot([1], wobble=3)").error().type());
    }
}
