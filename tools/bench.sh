#!/usr/bin/env bash
# Benchmarks (not tests): the engine against EJML (JMH) and NumPy on this machine, and the
# interpreter against python3, all in one run, printed as tables of ratios. Takes ~10 minutes.
# Usage: tools/bench.sh [JMH_REGEX]   (default: every JMH benchmark in bench/)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B install -DskipTests -pl bench -am
out=bench/target/results
mkdir -p "$out"
java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main "${1:-basis.bench.*Bench}" \
  -t 1 -rf json -rff "$out/jmh.json" | tail -n 25
# NumPy without the machine's forced older OpenBLAS kernel (only in this command, as the team agreed).
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 tools/bench_numpy.py > "$out/numpy.txt"
python3 tools/bench_report.py "$out/jmh.json" "$out/numpy.txt"
python3 tools/bench_interp.py
