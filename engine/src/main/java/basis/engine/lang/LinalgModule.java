package basis.engine.lang;

import basis.engine.nd.Linalg;
import basis.engine.nd.NDArray;

/** numpy.linalg. */
final class LinalgModule {
    private LinalgModule() {}

    static void fill(PyModule m) {
        m.attrs.put("LinAlgError", Types.LINALG_ERROR);
        m.attrs.put("norm", new PyBuiltin("norm", (in, a, k) -> {
            Object[] p = Args.bind("norm", a, k, "x", "ord=", "axis=", "keepdims=");
            NDArray x = NpMethods.arr(in, p[0]);
            Linalg.Ord ord = Linalg.Ord.NONE;
            double pval = 0;
            Object o = p[1];
            if (!Args.isNone(o)) {
                if (o instanceof String s) {
                    ord = switch (s) {
                        case "fro" -> Linalg.Ord.FRO;
                        case "nuc" -> Linalg.Ord.NUC;
                        default -> throw PyException.valueError("Invalid norm order '" + s + "' for vectors");
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
            in.steps(x.size() / 64);
            return NpBridge.wrap(Linalg.norm(x, ord, pval, Args.axes(p[2]), Args.flag(in, p[3])));
        }));
    }
}
