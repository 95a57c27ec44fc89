package basis.bench;

import basis.engine.nd.NDArray;
import basis.engine.nd.Ops;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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

/** n x n matrix products: the engine's matmul against EJML's, same inputs, one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
public class MatmulBench {
    @Param({"256", "512", "1024"})
    public int n;

    NDArray a, b;
    DMatrixRMaj ea, eb, ec;

    @Setup
    public void setUp() {
        double[] x = Inputs.random(n * n, 1), y = Inputs.random(n * n, 2);
        a = NDArray.ofDoubles(x.clone(), n, n);
        b = NDArray.ofDoubles(y.clone(), n, n);
        ea = new DMatrixRMaj(n, n, true, x);
        eb = new DMatrixRMaj(n, n, true, y);
        ec = new DMatrixRMaj(n, n);
    }

    @Benchmark
    public NDArray engine() {
        return Ops.matmul(a, b);
    }

    @Benchmark
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.mult(ea, eb, ec);
        return ec;
    }
}
