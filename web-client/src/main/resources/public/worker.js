// The engine's Web Worker (a classic worker: importScripts needs one).
//
// Loads the TeaVM WebAssembly GC build of basis.web.WebEntry and answers the page's messages:
//   page -> worker  {id, op, ...args}      op: runCell | resetSession | runProgram | check | engineBuild
//                                          | simdKernels
//   worker -> page  {id, result}            result: the export's return value (a JSON string, or null)
//                   {id, error, fatal}      the call threw; fatal when the Wasm instance may be broken
//                   {id, result, restart}   answered, but the instance may be broken: restart the worker
//                   {event: 'ready', build} once, when the engine has loaded
//                   {event: 'load-error', message}
// Calls are answered in the order they arrive; the page stops a runaway call by terminating us.
'use strict';

const started = performance.now(); // since the worker was created
importScripts('wasm/engine.wasm-runtime.js', 'wasm/kernels.js');
const runtimeLoaded = performance.now();

// The SIMD kernels (wasm/kernels.js) are linked into the engine as it is instantiated.
const engine = BasisKernels.compile('wasm/kernels.wasm').then((kernels) =>
  TeaVM.wasmGC.load('wasm/engine.wasm', { installImports: BasisKernels.installer(kernels) })).then((teavm) => {
  const exports = teavm.exports;
  const wasmLoaded = performance.now();
  const build = exports.engineBuild();
  // Milliseconds since the worker was created, for the load benchmark.
  const timings = { started, runtimeLoaded, wasmLoaded, ready: performance.now() };
  postMessage({ event: 'ready', build, timings });
  return exports;
});
engine.catch((err) => postMessage({ event: 'load-error', message: describe(err) }));

const ops = {
  runCell: (x, msg) => x.runCell(msg.code),
  resetSession: (x) => { x.resetSession(); return null; },
  runProgram: (x, msg) => x.runProgram(msg.code),
  check: (x, msg) => x.check(msg.exercise, msg.code),
  engineBuild: (x) => x.engineBuild(),
  simdKernels: (x) => x.simdKernels(),
};

onmessage = async ({ data }) => {
  const { id, op } = data;
  let exports;
  try {
    exports = await engine;
  } catch (err) {
    postMessage({ id, error: 'The engine could not be loaded: ' + describe(err), fatal: true });
    return;
  }
  const fn = ops[op];
  if (!fn) {
    postMessage({ id, error: 'Unknown engine operation: ' + op, fatal: false });
    return;
  }
  try {
    postMessage({ id, result: fn(exports, data) });
  } catch (err) {
    // A Java exception arrives as an Error carrying the Java message; the instance is still sound.
    // A Wasm trap (RuntimeError) or a blown JS stack (RangeError) may leave it half-way through a
    // call, so the page restarts the worker after those.
    if (err instanceof RangeError && (op === 'runCell' || op === 'runProgram')) {
      // Deep recursion exhausted the worker's stack before the engine's own recursion limit: answer
      // as Python would (what was printed before is lost), then let the page restart us.
      postMessage({ id, result: JSON.stringify(stackExhausted()), restart: true });
      return;
    }
    const fatal = err instanceof WebAssembly.RuntimeError || err instanceof RangeError;
    postMessage({ id, error: describe(err), fatal });
  }
};

function stackExhausted() {
  const message = 'maximum recursion depth exceeded (the browser ran out of stack; '
    + 'the engine was restarted, so earlier cells must be run again)';
  return {
    stdout: '',
    display: null,
    error: { type: 'RecursionError', message, line: 0, traceback: 'RecursionError: ' + message },
  };
}

function describe(err) {
  if (err && typeof err === 'object') {
    const name = err.name && err.name !== 'Error' ? err.name + ': ' : '';
    return name + (err.message || String(err));
  }
  return String(err);
}
