package basis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** np.set_printoptions is state of one Session: it lasts across its cells and never leaks into another Session. */
class PrintOptionsSessionTest {
    @Test
    void printOptionsLastAcrossCellsAndStartFromDefaultsInANewSession() {
        Session s = new Session();
        assertEquals("", s.runCell("import numpy as np\nnp.set_printoptions(precision=3, suppress=True)").stdout());
        assertEquals("[0.333 0.   ]\n", s.runCell("print(np.array([1 / 3, 1e-9]))").stdout());
        assertEquals("array([0.333])", s.runCell("np.array([1 / 3])").display());
        Session fresh = new Session();
        assertEquals("[3.33333333e-01 1.00000000e-09]\n",
                fresh.runFile("import numpy as np\nprint(np.array([1 / 3, 1e-9]))", "main.py").stdout());
        assertEquals("[0.333 0.   ]\n", s.runCell("print(np.array([1 / 3, 1e-9]))").stdout());
    }
}
