// The page's side of the engine: one classic Web Worker (worker.js) running the Wasm build.
// Calls are promises; the page never blocks. stop() terminates the worker (the only way to end a
// runaway computation in the browser) and starts a fresh one, which forgets the notebook's variables.

const WORKER_URL = new URL('../worker.js', import.meta.url);

/** A call that did not finish because the engine was stopped or restarted. */
export class EngineStopped extends Error {
  constructor(message) {
    super(message);
    this.name = 'EngineStopped';
  }
}

/** The engine itself failed (not the student's code: that comes back as a normal result). */
export class EngineFailure extends Error {
  constructor(message) {
    super(message);
    this.name = 'EngineFailure';
  }
}

/**
 * Events (EventTarget): 'state' whenever {@link Engine#state} changes (loading, ready, running,
 * failed), 'restart' after the worker was replaced (the notebook namespace is gone).
 */
export class Engine extends EventTarget {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #loaded = false;
  state = 'loading';
  build = null;
  failure = null;

  constructor() {
    super();
    this.#start();
  }

  /** Runs a notebook cell in the shared namespace. Resolves to the RunResult object. */
  async runCell(code) {
    return JSON.parse(await this.call('runCell', { code }));
  }

  /** Runs a whole program in a fresh namespace, as `python3 main.py` would. */
  async runProgram(code) {
    return JSON.parse(await this.call('runProgram', { code }));
  }

  /** Runs an exercise's public tests in the browser. Resolves to the GradeResult object. */
  async check(exercise, code) {
    return JSON.parse(await this.call('check', { exercise: JSON.stringify(exercise), code }));
  }

  resetSession() {
    return this.call('resetSession');
  }

  /** Sends one message; resolves to the export's raw return value (a JSON string for most ops). */
  call(op, args = {}) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...args, id, op });
      this.#refresh();
    });
  }

  get busy() {
    return this.#pending.size > 0;
  }

  /** Ends whatever is running (and everything queued), and starts a fresh engine. */
  stop() {
    this.#restart(new EngineStopped('Stopped. The engine was restarted, so earlier cells must be run again.'));
  }

  #start() {
    // A page may start the worker from an inline script before its modules load (lesson.html):
    // adopt it once, with the messages it sent meanwhile.
    const early = window.basisEarlyWorker;
    window.basisEarlyWorker = null;
    const worker = early?.worker || new Worker(WORKER_URL);
    this.#worker = worker;
    this.#loaded = false;
    this.build = null;
    this.failure = null;
    worker.onmessage = (e) => {
      if (worker === this.#worker) this.#receive(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (worker !== this.#worker) return;
      this.#fail('The engine could not start: ' + (e.message || 'the worker script failed'));
    };
    for (const data of early?.messages || []) this.#receive(data);
    if (early?.error) this.#fail('The engine could not start: ' + early.error);
    this.#refresh();
  }

  #restart(reason) {
    this.#worker.terminate();
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#start();
    for (const p of pending) p.reject(reason);
    this.dispatchEvent(new Event('restart'));
  }

  #receive(msg) {
    if (msg.event === 'ready') {
      this.#loaded = true;
      this.build = msg.build;
      this.loadTimings = msg.timings; // worker-side milliseconds (see worker.js), for the benchmark
      this.#refresh();
      return;
    }
    if (msg.event === 'load-error') {
      this.#fail('The engine could not be loaded: ' + msg.message);
      return;
    }
    const call = this.#pending.get(msg.id);
    if (!call) return;
    this.#pending.delete(msg.id);
    if (!('error' in msg)) {
      call.resolve(msg.result);
      if (msg.restart) this.#restart(new EngineStopped('The engine ran out of stack and was restarted; earlier cells must be run again.'));
      else this.#refresh();
    } else if (msg.fatal) {
      call.reject(new EngineFailure(msg.error));
      this.#restart(new EngineStopped('The engine crashed and was restarted; earlier cells must be run again.'));
    } else {
      call.reject(new EngineFailure(msg.error));
      this.#refresh();
    }
  }

  #fail(message) {
    this.failure = message;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new EngineFailure(message));
    this.#setState('failed');
  }

  #refresh() {
    if (this.failure) return this.#setState('failed');
    if (!this.#loaded) return this.#setState('loading');
    this.#setState(this.#pending.size > 0 ? 'running' : 'ready');
  }

  #setState(state) {
    if (state === this.state) return;
    this.state = state;
    this.dispatchEvent(new Event('state'));
  }
}
