package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import org.junit.jupiter.api.Test;

/**
 * No boxing in array storage: an n-element float64 array costs about 8n bytes. Measured as the heap
 * retained after a full collection, with several arrays of 10^6 elements held at once so the
 * arrays, not the collector's noise, dominate the difference. The bound, 8.5 bytes per element,
 * leaves room for the JVM's own rounding of huge arrays to heap regions (G1 gives an 8,000,016-byte
 * array 8 MiB: 8.39 bytes per element, as much as a bare {@code double[]} costs); one boxed Double per
 * element would cost 16 bytes more.
 */
class ArrayMemoryTest {
    static final int N = 1_000_000;
    static final int ARRAYS = 8;
    static final double MAX_BYTES_PER_ELEMENT = 8.5;

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // a few rounds: the smallest reading is the settled heap
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    @Test
    void aBareDoubleArrayCostsTheSame() {
        long before = usedAfterGc();
        double[][] held = new double[ARRAYS][];
        for (int i = 0; i < ARRAYS; i++) {
            held[i] = new double[N];
        }
        double perElement = (double) (usedAfterGc() - before) / ((long) ARRAYS * N);
        assertEquals(ARRAYS, held.length);
        assertTrue(perElement > 7.5 && perElement < MAX_BYTES_PER_ELEMENT,
                "on this JVM a double[10^6] retains " + perElement + " bytes per element: the bound does not apply");
    }

    @Test
    void float64ArraysCostEightBytesPerElement() {
        long before = usedAfterGc();
        NDArray[] held = new NDArray[ARRAYS];
        for (int i = 0; i < ARRAYS; i++) {
            held[i] = Ops.add(NDArray.empty(DType.FLOAT64, N), NDArray.ofDoubles(new double[] {i}, 1));
        }
        double perElement = (double) (usedAfterGc() - before) / ((long) ARRAYS * N);
        assertEquals(ARRAYS - 1, held[ARRAYS - 1].getDouble(N - 1)); // keeps every array reachable until here
        assertTrue(perElement > 7.5 && perElement < MAX_BYTES_PER_ELEMENT,
                "an NDArray of 10^6 float64 retains " + perElement + " bytes per element");
    }

    @Test
    void arraysMadeByStudentCodeCostEightBytesPerElement() {
        Session session = new Session();
        assertTrue(session.runCell("import numpy as np").ok());
        long before = usedAfterGc();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < ARRAYS; i++) {
            code.append("x").append(i).append(" = np.arange(").append(N).append(") * 0.5\n");
        }
        RunResult r = session.runCell(code.toString());
        assertTrue(r.ok(), r.toJson());
        double perElement = (double) (usedAfterGc() - before) / ((long) ARRAYS * N);
        assertEquals("np.float64(499999.5)", session.runCell("x7[-1]").display()); // the session, and its arrays, live on
        assertTrue(perElement > 7.5 && perElement < MAX_BYTES_PER_ELEMENT,
                "np.arange(10**6) * 0.5 in a session retains " + perElement + " bytes per element");
    }
}
