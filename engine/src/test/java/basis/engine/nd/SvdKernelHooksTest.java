package basis.engine.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.Budget;
import basis.engine.RunResult;
import basis.engine.Session;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call sites of {@link RotationKernel} and {@link ReflectorKernel} (the browser's SIMD hooks for
 * the SVD's rotation sweeps and bidiagonalization) pass what the contracts say: kernels that compute
 * the contracts literally, on their own copies of the data, give the same bits as the engine's own
 * loops, for square, tall, wide, small and rank-deficient matrices and for lstsq. The kernels blank
 * the caller's arrays while they hold the data, so a caller that read them in between would fail.
 * The browser's kernels themselves are checked against the JVM by the e2e ParityTest.
 */
class SvdKernelHooksTest {
    /** The rotation contract, literally, on copies of the vectors. */
    static final class LiteralRotations implements RotationKernel {
        int loads;
        int sweeps;

        @Override
        public Vectors load(double[][] vectors) {
            loads++;
            double[][] z = new double[vectors.length][];
            for (int j = 0; j < vectors.length; j++) {
                z[j] = vectors[j].clone();
                Arrays.fill(vectors[j], Double.NaN);
            }
            return new Vectors() {
                @Override
                public void apply(int first, int cnt, double[] c, double[] s, int off, boolean forward) {
                    sweeps++;
                    for (int q = 0; q < cnt - 1; q++) {
                        int j = forward ? q : cnt - 2 - q;
                        double ct = c[off + j];
                        double st = s[off + j];
                        if (ct == 1 && st == 0) {
                            continue;
                        }
                        double[] x = z[first + j];
                        double[] y = z[first + j + 1];
                        for (int i = 0; i < x.length; i++) {
                            double t = y[i];
                            double v = x[i];
                            y[i] = ct * t - st * v;
                            x[i] = st * t + ct * v;
                        }
                    }
                }

                @Override
                public void read(int i, double[] into) {
                    System.arraycopy(z[i], 0, into, 0, z[i].length);
                }

                @Override
                public void write(int i, double[] from) {
                    System.arraycopy(from, 0, z[i], 0, z[i].length);
                }

                @Override
                public void unload(double[][] out) {
                    for (int j = 0; j < z.length; j++) {
                        System.arraycopy(z[j], 0, out[j], 0, z[j].length);
                    }
                }
            };
        }
    }

    /** The reflector contract, literally, on a copy of the matrix. */
    static final class LiteralReflectors implements ReflectorKernel {
        int loads;
        int left;
        int right;

        @Override
        public Stored load(double[] a, int rows, int cols) {
            loads++;
            double[] m = a.clone();
            Arrays.fill(a, Double.NaN);
            return new Stored() {
                private double get(int i, int j) {
                    return m[i + j * rows];
                }

                private void set(int i, int j, double x) {
                    m[i + j * rows] = x;
                }

                @Override
                public void read(int row, int col, int count, boolean alongRow, double[] into) {
                    for (int k = 0; k < count; k++) {
                        into[k] = alongRow ? get(row, col + k) : get(row + k, col);
                    }
                }

                @Override
                public void write(int row, int col, int count, boolean alongRow, double[] from) {
                    for (int k = 0; k < count; k++) {
                        if (alongRow) {
                            set(row, col + k, from[k]);
                        } else {
                            set(row + k, col, from[k]);
                        }
                    }
                }

                @Override
                public void applyLeft(int row, int col, int nr, int nc, double[] v, double tau) {
                    left++;
                    for (int j = 0; j < nc; j++) {
                        double[] s = new double[4];
                        int i = 0;
                        for (; i + 3 < nr; i += 4) {
                            for (int p = 0; p < 4; p++) {
                                s[p] += v[i + p] * get(row + i + p, col + j);
                            }
                        }
                        for (; i < nr; i++) {
                            s[0] += v[i] * get(row + i, col + j);
                        }
                        double w = tau * ((s[0] + s[2]) + (s[1] + s[3]));
                        if (w != 0) {
                            for (i = 0; i < nr; i++) {
                                set(row + i, col + j, get(row + i, col + j) + (-w) * v[i]);
                            }
                        }
                    }
                }

                @Override
                public void applyRight(int row, int col, int nr, int nc, double[] v, double tau) {
                    right++;
                    double[] w = new double[nr];
                    for (int j = 0; j < nc; j++) {
                        if (v[j] != 0) {
                            for (int i = 0; i < nr; i++) {
                                w[i] += v[j] * get(row + i, col + j);
                            }
                        }
                    }
                    for (int j = 0; j < nc; j++) {
                        double t = tau * v[j];
                        if (t != 0) {
                            for (int i = 0; i < nr; i++) {
                                set(row + i, col + j, get(row + i, col + j) + (-t) * w[i]);
                            }
                        }
                    }
                }

                @Override
                public void unload(double[] out) {
                    System.arraycopy(m, 0, out, 0, m.length);
                }
            };
        }
    }

    @AfterEach
    void uninstall() {
        RotationKernel.Installed.kernel = null;
        ReflectorKernel.Installed.kernel = null;
    }

    static final String PROGRAM = String.join("\n",
            "import numpy as np",
            "def data(m, n, seed):",
            "    i = np.arange(m * n).reshape(m, n)",
            "    x = ((i * (seed + 7)) % 1009 - 504.5) / 97.0",
            "    x[::5, ::3] = 0.0",
            "    x[1::7, ::4] = -0.0",
            "    return x",
            "def show(name, a, full=True):",
            "    u, s, vt = np.linalg.svd(a, full_matrices=full)",
            "    print(name, u.shape, vt.shape, repr(s.sum()), repr(s[-1]), repr(np.abs(u).sum()), repr(np.abs(vt).sum()),",
            "          repr(u[-1, 0]), repr(vt[0, -1]))",
            "show('square', data(200, 200, 1))",
            "show('tall', data(300, 170, 2), False)",
            "show('tall qr first', data(500, 100, 3))",
            "show('wide', data(170, 230, 4))",
            "show('wide lq first', data(90, 500, 5), False)",
            "show('small', data(20, 20, 6))",
            "show('small wide', data(16, 30, 7))",
            "low = data(181, 7, 8) @ data(7, 181, 9)",
            "show('rank 7', low)",
            "z = data(190, 190, 10)",
            "z[:, 50:60] = 0.0",
            "z[100:, :] = -0.0",
            "show('zeros', z)",
            "show('diagonal', np.diag(np.arange(1.0, 201.0)))",
            "x, res, rank, sv = np.linalg.lstsq(data(260, 180, 11), data(260, 3, 12), rcond=None)",
            "print('lstsq', repr(x.sum()), repr(np.abs(x).sum()), rank, repr(sv.sum()))",
            "print('values', repr(np.linalg.svd(data(200, 200, 13), compute_uv=False).sum()))");

    /** A session with room for all of {@link #PROGRAM}'s decompositions. */
    private static Session session() {
        return new Session(Budget.defaults().withMaxSteps(1_000_000_000L));
    }

    @Test
    void svdAndLstsqThroughTheHooksHaveTheLoopsBits() {
        RunResult plain = session().runFile(PROGRAM, "main.py");
        assertTrue(plain.ok(), plain.toJson());
        LiteralRotations rotations = new LiteralRotations();
        LiteralReflectors reflectors = new LiteralReflectors();
        RotationKernel.Installed.kernel = rotations;
        ReflectorKernel.Installed.kernel = reflectors;
        RunResult hooked = session().runFile(PROGRAM, "main.py");
        assertEquals(plain.toJson(), hooked.toJson());
        assertTrue(rotations.loads > 0 && rotations.sweeps > 0, rotations.loads + " loads, " + rotations.sweeps
                + " sweeps");
        assertTrue(reflectors.loads > 0 && reflectors.left > 0 && reflectors.right > 0, reflectors.loads + " loads, "
                + reflectors.left + " left, " + reflectors.right + " right");
    }
}
