// A notebook cell: an editor, a Run button, and the output of the last run (stdout, then the value
// of a final expression, then the error with its line).

import { CodeEditor } from './editor.js';
import { el } from './ui.js';

let cellCount = 0;

export class Cell {
  /** Set by a Notebook (lesson pages): runs then go through it, in page order. */
  notebook = null;
  /** The notebook generation this cell last ran in (-1: never). */
  generation = -1;

  constructor(engine, code, { runAbove = false } = {}) {
    this.engine = engine;
    this.number = ++cellCount;
    this.editor = new CodeEditor({
      code,
      label: `Code cell ${this.number}`,
      onRun: () => this.run(),
    });
    this.runButton = el('button', { type: 'button', className: 'run', onclick: () => this.run() }, 'Run');
    this.runButton.setAttribute('aria-describedby', `cell-${this.number}-hint`);
    this.state = el('span', { className: 'cell-state' });
    this.output = el('div', { className: 'output', 'aria-live': 'polite', 'aria-label': `Output of cell ${this.number}` });
    this.output.hidden = true;
    this.element = el('section', { className: 'cell', 'aria-label': `Code cell ${this.number}`, 'data-cell': this.number },
      this.editor.element,
      el('div', { className: 'toolbar' },
        this.runButton,
        el('span', { className: 'hint', id: `cell-${this.number}-hint` }, 'Shift+Enter runs the cell'),
        runAbove ? el('button', { type: 'button', className: 'quiet run-above', onclick: () => this.notebook?.runAbove(this) }, 'Run all above') : null,
        this.state),
      this.output);
  }

  /** Runs the cell: through its notebook when it has one (cells above first), else on its own. */
  run() {
    return this.notebook ? this.notebook.run(this) : this.execute();
  }

  setState(text) {
    this.state.textContent = text;
    this.element.classList.toggle('waiting', text !== '' && !this.element.classList.contains('running'));
  }

  /** A cell above failed while being run for this one. */
  blocked(above) {
    this.setState('');
    this.output.replaceChildren(el('p', { className: 'failure', role: 'alert' },
      `Cell ${above.number} above failed, so this cell did not run. Fix it, then run this one again.`));
    this.output.hidden = false;
  }

  /** The engine was restarted: this cell's output is from a namespace that is gone. */
  markStale() {
    this.generation = -1;
    if (!this.output.hidden) this.element.classList.add('stale');
  }

  async execute() {
    const code = this.editor.value;
    this.element.classList.add('running');
    this.state.textContent = 'Running…';
    this.editor.markLine(0);
    let result;
    try {
      result = await this.engine.runCell(code);
    } catch (err) {
      result = { stdout: '', display: null, error: null, failure: err.message };
    }
    this.element.classList.remove('running', 'waiting', 'stale');
    this.state.textContent = '';
    if (this.notebook && !result.failure) this.generation = this.notebook.generation;
    this.show(result);
    return result;
  }

  show(result) {
    const parts = [];
    if (result.stdout) parts.push(el('pre', { className: 'stdout' }, result.stdout));
    if (result.display !== null && result.display !== undefined) parts.push(el('pre', { className: 'display' }, result.display));
    for (const svg of result.plots || []) parts.push(plotFigure(svg));
    if (result.error) {
      parts.push(errorBlock(result.error));
      this.editor.markLine(result.error.line || 0);
    }
    if (result.failure) parts.push(el('p', { className: 'failure', role: 'alert' }, result.failure));
    this.output.replaceChildren(...parts);
    this.output.hidden = parts.length === 0;
  }
}

/**
 * A figure drawn by matplotlib.pyplot: the engine's SVG (built by PlotSvg, text escaped there),
 * parsed as SVG so no HTML in it could ever run.
 */
export function plotFigure(svg) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const figure = el('figure', { className: 'plot' });
  if (root.nodeName !== 'svg' || root.querySelector('script, foreignObject')) return figure;
  figure.append(document.importNode(root, true));
  return figure;
}

/** A Python error: "ValueError on line 3", then its traceback. */
export function errorBlock(error) {
  const where = error.line ? ` on line ${error.line}` : '';
  return el('div', { className: 'error' },
    el('p', { className: 'error-head' }, el('strong', {}, error.type), where),
    el('pre', { className: 'traceback' }, error.traceback || (error.message ? `${error.type}: ${error.message}` : error.type)));
}
