#!/usr/bin/env python3
"""Interpreter speed: the typical student programs in bench/programs, run by python3 and by the
Basis engine on the JVM in the same run, with the ratio for each (issue 4's benchmark).

Both sides time execution inside a warm process (median of several runs, each in a fresh
namespace), so neither pays its start-up. One JVM runs every program once before the timed round
(the engine's code is warm, as in a server that has run other programs); in the timed round
python3 runs each program right after the JVM did. Besides wall time, CPU time (python3's
process, the JVM's thread running the programs), steadier when other jobs share the cores;
start-up is measured separately as the wall time of
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


def python_ms(path: pathlib.Path) -> tuple:
    """(median wall ms, median CPU ms of the process)."""
    code = compile(path.read_text(), str(path), "exec")
    times, cpu = [], []
    for i in range(WARMUP + RUNS):
        c0, t0 = time.process_time(), time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {"__name__": "__main__"})
        t1, c1 = time.perf_counter(), time.process_time()
        if i >= WARMUP:
            times.append((t1 - t0) * 1000)
            cpu.append((c1 - c0) * 1000)
    return statistics.median(times), statistics.median(cpu)


class Engine:
    """One JVM running InterpBench as a server: a program path in, "name median_ms" out."""

    def __init__(self):
        cp = f"{ROOT}/bench/target/classes:{ROOT}/bench/target/lib/*"
        self.proc = subprocess.Popen(["java", "-Xss256m", "-cp", cp, "basis.bench.InterpBench"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ms(self, path: pathlib.Path) -> tuple:
        """(median wall ms, median CPU ms of the JVM thread running the program)."""
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the engine failed on {path.name}")
        return float(line.split()[1]), float(line.split()[2])

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def wall_ms(cmd, runs=5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    print(f"python {sys.version.split()[0]} ({sys.executable}); java on the JVM engine; median of {RUNS} runs after"
          f" warm-up ({WARMUP} runs for python3; for the JVM 5 runs and at least 2 s of running, the JIT's steady state)")
    engine = Engine()
    for p in PROGRAMS:  # a first round warms the JVM on every program (each also warms up itself)
        engine.ms(p)
    print(f"{'program':<22}{'CPython ms':>12}{'JVM ms':>10}{'JVM/CPython':>13}"
          f"{'CPU: CPython':>15}{'JVM':>8}{'ratio':>7}")
    for p in PROGRAMS:
        # Program by program, python3 right after the JVM: on a shared machine both sides then
        # see the same load (timing all of one side first skewed the ratios by 2-5x).
        jv, jv_cpu = engine.ms(p)
        py, py_cpu = python_ms(p)
        print(f"{p.name:<22}{py:>12.1f}{jv:>10.1f}{jv / py:>13.2f}{py_cpu:>15.1f}{jv_cpu:>8.1f}{jv_cpu / py_cpu:>7.2f}")
    engine.close()
    with tempfile.TemporaryDirectory() as d:
        hello = pathlib.Path(d) / "hello.py"
        hello.write_text('print("hello")\n')
        py = wall_ms([sys.executable, str(hello)])
        basis = wall_ms([str(ROOT / "basis"), "run", str(hello)])
        print(f"start-up: python3 hello.py {py:.0f} ms, ./basis run hello.py {basis:.0f} ms")


if __name__ == "__main__":
    main()
