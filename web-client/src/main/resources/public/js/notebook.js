// A lesson's cells as a notebook: one namespace shared in page order. Running a cell first runs
// the cells above it that have not run since the engine (re)started, so a student may start
// anywhere; "Run all above" reruns them all; Restart forgets every variable. Runs are queued, one
// at a time, in the order asked.

export class Notebook {
  cells = [];
  /** Bumped on every restart: a cell has run "in this session" when its generation matches. */
  generation = 0;
  #queue = Promise.resolve();

  constructor(engine) {
    this.engine = engine;
    engine.addEventListener('restart', () => this.#invalidate());
  }

  add(cell) {
    this.cells.push(cell);
    cell.notebook = this;
  }

  /** Runs the cell, after the cells above it that this session has not run. */
  run(cell) {
    return this.#enqueue(cell, async () => {
      const index = this.cells.indexOf(cell);
      const stale = this.cells.slice(0, index).filter((c) => c.generation !== this.generation);
      if (!(await this.#runAll(stale, cell))) return null;
      return cell.execute();
    });
  }

  /** Runs every cell above this one again, in order (not the cell itself). */
  runAbove(cell) {
    return this.#enqueue(cell, async () => {
      await this.#runAll(this.cells.slice(0, this.cells.indexOf(cell)), cell);
      cell.setState('');
    });
  }

  /** Forgets every variable: a fresh namespace, every cell to be run again. */
  async restart() {
    await this.engine.resetSession();
    this.#invalidate();
  }

  #enqueue(cell, job) {
    cell.setState('Waiting…');
    const next = this.#queue.then(job, job);
    this.#queue = next.catch(() => {});
    return next;
  }

  /** Runs cells in order for the sake of target; false (and a note on target) if one fails. */
  async #runAll(cells, target) {
    for (const c of cells) {
      target.setState(`Running cell ${c.number} first…`);
      const result = await c.execute();
      if (result.error || result.failure) {
        target.blocked(c);
        return false;
      }
    }
    return true;
  }

  #invalidate() {
    this.generation++;
    for (const c of this.cells) c.markStale();
  }
}
