package basis.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import basis.engine.nd.CaseFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** numpy.format_float_positional / format_float_scientific with random options (nd/dragon4.txt). */
class Dragon4Test {
    @Test
    void matchesNumpy() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : CaseFiles.lines("dragon4.txt")) {
            List<String> t = CaseFiles.tokens(line);
            double x = CaseFiles.bits(t.get(1));
            int prec = Integer.parseInt(t.get(2));
            boolean unique = t.get(3).equals("1");
            String got;
            String expected;
            if (t.get(0).equals("P")) {
                boolean fractional = t.get(4).equals("1");
                char trim = t.get(5).charAt(0);
                boolean sign = t.get(6).equals("1");
                got = Dragon4.positional(x, prec, unique, fractional, trim, sign, Integer.parseInt(t.get(7)),
                        Integer.parseInt(t.get(8)), Integer.parseInt(t.get(9)));
                expected = t.get(10);
            } else {
                char trim = t.get(4).charAt(0);
                boolean sign = t.get(5).equals("1");
                got = Dragon4.scientific(x, prec, unique, trim, sign, Integer.parseInt(t.get(6)),
                        Integer.parseInt(t.get(7)), Integer.parseInt(t.get(8)));
                expected = t.get(9);
            }
            n++;
            if (!got.equals(expected)) {
                bad.add(line + " got " + got);
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(10, bad.size())), bad.size() + " of " + n + " differ");
    }
}
