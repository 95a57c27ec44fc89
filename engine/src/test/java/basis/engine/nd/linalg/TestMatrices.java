package basis.engine.nd.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The matrices every decomposition suite runs over (seeded): empty, 1x1, zero, singular, nearly
 * singular, tall, wide, random sizes up to 200, ill-conditioned (Hilbert 8x8), integer matrices,
 * triangular and defective ones, plus symmetric and positive definite variants.
 */
final class TestMatrices {
    private TestMatrices() {}

    /** A named test matrix. */
    record Case(String name, Matrix a) {
        @Override
        public String toString() {
            return name + " (" + a.rows + "x" + a.cols + ")";
        }
    }

    static final int[] RANDOM_SIZES = {2, 3, 4, 5, 8, 13, 30, 64, 200};

    static Matrix random(SplittableRandom rng, int m, int n) {
        Matrix a = new Matrix(m, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = 2 * rng.nextDouble() - 1;
        }
        return a;
    }

    static Matrix randomInts(SplittableRandom rng, int m, int n, int bound) {
        Matrix a = new Matrix(m, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rng.nextInt(2 * bound + 1) - bound;
        }
        return a;
    }

    static Matrix hilbert(int n) {
        Matrix a = new Matrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, 1.0 / (i + j + 1));
            }
        }
        return a;
    }

    /** u v^T + w x^T: rank 2. */
    static Matrix rankTwo(SplittableRandom rng, int m, int n) {
        return random(rng, m, 2).times(random(rng, 2, n));
    }

    /** Square matrices, including singular and ill-conditioned ones. */
    static List<Case> square() {
        SplittableRandom rng = new SplittableRandom(7);
        List<Case> out = new ArrayList<>();
        out.add(new Case("empty", new Matrix(0, 0)));
        out.add(new Case("one", Matrix.ofRows(new double[][] {{-3.5}})));
        out.add(new Case("zero", new Matrix(3, 3)));
        out.add(new Case("identity", Matrix.identity(4)));
        out.add(new Case("ints2", Matrix.ofRows(new double[][] {{1, 2}, {3, 4}})));
        out.add(new Case("singular", rankTwo(rng, 5, 5)));
        Matrix near = Matrix.ofRows(new double[][] {{1, 1}, {1, 1 + 1e-12}});
        out.add(new Case("nearly singular", near));
        out.add(new Case("hilbert8", hilbert(8)));
        out.add(new Case("upper triangular", Matrix.ofRows(new double[][] {{1, 2, 3}, {0, 4, 5}, {0, 0, 6}})));
        out.add(new Case("lower triangular", Matrix.ofRows(new double[][] {{1, 0, 0}, {2, 3, 0}, {4, 5, 6}})));
        out.add(new Case("jordan block", Matrix.ofRows(new double[][] {{2, 1, 0}, {0, 2, 1}, {0, 0, 2}})));
        out.add(new Case("rotation", Matrix.ofRows(new double[][] {{0, -1}, {1, 0}})));
        out.add(new Case("permutation", Matrix.ofRows(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}})));
        out.add(new Case("tiny scale", scaled(random(rng, 4, 4), 1e-200)));
        out.add(new Case("huge scale", scaled(random(rng, 4, 4), 1e200)));
        for (int n : RANDOM_SIZES) {
            out.add(new Case("random" + n, random(rng, n, n)));
            if (n <= 30) {
                out.add(new Case("ints" + n, randomInts(rng, n, n, 9)));
            }
        }
        return out;
    }

    /** Square plus tall and wide matrices. */
    static List<Case> general() {
        SplittableRandom rng = new SplittableRandom(11);
        List<Case> out = new ArrayList<>(square());
        out.add(new Case("tall empty", new Matrix(3, 0)));
        out.add(new Case("wide empty", new Matrix(0, 3)));
        out.add(new Case("column", random(rng, 5, 1)));
        out.add(new Case("row", random(rng, 1, 5)));
        out.add(new Case("tall", random(rng, 7, 3)));
        out.add(new Case("wide", random(rng, 3, 7)));
        out.add(new Case("very tall", random(rng, 40, 4)));
        out.add(new Case("tall ints", randomInts(rng, 6, 4, 5)));
        out.add(new Case("tall rank two", rankTwo(rng, 9, 5)));
        out.add(new Case("wide rank two", rankTwo(rng, 4, 8)));
        out.add(new Case("tall 150x60", random(rng, 150, 60)));
        out.add(new Case("wide 30x90", random(rng, 30, 90)));
        return out;
    }

    /** Symmetric matrices (A + A^T of the square cases, and special ones). */
    static List<Case> symmetric() {
        List<Case> out = symmetrized(square());
        out.add(new Case("repeated eigenvalues", Matrix.ofRows(new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 5}})));
        out.add(new Case("all ones", Matrix.ofRows(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}})));
        out.add(new Case("tridiagonal", Matrix.ofRows(new double[][] {{2, -1, 0, 0}, {-1, 2, -1, 0}, {0, -1, 2, -1},
            {0, 0, -1, 2}})));
        return out;
    }

    /** Symmetric positive definite matrices: G G^T + n I, the Hilbert matrix, the identity. */
    static List<Case> positiveDefinite() {
        SplittableRandom rng = new SplittableRandom(13);
        List<Case> out = new ArrayList<>();
        out.add(new Case("empty", new Matrix(0, 0)));
        out.add(new Case("one", Matrix.ofRows(new double[][] {{4}})));
        out.add(new Case("identity", Matrix.identity(3)));
        out.add(new Case("hilbert8", hilbert(8)));
        out.add(new Case("tridiagonal", Matrix.ofRows(new double[][] {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})));
        for (int n : RANDOM_SIZES) {
            Matrix g = random(rng, n, n);
            Matrix a = g.times(g.transpose());
            for (int i = 0; i < n; i++) {
                a.set(i, i, a.get(i, i) + n);
            }
            out.add(new Case("spd" + n, a));
        }
        return out;
    }

    /**
     * Matrices large enough for the decompositions' fast path ({@link FastKernels#large}): random
     * square ones up to 500, graded (rows scaled from 1 down to 1e-12), rank two, integers, and tall
     * and wide shapes through each of the SVD's routes (QR or LQ first, or not).
     */
    static List<Case> large() {
        SplittableRandom rng = new SplittableRandom(17);
        List<Case> out = new ArrayList<>();
        out.add(new Case("random300", random(rng, 300, 300)));
        out.add(new Case("random500", random(rng, 500, 500)));
        Matrix graded = random(rng, 300, 300);
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 300; j++) {
                graded.set(i, j, graded.get(i, j) * Math.pow(10, -12.0 * i / 299));
            }
        }
        out.add(new Case("graded300", graded));
        out.add(new Case("rank two 300", rankTwo(rng, 300, 300)));
        out.add(new Case("ints300", randomInts(rng, 300, 300, 9)));
        return out;
    }

    /** {@link #large()} plus tall and wide shapes. */
    static List<Case> largeGeneral() {
        SplittableRandom rng = new SplittableRandom(19);
        List<Case> out = new ArrayList<>(large());
        out.add(new Case("tall 700x250", random(rng, 700, 250)));
        out.add(new Case("tall 400x300", random(rng, 400, 300)));
        out.add(new Case("wide 250x700", random(rng, 250, 700)));
        out.add(new Case("wide 300x400", random(rng, 300, 400)));
        return out;
    }

    /** A + A^T of the {@link #large()} matrices. */
    static List<Case> largeSymmetric() {
        return symmetrized(large());
    }

    private static List<Case> symmetrized(List<Case> cases) {
        List<Case> out = new ArrayList<>();
        for (Case c : cases) {
            Matrix s = c.a().copy();
            int n = s.rows;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s.set(i, j, c.a().get(i, j) + c.a().get(j, i));
                }
            }
            out.add(new Case("sym " + c.name(), s));
        }
        return out;
    }

    /** The cases of both lists (the fast path's large matrices after the small ones). */
    static List<Case> concat(List<Case> small, List<Case> large) {
        List<Case> out = new ArrayList<>(small);
        out.addAll(large);
        return out;
    }

    static Matrix scaled(Matrix a, double f) {
        Matrix r = a.copy();
        for (int i = 0; i < r.data.length; i++) {
            r.data[i] *= f;
        }
        return r;
    }
}
