#!/bin/sh
# The interpreter benchmark in the browser: bench/programs run by the Wasm engine in headless
# Chromium and by python3 in the same run (see e2e/src/test/java/basis/e2e/InterpBenchmark.java).
# Prints and writes e2e/target/interp-benchmark.txt. The JVM counterpart is tools/bench_interp.py.
# Usage (from the repository root): e2e/bench/interp.sh [RUNS]
set -e
cd "$(dirname "$0")/../.."
mvn -q -B verify -pl e2e -am -Dtest=InterpBenchmark -Dbasis.bench=true \
    -Dbasis.bench.runs="${1:-7}" -Dsurefire.failIfNoSpecifiedTests=false
cat e2e/target/interp-benchmark.txt
