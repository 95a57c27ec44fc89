// An exercise panel: the prompt, an editor (kept in localStorage as you type), Check (the public
// tests, run in the browser's engine), Submit (graded by the server, shown beside the browser's
// result) and the list of this name's attempts.

import { CodeEditor } from './editor.js';
import { errorBlock } from './cell.js';
import { typeset } from './math.js';
import { outbox } from './outbox.js';
import { api, domId, el, points } from './ui.js';

const NAME_KEY = 'basis:name';
const codeKey = (id) => `basis:code:${id}`;

export function savedName() {
  return localStorage.getItem(NAME_KEY) || '';
}

export class ExercisePanel {
  /** @param exercise the public exercise JSON from /api/exercises/{id} */
  constructor(engine, exercise) {
    this.engine = engine;
    this.exercise = exercise;
    this.lastCheck = null; // {code, result}
    const id = exercise.id;
    const headingId = domId('exercise-title', id);
    const nameId = domId('name', id);

    const saved = localStorage.getItem(codeKey(id));
    this.editor = new CodeEditor({
      code: saved ?? exercise.starter,
      label: `Your solution to ${exercise.info.title}`,
      onRun: () => this.check(),
      onChange: (code) => {
        localStorage.setItem(codeKey(id), code);
        this.savedNote.textContent = 'Saved in this browser';
      },
    });
    this.savedNote = el('span', { className: 'saved-note', 'aria-live': 'polite' }, saved === null ? '' : 'Restored from this browser');

    this.checkButton = el('button', { type: 'button', className: 'check', onclick: () => this.check() }, 'Check');
    this.submitButton = el('button', { type: 'button', className: 'submit primary', onclick: () => this.submit() }, 'Submit');
    this.resetButton = el('button', { type: 'button', className: 'reset quiet', onclick: () => this.resetToStarter() }, 'Reset to starter');
    this.nameInput = el('input', { type: 'text', id: nameId, className: 'name', autocomplete: 'nickname', value: savedName(), maxlength: '80' });
    this.nameInput.addEventListener('change', () => this.#nameChanged());
    this.nameNote = el('span', { className: 'name-note', 'aria-live': 'polite' });

    this.browserResult = el('div', { className: 'result browser-result', 'aria-live': 'polite' },
      el('h4', {}, 'Check in your browser'), el('p', { className: 'placeholder' }, 'Not checked yet.'));
    this.serverResult = el('div', { className: 'result server-result', 'aria-live': 'polite' },
      el('h4', {}, 'Graded by the server'), el('p', { className: 'placeholder' }, 'Not submitted yet.'));
    this.agreement = el('p', { className: 'agreement', 'aria-live': 'polite' });
    this.agreement.hidden = true;
    this.attempts = el('div', { className: 'attempts' });

    const prompt = el('div', { className: 'prompt' });
    prompt.innerHTML = exercise.prompt_html || '';
    typeset(prompt).catch((err) => console.warn('math not typeset', err));

    this.element = el('section', { className: 'exercise', id: domId('exercise', id), 'aria-labelledby': headingId, 'data-exercise': id },
      el('h2', { id: headingId }, el('span', { className: 'kicker' }, 'Exercise'), ' ', exercise.info.title),
      prompt,
      this.editor.element,
      el('div', { className: 'toolbar' },
        this.checkButton,
        el('span', { className: 'hint' }, 'Shift+Enter checks'),
        this.resetButton,
        this.savedNote),
      el('div', { className: 'toolbar submit-row' },
        el('label', { htmlFor: nameId }, 'Display name'),
        this.nameInput,
        this.submitButton,
        this.nameNote),
      el('div', { className: 'results' }, this.browserResult, this.serverResult),
      this.agreement,
      el('h3', {}, 'Your attempts'),
      this.attempts);

    this.loadAttempts();
    outbox.addEventListener('change', () => this.loadAttempts());
    outbox.addEventListener('sent', ({ detail }) => {
      if (detail.item.exercise !== this.exercise.id) return;
      renderResult(this.serverResult, detail.submission.result,
        `Submission ${detail.submission.id} (queued ${when(detail.item.queued_at)}, sent ${when(detail.submission.created_at)})`);
      this.loadAttempts();
    });
  }

  /** Runs the public tests in the browser. Resolves to the GradeResult (or null if the engine failed). */
  async check() {
    const code = this.editor.value;
    this.checkButton.disabled = true;
    this.#busy(this.browserResult, 'Checking…');
    let result = null;
    try {
      result = await this.engine.check(publicPart(this.exercise), code);
      this.lastCheck = { code, result };
      renderResult(this.browserResult, result);
    } catch (err) {
      this.lastCheck = null;
      this.#failure(this.browserResult, err.message);
    } finally {
      this.checkButton.disabled = false;
    }
    return result;
  }

  async submit() {
    const name = this.nameInput.value.trim();
    if (!name) {
      this.nameNote.textContent = 'Enter a display name to submit; it is remembered in this browser.';
      this.nameInput.focus();
      return;
    }
    this.nameNote.textContent = '';
    this.#rememberName(name);
    const code = this.editor.value;
    this.submitButton.disabled = true;
    this.agreement.hidden = true;
    try {
      // The browser's verdict on exactly this code, to set beside the server's.
      const browser = this.lastCheck && this.lastCheck.code === code ? this.lastCheck.result : await this.check();
      this.#busy(this.serverResult, 'Submitting…');
      const submission = await api('/api/submissions', { exercise: this.exercise.id, name, code });
      renderResult(this.serverResult, submission.result, `Submission ${submission.id}, ${when(submission.created_at)}`);
      this.#showAgreement(browser, submission.result);
      await this.loadAttempts();
    } catch (err) {
      if (err.status === 0) {
        // The server cannot be reached (offline): keep the submission and send it later.
        outbox.add({ exercise: this.exercise.id, name, code });
        this.#busy(this.serverResult, 'Queued: you are offline. It will be sent and graded when the server can be reached.');
        this.serverResult.classList.add('queued');
        return;
      }
      const retry = err.status === 429 && err.retryAfter ? ` Try again in ${err.retryAfter} s.` : '';
      this.#failure(this.serverResult, `The submission failed: ${err.message}.${retry}`);
    } finally {
      this.submitButton.disabled = false;
    }
  }

  async loadAttempts() {
    const name = this.nameInput.value.trim();
    if (!name) {
      this.attempts.replaceChildren(el('p', { className: 'placeholder' }, 'Enter a display name to see your attempts.'));
      return;
    }
    const queued = outbox.items().filter((q) => q.exercise === this.exercise.id && q.name === name)
      .reverse().map((q) => ({ id: `queued-${q.key}`, created_at: q.queued_at, queued: true, status: 'queued (offline)' }));
    let list;
    try {
      const query = new URLSearchParams({ name, exercise: this.exercise.id });
      list = await api(`/api/submissions?${query}`);
    } catch (err) {
      if (!queued.length) {
        this.attempts.replaceChildren(el('p', { className: 'failure' }, `Attempts could not be loaded: ${err.message}`));
        return;
      }
      list = [];
    }
    list = [...queued, ...list];
    if (!list.length) {
      this.attempts.replaceChildren(el('p', { className: 'placeholder' }, `No attempts by ${name} yet.`));
      return;
    }
    const rows = list.map((s) => el('tr', { 'data-submission': s.id, className: s.queued ? 'queued' : null },
      el('td', {}, when(s.created_at)),
      el('td', { className: 'num' }, s.queued ? '–' : `${points(s.score)} / ${points(s.max_score)}`),
      el('td', {}, s.status || '')));
    this.attempts.replaceChildren(el('table', {},
      el('caption', { className: 'visually-hidden' }, `Attempts by ${name}, newest first`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'Score'), el('th', { scope: 'col' }, 'Status'))),
      el('tbody', {}, ...rows)));
  }

  resetToStarter() {
    if (this.editor.value !== this.exercise.starter && !confirm('Replace your code with the starter code?')) return;
    this.editor.value = this.exercise.starter;
    localStorage.removeItem(codeKey(this.exercise.id));
    this.savedNote.textContent = 'Starter code restored';
  }

  /** Other panels on the page share the name. */
  setName(name) {
    if (this.nameInput.value.trim() === name) return;
    this.nameInput.value = name;
    this.loadAttempts();
  }

  #nameChanged() {
    this.#rememberName(this.nameInput.value.trim());
    this.loadAttempts();
  }

  #rememberName(name) {
    if (name) localStorage.setItem(NAME_KEY, name);
    this.element.dispatchEvent(new CustomEvent('basis:name', { bubbles: true, detail: name }));
  }

  #showAgreement(browser, server) {
    const verdict = agreement(browser, server);
    this.agreement.hidden = false;
    this.agreement.className = 'agreement ' + (verdict.agree ? 'agree' : 'disagree');
    this.agreement.textContent = verdict.text;
  }

  #busy(box, text) {
    box.replaceChildren(box.firstElementChild, el('p', { className: 'placeholder' }, text));
    box.classList.add('busy');
  }

  #failure(box, text) {
    box.replaceChildren(box.firstElementChild, el('p', { className: 'failure', role: 'alert' }, text));
    box.classList.remove('busy');
  }
}

