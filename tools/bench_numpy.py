#!/usr/bin/env python3
"""NumPy on this machine, for the same operations the JMH benchmarks time on the engine and EJML.

Run it with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (tools/bench.sh does): this machine sets
them to force an older OpenBLAS kernel, which would make NumPy look slower than it is. It reports
which kernel ran (threadpoolctl) and limits BLAS to one thread, as the JMH runs use one core.

Prints one "name ms" line per operation.
"""
import os
import statistics
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"  # one core, like the JMH runs (set before numpy loads)

import numpy as np


def openblas_core() -> str:
    """The OpenBLAS kernel that runs, asked from the library NumPy loaded (threadpoolctl is not installed)."""
    import ctypes
    import glob
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
    for path in libs:
        lib = ctypes.CDLL(path)
        for name in ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename64_",
                     "openblas_get_corename"):
            f = getattr(lib, name, None)
            if f is not None:
                f.restype = ctypes.c_char_p
                return f"{os.path.basename(path)}: {f().decode()}"
    return "unknown"


def timeit(f, repeat=7):
    f()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main():
    env = {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    print(f"# numpy {np.__version__}; OpenBLAS kernel: {openblas_core()}; 1 thread; env: {env}", file=sys.stderr)
    rng = np.random.default_rng(1)
    if True:
        for n in (256, 512, 1024):
            a, b = rng.normal(size=(n, n)), rng.normal(size=(n, n))
            print(f"matmul_{n} {timeit(lambda: a @ b)}")
        # The operations of bench/LinalgBench.java (same names; NumPy's svd of a square matrix with
        # its default full_matrices=True is the same work as the engine's and EJML's thin one).
        x = rng.normal(size=(1000, 2))
        print(f"svd_1000x2 {timeit(lambda: np.linalg.svd(x, full_matrices=False))}")
        for n in (200, 500):
            m = rng.normal(size=(n, n))
            print(f"svd_{n} {timeit(lambda: np.linalg.svd(m), repeat=3)}")
        s = rng.normal(size=(500, 500))
        s = s + s.T
        print(f"eigh_500 {timeit(lambda: np.linalg.eigh(s), repeat=3)}")
        m = rng.normal(size=(500, 500))
        v = rng.normal(size=500)
        print(f"solve_500 {timeit(lambda: np.linalg.solve(m, v), repeat=5)}")


if __name__ == "__main__":
    main()
