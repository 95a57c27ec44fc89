package basis.bench;

import basis.engine.nd.FusedMultiplyAdd;
import basis.engine.nd.Linalg;
import basis.engine.nd.NDArray;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decompositions: the engine's entry points behind {@code np.linalg.svd}, {@code eigh} and
 * {@code solve} against EJML's, same inputs, one thread. Like with like:
 * <ul>
 *   <li>{@code svd_MxN}: {@code Linalg.svd(a, full_matrices=False, compute_uv=True)} (U, S, Vh) against
 *       EJML's {@code svd(m, n, needU=true, needV=true, compact=true)}. For square matrices this is
 *       also NumPy's default (full_matrices=True); for 1000x2 both sides (and NumPy) compute the thin U.
 *   <li>{@code eigh_N}: {@code Linalg.eigh} (values ascending and vectors) against EJML's symmetric
 *       eigendecomposition with vectors, of a symmetric A + A^T.
 *   <li>{@code solve_N}: {@code Linalg.solve(a, b)} for a vector b (dgetrf + dgetrs) against EJML's
 *       {@code LinearSolverFactory_DDRM.lu} (setA factors, solve substitutes).
 * </ul>
 * Both sides copy their input once per call (the engine converts to column-major, EJML gets a copy
 * when its decomposition would overwrite it), and the engine's time includes building its NDArrays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
public class LinalgBench {
    @Param({"svd_1000x2", "svd_200", "svd_500", "eigh_500", "solve_500"})
    public String op;

    String kind;
    int m, n;
    NDArray a, b;
    DMatrixRMaj ea, eb, ex;
    SingularValueDecomposition_F64<DMatrixRMaj> esvd;
    EigenDecomposition_F64<DMatrixRMaj> eeig;
    LinearSolverDense<DMatrixRMaj> elu;

    @Setup
    public void setUp() {
        // The processor's FMA for the exact OpenBLAS kernels, as the server installs it (EngineSetup).
        FusedMultiplyAdd.Installed.unit = Math::fma;
        String[] parts = op.split("_");
        kind = parts[0];
        String[] dims = parts[1].split("x");
        m = Integer.parseInt(dims[0]);
        n = dims.length > 1 ? Integer.parseInt(dims[1]) : m;
        double[] x = Inputs.random(m * n, 1);
        if (kind.equals("eigh")) {
            double[] s = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s[i * n + j] = x[i * n + j] + x[j * n + i];
                }
            }
            x = s;
        }
        a = NDArray.ofDoubles(x.clone(), m, n);
        ea = new DMatrixRMaj(m, n, true, x);
        double[] y = Inputs.random(m, 2);
        b = NDArray.ofDoubles(y.clone(), m);
        eb = new DMatrixRMaj(m, 1, true, y);
        ex = new DMatrixRMaj(m, 1);
        esvd = DecompositionFactory_DDRM.svd(m, n, true, true, true);
        eeig = DecompositionFactory_DDRM.eig(n, true, true);
        elu = LinearSolverFactory_DDRM.lu(n);
    }

    @Benchmark
    public Object engine() {
        switch (kind) {
            case "svd":
                return Linalg.svd(a, false, true, false);
            case "eigh":
                return Linalg.eigh(a, "L");
            default:
                return Linalg.solve(a, b);
        }
    }

    @Benchmark
    public Object ejml() {
        switch (kind) {
            case "svd":
                if (!esvd.decompose(esvd.inputModified() ? ea.copy() : ea)) {
                    throw new IllegalStateException("EJML svd failed");
                }
                return new Object[] {esvd.getU(null, false), esvd.getSingularValues(), esvd.getV(null, true)};
            case "eigh":
                if (!eeig.decompose(eeig.inputModified() ? ea.copy() : ea)) {
                    throw new IllegalStateException("EJML eig failed");
                }
                return eeig.getEigenVector(n - 1);
            default:
                if (!elu.setA(elu.modifiesA() ? ea.copy() : ea)) {
                    throw new IllegalStateException("EJML lu failed");
                }
                elu.solve(eb, ex);
                return ex;
        }
    }
}