/** What the browser's grader reads: the public exercise without the rendered prompt. */
function publicPart(ex) {
  return { id: ex.id, info: ex.info, prompt: ex.prompt, starter: ex.starter, tests: ex.tests };
}

/** Shows a GradeResult in a result box (keeping its heading). */
function renderResult(box, result, note) {
  const full = result.max_score > 0 && result.score === result.max_score;
  const items = result.tests.map((t) => el('li', { className: t.passed ? 'pass' : 'fail' },
    el('span', { className: 'mark', 'aria-hidden': 'true' }, t.passed ? '✓' : '✗'),
    el('span', { className: 'visually-hidden' }, t.passed ? 'Passed: ' : 'Failed: '),
    el('span', { className: 'test-name' }, t.name + (t.hidden ? ' (hidden test)' : '')),
    el('span', { className: 'points' }, `${points(t.points)} / ${points(t.max_points)}`),
    t.message ? el('div', { className: 'message' }, t.message) : null));
  const parts = [
    box.firstElementChild,
    el('p', { className: 'score' + (full ? ' full' : '') }, 'Score ', el('strong', { className: 'score-value' }, `${points(result.score)} / ${points(result.max_score)}`)),
    result.error ? el('p', { className: 'grade-error' }, result.error) : null,
    items.length ? el('ul', { className: 'tests' }, ...items) : null,
    el('p', { className: 'meta' }, [note, `engine ${result.engine_build}`, `seed ${result.seed}`].filter(Boolean).join(' · ')),
  ];
  box.replaceChildren(...parts.filter(Boolean));
  box.classList.remove('busy');
}

