#!/usr/bin/env python3
"""Interpreter speed: the typical student programs in bench/programs, run by python3 and by the
Basis engine on the JVM in the same run, with the ratio for each (issue 4's benchmark).

Both sides time execution inside a warm process (median of several runs, each in a fresh
namespace), so neither pays its start-up; start-up is measured separately as the wall time of
`./basis run hello.py` against `python3 hello.py`.

Usage: python3 tools/bench_interp.py        (builds nothing: run `mvn -q -B install -DskipTests` and
                                             `mvn -q -B package -pl bench` first, or tools/bench.sh)
"""
import contextlib
import io
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "bench" / "programs").glob("*.py"))
WARMUP, RUNS = 2, 7


def python_ms(path: pathlib.Path) -> float:
    code = compile(path.read_text(), str(path), "exec")
    times = []
    for i in range(WARMUP + RUNS):
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {"__name__": "__main__"})
        t1 = time.perf_counter()
        if i >= WARMUP:
            times.append((t1 - t0) * 1000)
    return statistics.median(times)


def engine_ms() -> dict:
    cp = f"{ROOT}/bench/target/classes:{ROOT}/bench/target/lib/*"
    out = subprocess.run(["java", "-Xss256m", "-cp", cp, "basis.bench.InterpBench"] + [str(p) for p in PROGRAMS],
                         check=True, capture_output=True, text=True).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line.strip()}


def wall_ms(cmd, runs=5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"python {sys.version.split()[0]} ({sys.executable}); java on the JVM engine; median of {RUNS} runs after {WARMUP}+ warm-up")
    eng = engine_ms()
    print(f"{'program':<22}{'CPython ms':>12}{'JVM ms':>10}{'JVM/CPython':>13}")
    for p in PROGRAMS:
        py = python_ms(p)
        jv = eng[p.name]
        print(f"{p.name:<22}{py:>12.1f}{jv:>10.1f}{jv / py:>13.2f}")
    with tempfile.TemporaryDirectory() as d:
        hello = pathlib.Path(d) / "hello.py"
        hello.write_text('print("hello")\n')
        py = wall_ms([sys.executable, str(hello)])
        basis = wall_ms([str(ROOT / "basis"), "run", str(hello)])
        print(f"start-up: python3 hello.py {py:.0f} ms, ./basis run hello.py {basis:.0f} ms")


if __name__ == "__main__":
    main()
