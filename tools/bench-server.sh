#!/usr/bin/env bash
# Benchmark: graded submissions per second and p50/p99 latency with CLIENTS concurrent clients
# (default 50) for SECONDS (default 20) against a fresh `basis serve` on this machine, grading the
# real course's dot-projection reference solution with every test. Not a test: it prints numbers.
#   tools/bench-server.sh [CLIENTS] [SECONDS] [--db JDBC_URL]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENTS="${1:-50}" SECONDS_="${2:-20}"
shift $(( $# > 2 ? 2 : $# )) || true
cd "$ROOT"
mvn -q -B -o install -DskipTests -pl server -am >/dev/null
mvn -q -B -o test-compile -pl server >/dev/null
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
CP="server/target/basis-server.jar:server/target/lib/*"
java -cp "$CP" basis.server.Main serve --port 0 --data "$work/data" "$@" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 60); do grep -q "running at" "$work/server.log" && break; sleep 1; done
port="$(grep -o 'localhost:[0-9]*' "$work/server.log" | head -n 1 | cut -d: -f2)"
[[ -n "$port" ]] || { cat "$work/server.log" >&2; exit 1; }
solution="lessons/linear-algebra/exercises/dot-projection/solution.py"
java -cp "server/target/test-classes:$CP" basis.server.LoadDriver "http://localhost:$port" 5 5 dot-projection "$solution" >/dev/null  # warm-up
java -cp "server/target/test-classes:$CP" basis.server.LoadDriver "http://localhost:$port" "$CLIENTS" "$SECONDS_" dot-projection "$solution"
