package basis.engine.lang;

import basis.engine.nd.Linalg;
import basis.engine.nd.NDArray;

/**
 * numpy.linalg: the functions of {@link Linalg} with NumPy's signatures and keyword names. Results
 * that NumPy returns as named tuples are named tuples here too (EigResult, EighResult, SVDResult,
 * QRResult, SlogdetResult; lstsq's is a plain tuple, as in NumPy); 0-d results are numpy scalars. The work is charged to the step budget before it starts (about m n min(m, n)
 * operations per matrix, more for the iterative decompositions), so an oversized matrix ends the run
 * at once instead of stalling the browser.
 */
final class LinalgModule {
    private LinalgModule() {}

    private static final String RESULTS_MODULE = "numpy.linalg._linalg";
    private static final NamedTuple.Kind EIG = NamedTuple.kind("EigResult", RESULTS_MODULE, "eigenvalues", "eigenvectors");
    private static final NamedTuple.Kind EIGH = NamedTuple.kind("EighResult", RESULTS_MODULE, "eigenvalues", "eigenvectors");
    private static final NamedTuple.Kind SVD = NamedTuple.kind("SVDResult", RESULTS_MODULE, "U", "S", "Vh");
    private static final NamedTuple.Kind QR = NamedTuple.kind("QRResult", RESULTS_MODULE, "Q", "R");
    private static final NamedTuple.Kind SLOGDET = NamedTuple.kind("SlogdetResult", RESULTS_MODULE, "sign", "logabsdet");

    /** Charges the cost of a decomposition of every matrix in a (..., m, n) stack. */
    private static void charge(Interp in, NDArray a, int factor) {
        int nd = a.ndim();
        if (nd < 2) {
            in.steps(a.size() / 64);
            return;
        }
        long m = a.shape(nd - 2);
        long n = a.shape(nd - 1);
        long count = m * n == 0 ? 0 : a.size() / (m * n);
        long cost = count * m * n * Math.min(m, n) * factor / 16;
        in.steps(cost + a.size() / 64);
    }

    private static final int DIRECT = 1;
    private static final int ITERATIVE = 10;

    private static NDArray arg(Interp in, Object o) {
        return NpMethods.arr(in, o);
    }

    private static String str(Object o, String what) {
        if (o instanceof String s) return s;
        throw PyException.typeError(what + " must be a string, not " + Ops.typeName(o));
    }

    private static Double optReal(Object o) {
        return Args.isNone(o) ? null : MathModule.real(o);
    }