/**
 * Do the browser's check and the server's grade agree? They must on every public test (same
 * code, same seed, same engine build); the server may add hidden tests the browser never sees.
 */
export function agreement(browser, server) {
  if (!browser) return { agree: false, text: 'The browser could not check this code, so there is nothing to compare.' };
  const publicTests = server.tests.filter((t) => !t.hidden);
  const hidden = server.tests.filter((t) => t.hidden);
  const differences = [];
  if (browser.engine_build !== server.engine_build) differences.push(`engine builds differ (browser ${browser.engine_build}, server ${server.engine_build})`);
  if ((browser.error || null) !== (server.error || null)) differences.push('the error differs');
  for (const b of browser.tests) {
    const s = publicTests.find((t) => t.name === b.name);
    if (!s) differences.push(`the server did not run “${b.name}”`);
    else if (s.passed !== b.passed || s.points !== b.points) differences.push(`“${b.name}” ${b.passed ? 'passed' : 'failed'} here but ${s.passed ? 'passed' : 'failed'} on the server`);
  }
  for (const s of publicTests) {
    if (!browser.tests.some((b) => b.name === s.name)) differences.push(`the browser did not run “${s.name}”`);
  }
  const both = `browser ${points(browser.score)} / ${points(browser.max_score)}, server ${points(server.score)} / ${points(server.max_score)}`;
  if (differences.length) return { agree: false, text: `The server and your browser disagree (${both}): ${differences.join('; ')}.` };
  const extra = hidden.length ? ` The server also ran ${hidden.length} hidden test${hidden.length === 1 ? '' : 's'}.` : '';
  return { agree: true, text: `The server agrees with your browser (${both}).${extra}` };
}

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}
