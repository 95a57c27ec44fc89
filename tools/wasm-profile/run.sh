#!/bin/sh
# CPU profiles of bench programs in the browser's Wasm engine, with Java method names (see
# web-client/README.md, "where the interpreter's time goes"). Builds the engine with a name section
# (-Dbasis.wasm.minifying=false), serves it with a test page that loads it on the main thread, and
# records a DevTools profile per program (Playwright for Java, CDP Profiler), then prints the
# functions with the most self and inclusive time.
# Usage (from the repository root): tools/wasm-profile/run.sh [RUNS] PROGRAM.py...
#   RUNS (default 5): profiled runs after one warm-up run; MODE=time only times them.
#   M2=DIR: the local Maven repository (default ~/.m2/repository). Output in target/wasm-profile/.
set -e
cd "$(dirname "$0")/../.."
RUNS=5
case "$1" in [0-9]*) RUNS=$1; shift ;; esac
M2=${M2:-$HOME/.m2/repository}
OUT=target/wasm-profile
mkdir -p "$OUT"
mvn -o -q -B install -DskipTests -pl web-client -am -Dbasis.wasm.minifying=false
cp web-client/target/classes/public/wasm/engine.wasm web-client/target/classes/public/wasm/engine.wasm-runtime.js \
   web-client/target/classes/public/wasm/kernels.js web-client/target/classes/public/wasm/kernels.wasm \
   tools/wasm-profile/profile.html "$OUT"/
CP=$(ls "$M2"/com/microsoft/playwright/playwright/*/playwright-*.jar "$M2"/com/microsoft/playwright/driver/*/driver-*.jar \
     "$M2"/com/microsoft/playwright/driver-bundle/*/driver-bundle-*.jar "$M2"/com/google/code/gson/gson/*/gson-*.jar \
     | grep -v sources | tr '\n' ':')
javac -d "$OUT" -cp "$CP" tools/wasm-profile/Profile.java
PORT=${PORT:-8765}
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$OUT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 1
java -cp "$OUT:$CP" -Druns="$RUNS" Profile "http://127.0.0.1:$PORT" "$OUT" "${MODE:-prof}" "$@"
[ "${MODE:-prof}" = time ] && exit 0
for p in "$@"; do
  python3 tools/wasm-profile/top.py "$OUT/$(basename "$p" .py).cpuprofile" | head -60
done
echo "callers of a function: python3 tools/wasm-profile/callers.py $OUT/NAME.cpuprofile 'java.lang.String::<init>' 3"