    static void fill(PyModule m) {
        m.attrs.put("LinAlgError", Types.LINALG_ERROR);
        NumpyMore.fillLinalg(m);
        m.attrs.put("norm", new PyBuiltin("norm", (in, a, k) -> {
            Object[] p = Args.bind("norm", a, k, "x", "ord=", "axis=", "keepdims=");
            NDArray x = NpMethods.arr(in, p[0]);
            int[] axes = Args.axes(p[2]);
            boolean vector = axes == null ? x.ndim() == 1 : axes.length == 1;
            Object[] ord = ord(p[1], vector ? "vectors" : "matrices");
            Linalg.Ord o = (Linalg.Ord) ord[0];
            if (o == Linalg.Ord.TWO || o == Linalg.Ord.NEG_TWO || o == Linalg.Ord.NUC) {
                charge(in, x, ITERATIVE);
            }
            in.steps(x.size() / 64);
            return NpBridge.wrap(Linalg.norm(x, o, (Double) ord[1], axes, Args.flag(in, p[3])));
        }));
        m.attrs.put("det", new PyBuiltin("det", (in, a, k) -> {
            NDArray x = arg(in, Args.bind("det", a, k, "a")[0]);
            charge(in, x, DIRECT);
            return NpBridge.wrap(Linalg.det(x));
        }));
        m.attrs.put("slogdet", new PyBuiltin("slogdet", (in, a, k) -> {
            NDArray x = arg(in, Args.bind("slogdet", a, k, "a")[0]);
            charge(in, x, DIRECT);
            NDArray[] r = Linalg.slogdet(x);
            return SLOGDET.make(NpBridge.wrap(r[0]), NpBridge.wrap(r[1]));
        }));
        m.attrs.put("inv", new PyBuiltin("inv", (in, a, k) -> {
            NDArray x = arg(in, Args.bind("inv", a, k, "a")[0]);
            charge(in, x, 3 * DIRECT);
            return Linalg.inv(x);
        }));
        m.attrs.put("solve", new PyBuiltin("solve", (in, a, k) -> {
            Object[] p = Args.bind("solve", a, k, "a", "b");
            NDArray x = arg(in, p[0]);
            NDArray b = arg(in, p[1]);
            charge(in, x, DIRECT);
            in.steps(b.size() * (long) Math.max(1, x.ndim() == 2 ? x.shape(0) : 1) / 8);
            return Linalg.solve(x, b);
        }));
        m.attrs.put("cholesky", new PyBuiltin("cholesky", (in, a, k) -> {
            Object[] p = Args.bind("cholesky", a, k, "a", "upper=");
            NDArray x = arg(in, p[0]);
            charge(in, x, DIRECT);
            return Linalg.cholesky(x, Args.flag(in, p[1]));
        }));
        m.attrs.put("qr", new PyBuiltin("qr", (in, a, k) -> {
            Object[] p = Args.bind("qr", a, k, "a", "mode=");
            NDArray x = arg(in, p[0]);
            String mode = Args.isNone(p[1]) ? "reduced" : str(p[1], "mode");
            charge(in, x, 4 * DIRECT);
            NDArray[] r = Linalg.qr(x, mode);
            if (r.length == 1) return r[0];
            return QR.make(r[0], r[1]);
        }));
        m.attrs.put("eig", new PyBuiltin("eig", (in, a, k) -> {
            NDArray x = arg(in, Args.bind("eig", a, k, "a")[0]);
            charge(in, x, ITERATIVE);
            NDArray[] r = Linalg.eig(x);
            return EIG.make(r[0], r[1]);
        }));
        m.attrs.put("eigvals", new PyBuiltin("eigvals", (in, a, k) -> {
            NDArray x = arg(in, Args.bind("eigvals", a, k, "a")[0]);
            charge(in, x, ITERATIVE);
            return Linalg.eigvals(x);
        }));
        m.attrs.put("eigh", new PyBuiltin("eigh", (in, a, k) -> {
            Object[] p = Args.bind("eigh", a, k, "a", "UPLO=");
            NDArray x = arg(in, p[0]);
            String uplo = Args.isNone(p[1]) ? "L" : str(p[1], "UPLO");
            charge(in, x, ITERATIVE);
            NDArray[] r = Linalg.eigh(x, uplo);
            return EIGH.make(r[0], r[1]);
        }));
        m.attrs.put("eigvalsh", new PyBuiltin("eigvalsh", (in, a, k) -> {
            Object[] p = Args.bind("eigvalsh", a, k, "a", "UPLO=");
            NDArray x = arg(in, p[0]);
            String uplo = Args.isNone(p[1]) ? "L" : str(p[1], "UPLO");
            charge(in, x, ITERATIVE);
            return Linalg.eigvalsh(x, uplo);
        }));
        m.attrs.put("svd", new PyBuiltin("svd", (in, a, k) -> {
            Object[] p = Args.bind("svd", a, k, "a", "full_matrices=", "compute_uv=", "hermitian=");
            NDArray x = arg(in, p[0]);
            boolean full = p[1] == null || Ops.truthy(in, p[1]);
            boolean uv = p[2] == null || Ops.truthy(in, p[2]);
            charge(in, x, ITERATIVE);
            NDArray[] r = Linalg.svd(x, full, uv, Args.flag(in, p[3]));
            if (!uv) return r[0];
            return SVD.make(r[0], r[1], r[2]);
        }));
        m.attrs.put("lstsq", new PyBuiltin("lstsq", (in, a, k) -> {
            Object[] p = Args.bind("lstsq", a, k, "a", "b", "rcond=");
            NDArray x = arg(in, p[0]);
            NDArray b = arg(in, p[1]);
            charge(in, x, ITERATIVE);
            Object[] r = Linalg.lstsq(x, b, optReal(p[2]));
            return PyTuple.of(r[0], r[1], NpScalar.ofLong((Long) r[2]), r[3]);
        }));
        m.attrs.put("pinv", new PyBuiltin("pinv", (in, a, k) -> {
            Object[] p = Args.bind("pinv", a, k, "a", "rcond=", "hermitian=", "rtol=");
            NDArray x = arg(in, p[0]);
            double rcond;
            if (!Args.isNone(p[1])) {
                if (p[3] != null) throw PyException.valueError("`rtol` and `rcond` can't be both set.");
                rcond = MathModule.real(p[1]);
            } else if (p[3] == null) {
                rcond = 1e-15;
            } else if (Args.isNone(p[3])) {
                rcond = x.ndim() >= 2 ? Math.max(x.shape(x.ndim() - 2), x.shape(x.ndim() - 1)) * 0x1p-52 : 0x1p-52;
            } else {
                rcond = MathModule.real(p[3]);
            }
            charge(in, x, ITERATIVE);
            return Linalg.pinv(x, rcond, Args.flag(in, p[2]));
        }));
        m.attrs.put("matrix_rank", new PyBuiltin("matrix_rank", (in, a, k) -> {
            Object[] p = Args.bind("matrix_rank", a, k, "A", "tol=", "hermitian=", "rtol=");
            NDArray x = arg(in, p[0]);
            if (x.ndim() < 2) {
                if (p[1] != null && p[3] != null && !Args.isNone(p[1]) && !Args.isNone(p[3])) {
                    throw PyException.valueError("`tol` and `rtol` can't be both set.");
                }
                NDArray nz = basis.engine.nd.Ops.ne(x, NDArray.scalar(0L));
                for (int i = 0; i < nz.size(); i++) {
                    if (nz.boolAt(i)) return 1L;
                }
                return 0L;
            }
            charge(in, x, ITERATIVE);
            return NpBridge.wrap(Linalg.matrixRank(x, optReal(p[1]), Args.flag(in, p[2]), optReal(p[3])));
        }));
        m.attrs.put("cond", new PyBuiltin("cond", (in, a, k) -> {
            Object[] p = Args.bind("cond", a, k, "x", "p=");
            NDArray x = arg(in, p[0]);
            Object[] ord = ord(p[1], "matrices");
            charge(in, x, ITERATIVE);
            return NpBridge.wrap(Linalg.cond(x, (Linalg.Ord) ord[0], (Double) ord[1]));
        }));
    }

