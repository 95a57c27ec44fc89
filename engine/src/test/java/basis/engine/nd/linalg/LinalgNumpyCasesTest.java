package basis.engine.nd.linalg;

import static basis.engine.nd.linalg.LinalgTolerance.DET_INEXACT_SHARE;
import static basis.engine.nd.linalg.LinalgTolerance.DET_MAX_ULPS;
import static basis.engine.nd.linalg.LinalgTolerance.EPS;
import static basis.engine.nd.linalg.LinalgTolerance.VALUE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.nd.CaseFiles;
import basis.engine.nd.DType;
import basis.engine.nd.Linalg;
import basis.engine.nd.NDArray;
import basis.engine.nd.NumpyException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The np.linalg functions against NumPy's own results (nd/linalg_cases.txt, written by
 * tools/gen_linalg_expected.py with single-threaded OpenBLAS):
 * <ul>
 *   <li>bit for bit: solve, inv and the LU (every size in the file), cholesky (n &lt;= 32), QR (Q and
 *       R, every mode), SVD with vectors (U, S, Vh through dgesdd's four paths) and without (dqds),
 *       pinv, eigh and eigvalsh (values and vectors), eig (values and vectors, n &lt;= 12), lstsq
 *       (solution, residuals, rank, singular values);
 *   <li>det and slogdet bit for bit but for NumPy's C library log/exp, which are not always correctly
 *       rounded: at most {@link LinalgTolerance#DET_INEXACT_SHARE} of the cases may differ, by at most
 *       {@link LinalgTolerance#DET_MAX_ULPS} units;
 *   <li>to rounding: eigvals of the larger matrices (in NumPy's order); matrix_rank exactly;
 *   <li>errors: type and message.
 * </ul>
 */
class LinalgNumpyCasesTest {
    private static final class Case {
        String op;
        String label;
        final List<NDArray> in = new ArrayList<>();
        final List<NDArray> out = new ArrayList<>();
        String error;
    }

    private static List<Case> cases() {
        List<String> lines = CaseFiles.lines("linalg_cases.txt");
        List<Case> out = new ArrayList<>();
        Case cur = null;
        for (String line : lines) {
            if (line.startsWith("case ")) {
                cur = new Case();
                String[] p = line.split(" ");
                cur.op = p[1];
                cur.label = p[2];
                out.add(cur);
            } else if (line.startsWith("in ")) {
                cur.in.add(CaseFiles.array(CaseFiles.tokens(line.substring(3)), 0));
            } else if (line.startsWith("out ")) {
                cur.out.add(CaseFiles.array(CaseFiles.tokens(line.substring(4)), 0));
            } else if (line.startsWith("error ")) {
                List<String> t = CaseFiles.tokens(line.substring(6));
                cur.error = t.get(0) + ": " + t.get(1);
            }
        }
        return out;
    }

    private static NDArray[] run(Case c) {
        NDArray a = c.in.get(0);
        String op = c.op.endsWith("_error") ? c.op.substring(0, c.op.length() - 6) : c.op;
        switch (op) {
            case "det":
                return new NDArray[] {Linalg.det(a)};
            case "slogdet":
                return Linalg.slogdet(a);
            case "solve":
                return new NDArray[] {Linalg.solve(a, c.in.get(1))};
            case "inv":
                return new NDArray[] {Linalg.inv(a)};
            case "cholesky":
                return new NDArray[] {Linalg.cholesky(a, false)};
            case "eigvalsh":
                return new NDArray[] {Linalg.eigvalsh(a, c.label.equals("badUPLO") ? "X" : "L")};
            case "eigh_values":
                return new NDArray[] {Linalg.eigh(a, "L")[0]};
            case "eigh":
                return Linalg.eigh(a, "L");
            case "eigvals":
                return new NDArray[] {Linalg.eigvals(a)};
            case "eig":
                return Linalg.eig(a);
            case "svdvals":
                return Linalg.svd(a, false, false, false);
            case "svd":
                return Linalg.svd(a, true, true, false);
            case "qr_r":
                return Linalg.qr(a, "r");
            case "qr_complete":
                return Linalg.qr(a, "complete");
            case "svd_reduced":
                return Linalg.svd(a, false, true, false);
            case "qr":
                return Linalg.qr(a, c.label.equals("badmode") ? "x" : "reduced");
            case "lstsq_x":
                return new NDArray[] {(NDArray) Linalg.lstsq(a, c.in.get(1), null)[0]};
            case "lstsq": {
                Object[] r = Linalg.lstsq(a, c.in.get(1), null);
                return new NDArray[] {(NDArray) r[0], (NDArray) r[1], NDArray.scalar((Long) r[2]), (NDArray) r[3]};
            }
            case "pinv":
                return new NDArray[] {Linalg.pinv(a, 1e-15, false)};
            case "matrix_rank":
                return new NDArray[] {Linalg.matrixRank(a, null, false, null)};
            case "cond":
                return new NDArray[] {Linalg.cond(a, Linalg.Ord.NONE, 0)};
            default:
                throw new IllegalArgumentException("unknown op " + c.op);
        }
    }

    private static boolean bitExact(String op) {
        switch (op) {
            case "solve":
            case "inv":
            case "cholesky":
            case "qr":
            case "qr_r":
            case "qr_complete":
            case "svd":
            case "svd_reduced":
            case "pinv":
            case "eig":
            case "eigh":
            case "eigh_values":
            case "eigvalsh":
            case "svdvals":
            case "lstsq":
            case "lstsq_x":
                return true;
            default:
                return false;
        }
    }

    @Test
    void matchesNumpy() {
        List<String> bad = new ArrayList<>();
        int detCases = 0;
        int detInexact = 0;
        int n = 0;
        for (Case c : cases()) {
            n++;
            String where = c.op + " " + c.label;
            NDArray[] got;
            try {
                got = run(c);
            } catch (NumpyException e) {
                String type = e.pythonType().substring(e.pythonType().lastIndexOf('.') + 1);
                String msg = type + ": " + e.getMessage();
                if (!msg.equals(c.error)) {
                    bad.add(where + ": raised " + msg + ", NumPy " + (c.error == null ? "returned" : c.error));
                }
                continue;
            }
            if (c.error != null) {
                bad.add(where + ": returned, NumPy raised " + c.error);
                continue;
            }
            if (got.length != c.out.size()) {
                bad.add(where + ": " + got.length + " results, NumPy " + c.out.size());
                continue;
            }
            for (int k = 0; k < got.length; k++) {
                NDArray g = got[k];
                NDArray e = c.out.get(k);
                String shapes = NDArray.shapeStr(g.shape()) + " " + g.dtype().numpyName() + " vs "
                        + NDArray.shapeStr(e.shape()) + " " + e.dtype().numpyName();
                if (!java.util.Arrays.equals(g.shape(), e.shape()) || g.dtype() != e.dtype()) {
                    bad.add(where + ": shape/dtype " + shapes);
                    continue;
                }
                boolean cholSmall = !c.op.equals("cholesky") || c.in.get(0).shape(0) <= 32;
                if (bitExact(c.op) && cholSmall) {
                    if (!CaseFiles.describe(g).equals(CaseFiles.describe(e))) {
                        bad.add(where + ": not bit-identical, max difference " + maxDiff(g, e));
                    }
                } else if (c.op.equals("det") || c.op.equals("slogdet")) {
                    detCases++;
                    long ulps = maxUlps(g, e);
                    if (ulps > 0) {
                        detInexact++;
                    }
                    if (ulps > DET_MAX_ULPS) {
                        bad.add(where + ": " + ulps + " ulps from NumPy");
                    }
                } else if (e.dtype() == DType.INT64) {
                    if (!CaseFiles.describe(g).equals(CaseFiles.describe(e))) {
                        bad.add(where + ": " + CaseFiles.describe(g) + " vs " + CaseFiles.describe(e));
                    }
                } else {
                    double scale = scale(c);
                    double d = maxDiff(g, e);
                    if (!(d <= scale)) {
                        bad.add(where + ": differs by " + d + " (allowed " + scale + ")");
                    }
                }
            }
        }
        assertTrue(n > 1000, "too few cases: " + n);
        assertTrue(detInexact <= DET_INEXACT_SHARE * detCases, detInexact + " of " + detCases
                + " determinants differ from NumPy in the last bits");
        assertTrue(bad.isEmpty(), bad.size() + " mismatches:\n" + String.join("\n", bad));
    }

    /** The allowed difference for values computed in another operation order. */
    private static double scale(Case c) {
        NDArray a = c.in.get(0);
        double norm = 0;
        for (int i = 0; i < a.size(); i++) {
            norm += a.doubleAt(i) * a.doubleAt(i);
        }
        norm = Math.sqrt(norm);
        int dim = 1;
        for (int s : a.shape()) {
            dim = Math.max(dim, s);
        }
        double base = VALUE * dim * EPS * Math.max(norm, 1);
        if (c.op.equals("lstsq_x")) {
            // Solutions carry the condition number: allow relative to cond(A) times the result's size.
            double[] s = Linalg.svd(a, false, false, false)[0].toDoubleArray();
            double cond = s.length == 0 || s[s.length - 1] == 0 ? 1e16 : s[0] / s[s.length - 1];
            return base * Math.max(cond, 1) * Math.max(1, 1 / Math.max(s.length == 0 ? 1 : s[0], 1e-300));
        }
        return base;
    }

    private static double maxDiff(NDArray g, NDArray e) {
        double d = 0;
        for (int i = 0; i < g.size(); i++) {
            d = Math.max(d, Math.abs(g.doubleAt(i) - e.doubleAt(i)));
            if (g.dtype() == DType.COMPLEX128) {
                d = Math.max(d, Math.abs(g.imagAt(i) - e.imagAt(i)));
            }
        }
        return d;
    }

    private static long maxUlps(NDArray g, NDArray e) {
        long worst = 0;
        for (int i = 0; i < g.size(); i++) {
            double x = g.doubleAt(i);
            double y = e.doubleAt(i);
            if (Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y)) {
                continue;
            }
            if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                    || Math.signum(x) != Math.signum(y)) {
                return Long.MAX_VALUE;
            }
            worst = Math.max(worst, Math.abs(Double.doubleToRawLongBits(x) - Double.doubleToRawLongBits(y)));
        }
        return worst;
    }
}
