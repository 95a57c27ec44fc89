#!/usr/bin/env python3
"""Regenerates the expected outputs of the golden programs from real CPython + NumPy.

For every engine/src/test/resources/golden/**/NAME.py this writes NAME.out (stdout, exactly) and,
when the program raises, NAME.err (the last line of stderr: `ErrorType: message`, as CPython
prints it). Never edit those files by hand: change the program and run this script again.

Usage: python3 tools/gen_golden.py [PATH...]   (default: every golden program)
"""
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "engine" / "src" / "test" / "resources" / "golden"
# bench_numpy (imported in main for the kernel's name) sets OPENBLAS_NUM_THREADS=1 for its own timings;
# the programs must run as NumPy runs by default (two threads here: the blocked dgemm's order depends on it)
THREADS = os.environ.get("OPENBLAS_NUM_THREADS")


def generate(py: pathlib.Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("OPENBLAS_NUM_THREADS", None)
    if THREADS is not None:
        env["OPENBLAS_NUM_THREADS"] = THREADS
    proc = subprocess.run([sys.executable, py.name], cwd=py.parent, capture_output=True, text=True,
                          timeout=60, env=env)
    py.with_suffix(".out").write_text(proc.stdout, encoding="utf-8")
    err = py.with_suffix(".err")
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        err.write_text(lines[-1] + "\n", encoding="utf-8")
    elif err.exists():
        err.unlink()


def main() -> None:
    import numpy
    forced = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ}
    if forced:
        # Basis reproduces the operation order of the kernel OpenBLAS picks for this CPU by itself
        # (SkylakeX here); outputs made with a forced older kernel can differ in the last digit.
        sys.exit(f"gen_golden: {forced} forces an OpenBLAS kernel; golden outputs must come from NumPy's own choice."
                 " Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 tools/gen_golden.py ...")
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    from bench_numpy import openblas_core
    print(f"python {sys.version.split()[0]}, numpy {numpy.__version__}, OpenBLAS {openblas_core()}", file=sys.stderr)
    targets = [pathlib.Path(p).resolve() for p in sys.argv[1:]] or sorted(ROOT.rglob("*.py"))
    for py in targets:
        generate(py)
    print(f"{len(targets)} golden programs regenerated", file=sys.stderr)


if __name__ == "__main__":
    main()
