package basis.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import basis.engine.nd.CaseFiles;
import basis.engine.nd.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** np.random (legacy MT19937) and default_rng (PCG64) draws, bit for bit (nd/random_cases.txt). */
class RandomCasesTest {
    @Test
    void matchesNumpy() {
        List<String> bad = new ArrayList<>();
        int n = 0;
        MT19937 mt = null;
        PCG64 pcg = null;
        String lastSeed = null;
        for (String line : CaseFiles.lines("random_cases.txt")) {
            int bar = line.indexOf(" | ");
            String[] d = line.substring(0, bar).split(" ");
            NDArray expected = CaseFiles.array(CaseFiles.tokens(line.substring(bar + 3)), 0);
            boolean isPcg = d[0].equals("pcg");
            int o = isPcg ? 1 : 0;
            String seedText = d[o].substring(5);
            if (!(d[0] + seedText).equals(lastSeed)) {
                lastSeed = d[0] + seedText;
                if (isPcg) {
                    pcg = PCG64.fromSeed(new java.math.BigInteger(seedText));
                } else {
                    mt = new MT19937(Long.parseLong(seedText));
                }
            }
            String what = d[o + 1];
            int cnt = Integer.parseInt(d[d.length - 1]);
            double[] dv = new double[cnt];
            long[] lv = new long[cnt];
            boolean ints = false;
            for (int i = 0; i < cnt; i++) {
                switch (what) {
                    case "rand":
                    case "random_sample":
                        dv[i] = mt.randomDouble();
                        break;
                    case "randn":
                        dv[i] = mt.legacyGauss();
                        break;
                    case "normal":
                        dv[i] = isPcg ? pcg.normal(Double.parseDouble(d[o + 2]), Double.parseDouble(d[o + 3]))
                                : mt.normal(Double.parseDouble(d[o + 2]), Double.parseDouble(d[o + 3]));
                        break;
                    case "uniform":
                        dv[i] = isPcg ? pcg.uniform(Double.parseDouble(d[o + 2]), Double.parseDouble(d[o + 3]))
                                : mt.uniform(Double.parseDouble(d[o + 2]), Double.parseDouble(d[o + 3]));
                        break;
                    case "randint":
                        ints = true;
                        lv[i] = mt.randint(Long.parseLong(d[o + 2]), Long.parseLong(d[o + 3]));
                        break;
                    case "random":
                        dv[i] = pcg.random();
                        break;
                    case "standard_normal":
                        dv[i] = pcg.standardNormal();
                        break;
                    case "integers":
                        ints = true;
                        lv[i] = pcg.integers(Long.parseLong(d[o + 2]), Long.parseLong(d[o + 3]));
                        break;
                    default:
                        ints = true;
                }
            }
            NDArray got;
            switch (what) {
                case "permutation":
                    got = NDArray.ofLongs(mt.permutation(cnt), cnt);
                    break;
                case "shuffle":
                    got = NDArray.ofLongs(mt.permutation(cnt), cnt);
                    break;
                case "choice":
                    got = NDArray.ofLongs(mt.choice(Integer.parseInt(d[o + 2]), cnt, true), cnt);
                    break;
                case "choice_noreplace":
                    got = NDArray.ofLongs(mt.choice(Integer.parseInt(d[o + 2]), cnt, false), cnt);
                    break;
                default:
                    got = ints ? NDArray.ofLongs(lv, cnt) : NDArray.ofDoubles(dv, cnt);
            }
            n++;
            String e = CaseFiles.describe(expected);
            String g = CaseFiles.describe(got);
            if (!e.equals(g)) {
                bad.add(line.substring(0, bar) + "\n  expected " + e + "\n  got      " + g);
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(10, bad.size())), bad.size() + " of " + n + " differ");
    }
}
