package basis.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import basis.engine.nd.CaseFiles;
import basis.engine.nd.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** print(arr) and repr(arr) and NumPy scalar reprs, against NumPy's output (nd/format_cases.txt). */
class ArrayFormatTest {
    @Test
    void arraysMatchNumpy() {
        List<String> lines = CaseFiles.lines("format_cases.txt");
        List<String> bad = new ArrayList<>();
        int n = 0;
        String name = null;
        NDArray a = null;
        for (String line : lines) {
            List<String> t = CaseFiles.tokens(line);
            switch (t.get(0)) {
                case "case":
                    name = t.get(1);
                    break;
                case "in":
                    a = CaseFiles.array(t, 1);
                    break;
                case "str": {
                    n++;
                    String got = ArrayFormat.str(a);
                    if (!got.equals(t.get(1))) {
                        bad.add(name + " str:\n" + t.get(1) + "\ngot:\n" + got);
                    }
                    break;
                }
                case "repr": {
                    n++;
                    String got = ArrayFormat.repr(a);
                    if (!got.equals(t.get(1))) {
                        bad.add(name + " repr:\n" + t.get(1) + "\ngot:\n" + got);
                    }
                    break;
                }
                case "scalar": {
                    n++;
                    NDArray s = CaseFiles.array(t, 1);
                    String repr = t.get(t.size() - 2);
                    String str = t.get(t.size() - 1);
                    if (!ArrayFormat.scalarRepr(s).equals(repr) || !ArrayFormat.scalarStr(s).equals(str)) {
                        bad.add("scalar " + repr + " / " + str + " got " + ArrayFormat.scalarRepr(s) + " / "
                                + ArrayFormat.scalarStr(s));
                    }
                    break;
                }
                default:
                    throw new IllegalStateException(line);
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(8, bad.size())), bad.size() + " of " + n + " differ");
    }

    @Test
    void viewsPrintLikeCopies() {
        NDArray m = NDArray.ofLongs(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals("[[1 4]\n [2 5]\n [3 6]]", ArrayFormat.str(m.transpose()));
        assertEquals("array([[1, 4],\n       [2, 5],\n       [3, 6]])", ArrayFormat.repr(m.transpose()));
        assertEquals("[3 2 1]", ArrayFormat.str(m.get(0).slice(0, null, null, -1)));
    }
}
