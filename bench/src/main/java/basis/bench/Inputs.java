package basis.bench;

/** Reproducible benchmark inputs (a small LCG: no java.util.Random, whose stream differs by platform). */
final class Inputs {
    private Inputs() {}

    static double[] random(int n, long seed) {
        double[] out = new double[n];
        long s = seed * 6364136223846793005L + 1442695040888963407L;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            out[i] = ((s >>> 11) * 0x1.0p-53) * 2 - 1;
        }
        return out;
    }
}