    /** An {@code ord}/{@code p} argument: {Linalg.Ord, Double p}. */
    private static Object[] ord(Object o, String kind) {
        Linalg.Ord ord = Linalg.Ord.NONE;
        double pval = 0;
        if (!Args.isNone(o)) {
            if (o instanceof String s) {
                ord = switch (s) {
                    case "fro" -> Linalg.Ord.FRO;
                    case "nuc" -> Linalg.Ord.NUC;
                    default -> throw PyException.valueError(kind.equals("vectors")
                            ? "Invalid norm order '" + s + "' for vectors" : "Invalid norm order for matrices.");
                };
            } else {
                double v = MathModule.real(o);
                if (v == Double.POSITIVE_INFINITY) ord = Linalg.Ord.INF;
                else if (v == Double.NEGATIVE_INFINITY) ord = Linalg.Ord.NEG_INF;
                else if (v == 1) ord = Linalg.Ord.ONE;
                else if (v == -1) ord = Linalg.Ord.NEG_ONE;
                else if (v == 2) ord = Linalg.Ord.TWO;
                else if (v == -2) ord = Linalg.Ord.NEG_TWO;
                else if (v == 0) ord = Linalg.Ord.ZERO;
                else {
                    ord = Linalg.Ord.OTHER;
                    pval = v;
                }
            }
        }
        return new Object[] {ord, pval};
    }
}
