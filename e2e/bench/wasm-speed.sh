#!/bin/sh
# The Wasm speed benchmark: matmul (256, 512) and np.linalg.svd (200x200) timed in the browser's
# engine worker (headless Chromium) and on the JVM engine in the same run (see
# e2e/src/test/java/basis/e2e/WasmSpeedBenchmark.java). Prints and writes e2e/target/wasm-speed.txt.
# Usage (from the repository root): e2e/bench/wasm-speed.sh [RUNS]
set -e
cd "$(dirname "$0")/../.."
mvn -q -B verify -pl e2e -am -Dtest=WasmSpeedBenchmark -Dbasis.bench=true -Dbasis.bench.runs="${1:-7}" \
    -Dsurefire.failIfNoSpecifiedTests=false
cat e2e/target/wasm-speed.txt
