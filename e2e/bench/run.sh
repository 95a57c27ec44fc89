#!/bin/sh
# The load benchmark: cold loads of the first lesson in headless Chromium on localhost (see
# e2e/src/test/java/basis/e2e/LoadBenchmark.java). Prints and writes e2e/target/benchmark.txt.
# Usage (from the repository root): e2e/bench/run.sh [RUNS]
set -e
cd "$(dirname "$0")/../.."
mvn -q -B verify -pl e2e -am -Dtest=LoadBenchmark -Dbasis.bench=true -Dbasis.bench.runs="${1:-7}" \
    -Dsurefire.failIfNoSpecifiedTests=false
cat e2e/target/benchmark.txt
