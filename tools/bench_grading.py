#!/usr/bin/env python3
"""Batch grading throughput (issue 5's benchmark): `./basis grade` on N copies of each seed exercise's
reference solution, against the way notebook graders work — a fresh `python3` process with NumPy per
submission that runs the same solution and a few asserts — measured in the same run.

Usage: python3 tools/bench_grading.py [N]   (default N = 1000; builds Basis first if needed)
"""
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXERCISES = {
    "matmul": "assert matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]",
    "dot-projection": "assert dot([3, 4], [1, 0]) == 3\nassert abs(geometric_dot([3, 4], [1, 0]) - 3) < 1e-9",
    "pca-svd": "import numpy as np\nv = principal_axis(np.array([[1.0, 1.0], [2.0, 2.1], [3.0, 2.9], [4.0, 4.0]]))\n"
               "assert abs(abs(v[0]) - 0.7071) < 0.05",
    "cosine-vs-euclidean": "assert rank_by_cosine([[1, 0], [10, 0], [0, 1]]) == [(0, 1), (0, 2), (1, 2)]",
}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    # builds Basis if its sources changed, outside the timed runs
    warm = ROOT / "lessons" / "linear-algebra" / "exercises" / "matmul" / "solution.py"
    subprocess.run([str(ROOT / "basis"), "grade", "--exercise", "matmul", str(warm)], check=True, capture_output=True)
    print(f"{n} submissions per exercise; Basis grades each with all its tests (public and hidden)")
    print(f"{'exercise':<22}{'basis subm/s':>14}{'python3/subm subm/s':>22}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as d:
        for ex, asserts in EXERCISES.items():
            solution = (ROOT / "lessons" / "linear-algebra" / "exercises" / ex / "solution.py").read_text()
            files = []
            for i in range(n):
                p = pathlib.Path(d) / f"{ex}-{i}.py"
                p.write_text(solution)
                files.append(str(p))
            t0 = time.perf_counter()
            subprocess.run([str(ROOT / "basis"), "grade", "--exercise", ex] + files, check=True, capture_output=True)
            basis = n / (time.perf_counter() - t0)
            baseline_n = min(n, 20)
            t0 = time.perf_counter()
            for i in range(baseline_n):
                subprocess.run([sys.executable, "-c", "import numpy\n" + solution + "\n" + asserts], check=True,
                               capture_output=True)
            baseline = baseline_n / (time.perf_counter() - t0)
            print(f"{ex:<22}{basis:>14.1f}{baseline:>22.1f}{basis / baseline:>8.1f}")


if __name__ == "__main__":
    main()
