package basis.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import basis.engine.nd.CaseFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Python's repr(float) and format(x, spec), against CPython's own output (nd/float_*.txt). */
class FloatReprTest {
    @Test
    void reprMatchesCPython() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : CaseFiles.lines("float_repr.txt")) {
            int sp = line.indexOf(' ');
            double x = CaseFiles.bits(line.substring(0, sp));
            String expected = line.substring(sp + 1);
            n++;
            String got = FloatRepr.repr(x);
            if (!got.equals(expected)) {
                bad.add(line + " got " + got);
            }
        }
        assertTrue(n > 5000, "cases: " + n);
        assertEquals(List.of(), bad.subList(0, Math.min(10, bad.size())), bad.size() + " of " + n + " differ");
    }

    @Test
    void specialValues() {
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1.5e-05", FloatRepr.repr(1.5e-5));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("1.2345678901234568e+17", FloatRepr.repr(123456789012345678.0));
        assertEquals("0.12", FloatRepr.fixed(0.125, 2));
        assertEquals("2", FloatRepr.fixed(2.5, 0));
        assertEquals("-0.000", FloatRepr.fixed(-0.0, 3));
        assertEquals("1.500000e-05", FloatRepr.sci(1.5e-5, 6));
    }

    @Test
    void formatSpecsMatchCPython() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : CaseFiles.lines("float_format.txt")) {
            List<String> t = CaseFiles.tokens(line);
            n++;
            String got;
            try {
                switch (t.get(0)) {
                    case "F":
                        got = PyFormat.formatFloat(CaseFiles.bits(t.get(1)), t.get(2));
                        break;
                    case "I":
                        got = PyFormat.formatInt(Long.parseLong(t.get(1)), t.get(2));
                        break;
                    case "S":
                        got = PyFormat.formatStr(t.get(1), t.get(2));
                        break;
                    case "EF":
                        got = expectError(() -> PyFormat.formatFloat(CaseFiles.bits(t.get(1)), t.get(2)));
                        break;
                    case "EI":
                        got = expectError(() -> PyFormat.formatInt(Long.parseLong(t.get(1)), t.get(2)));
                        break;
                    case "ES":
                        got = expectError(() -> PyFormat.formatStr(t.get(1), t.get(2)));
                        break;
                    default:
                        fail("bad line " + line);
                        return;
                }
            } catch (RuntimeException e) {
                got = "EXCEPTION " + e;
            }
            if (!got.equals(t.get(3))) {
                bad.add(line + " got " + got);
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(10, bad.size())), bad.size() + " of " + n + " differ");
    }

    private static String expectError(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyFormat.FormatError e) {
            return e.getMessage();
        }
    }
}
