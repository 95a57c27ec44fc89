// An exercise panel: the prompt, an editor (kept in localStorage as you type), Check (the public
// tests, run in the browser's engine), Submit (graded by the server, shown beside the browser's
// result; to the page's course or as self-study under a display name, see js/target.js) and the
// list of attempts (the server's, or offline the copy kept in this browser, plus queued ones).

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
  /**
   * @param exercise the public exercise JSON from api/exercises/{id}
   * @param target where Submit goes (js/target.js): self-study, a course, or nowhere (exported site)
   */
  constructor(engine, exercise, target) {
    this.engine = engine;
    this.exercise = exercise;
    this.target = target;
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
    this.nameLabel = el('label', { htmlFor: nameId }, 'Display name');
    this.nameInput = el('input', { type: 'text', id: nameId, className: 'name', autocomplete: 'nickname', value: savedName(), maxlength: '80' });
    this.nameInput.addEventListener('change', () => this.#nameChanged());
    this.nameNote = el('span', { className: 'name-note', 'aria-live': 'polite' });
    this.targetNote = el('span', { className: 'target-note' });
    this.deadline = el('p', { className: 'deadline' });
    this.submitRow = el('div', { className: 'toolbar submit-row' },
      this.nameLabel, this.nameInput, this.targetNote, this.submitButton, this.nameNote);
    this.staticNote = el('p', { className: 'static-note' },
      'Check runs in your browser; this copy of the course has no server, so there is no Submit here.');

    this.browserResult = el('div', { className: 'result browser-result', 'aria-live': 'polite' },
      el('h4', {}, 'Check in your browser'), el('p', { className: 'placeholder' }, 'Not checked yet.'));
    this.serverResult = el('div', { className: 'result server-result', 'aria-live': 'polite' },
      el('h4', {}, 'Graded by the server'), el('p', { className: 'placeholder' }, 'Not submitted yet.'));
    this.agreement = el('p', { className: 'agreement', 'aria-live': 'polite' });
    this.agreement.hidden = true;
    this.attemptsHeading = el('h3', {}, 'Your attempts');
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
      this.deadline,
      this.submitRow,
      this.staticNote,
      el('div', { className: 'results' }, this.browserResult, this.serverResult),
      this.agreement,
      this.attemptsHeading,
      this.attempts);

    this.#showTarget();
    target.addEventListener('change', () => {
      this.#showTarget();
      this.loadAttempts();
    });
    if (target.mode === 'static') return;
    this.loadAttempts();
    outbox.addEventListener('change', () => this.loadAttempts());
    outbox.addEventListener('sent', ({ detail }) => {
      if (!this.target.owns(detail.item, this.exercise.id, detail.item.name)) return;
      this.serverResult.classList.remove('queued');
      this.#renderSubmission(detail.submission, `queued ${when(detail.item.queued_at)}, sent ${when(detail.submission.created_at)}`);
      this.loadAttempts();
    });
    for (const type of ['waiting', 'refused']) {
      outbox.addEventListener(type, ({ detail }) => {
        if (!this.target.owns(detail.item, this.exercise.id, detail.item.name)) return;
        this.#failure(this.serverResult, detail.message);
      });
    }
  }

  /** Shows what this page's target allows: the name (self-study), the course line, or no Submit at all. */
  #showTarget() {
    const t = this.target;
    const isStatic = t.mode === 'static';
    this.staticNote.hidden = !isStatic;
    for (const part of [this.submitRow, this.serverResult, this.attemptsHeading, this.attempts]) part.hidden = isStatic;
    if (isStatic) this.agreement.hidden = true;
    const course = t.mode === 'course';
    this.nameLabel.hidden = course;
    this.nameInput.hidden = course;
    this.targetNote.textContent = course ? t.describe() : '';
    this.targetNote.hidden = !course;
    const s = course ? t.settings(this.exercise.id) : null;
    const lines = [];
    if (s?.due_at) {
      const passed = new Date(s.due_at).getTime() < Date.now();
      lines.push(passed ? `The deadline, ${when(s.due_at)}, has passed: new attempts are marked late.` : `Due ${when(s.due_at)}.`);
    }
    if (s?.max_attempts) lines.push(`At most ${s.max_attempts} official attempt${s.max_attempts === 1 ? '' : 's'}${s.attempt_window_s ? ` per ${duration(s.attempt_window_s)}` : ''}; Check is unlimited.`);
    this.deadline.textContent = lines.join(' ');
    this.deadline.hidden = lines.length === 0;
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
    const t = this.target;
    if (t.mode === 'static') return;
    let name = '';
    if (t.mode === 'anonymous') {
      name = this.nameInput.value.trim();
      if (!name) {
        this.nameNote.textContent = 'Enter a display name to submit; it is remembered in this browser.';
        this.nameInput.focus();
        return;
      }
      this.#rememberName(name);
    }
    this.nameNote.textContent = '';
    const code = this.editor.value;
    this.submitButton.disabled = true;
    this.agreement.hidden = true;
    this.serverResult.classList.remove('queued');
    try {
      // The browser's verdict on exactly this code, to set beside the server's.
      const browser = this.lastCheck && this.lastCheck.code === code ? this.lastCheck.result : await this.check();
      this.#busy(this.serverResult, t.mode === 'course' ? `Submitting to ${t.course.title}…` : 'Submitting…');
      const submission = await t.submit(this.exercise.id, code, name);
      this.#renderSubmission(submission, when(submission.created_at));
      if (submission.result) this.#showAgreement(browser, submission.result);
      await this.loadAttempts();
    } catch (err) {
      if (err.status === 0) {
        // The server cannot be reached (offline): keep the submission and send it later.
        outbox.add(t.queueItem(this.exercise.id, code, name));
        this.#busy(this.serverResult, 'Queued: you are offline. It will be sent and graded when the server can be reached.');
        this.serverResult.classList.add('queued');
        return;
      }
      this.#refused(err);
    } finally {
      this.submitButton.disabled = false;
    }
  }

  /** Says why the server refused a submission, and what to do; the code stays in the editor. */
  #refused(err) {
    const kept = ' Your code is kept in the editor (and in this browser).';
    if (err.status === 401) {
      this.serverResult.replaceChildren(this.serverResult.firstElementChild,
        el('p', { className: 'failure', role: 'alert' }, 'Your session has expired, so the submission was not sent.', kept, ' ',
          el('a', { href: this.target.signInUrl() }, 'Sign in again'), ', then Submit.'));
      this.serverResult.classList.remove('busy');
      return;
    }
    if (err.status === 403) {
      this.#failure(this.serverResult, `The server refused the submission: ${err.detail}.${kept}`);
      return;
    }
    if (err.status === 429) {
      const seconds = Number(err.retryAfter);
      const at = Number.isFinite(seconds) && seconds > 0
        ? ` You can try again in ${duration(seconds)} (at ${new Date(Date.now() + seconds * 1000).toLocaleTimeString()}).` : ' Try again later.';
      this.#failure(this.serverResult, `Not accepted now: ${err.detail}.${at}${kept}`);
      return;
    }
    this.#failure(this.serverResult, `The submission failed: ${err.message}.${kept}`);
  }

  #renderSubmission(submission, note) {
    const extra = [`Submission ${submission.id}`, note, submission.late ? 'late (after the deadline)' : null].filter(Boolean).join(', ');
    if (submission.result) renderResult(this.serverResult, submission.result, extra);
    else this.#failure(this.serverResult, `${extra}: ${submission.error || submission.status}`);
    if (submission.late) this.serverResult.classList.add('late');
    else this.serverResult.classList.remove('late');
  }

  async loadAttempts() {
    const t = this.target;
    if (t.mode === 'static') return;
    const course = t.mode === 'course';
    const name = course ? '' : this.nameInput.value.trim();
    if (!course && !name) {
      this.attempts.replaceChildren(el('p', { className: 'placeholder' }, 'Enter a display name to see your attempts.'));
      return;
    }
    const queued = outbox.items().filter((q) => t.owns(q, this.exercise.id, name))
      .reverse().map((q) => ({ id: `queued-${q.key}`, created_at: q.queued_at, queued: true, status: 'queued — will be sent when the server is reachable' }));
    const run = (this.attemptsRun = (this.attemptsRun || 0) + 1);
    let list, savedAt = null, problem = null;
    try {
      ({ list, savedAt } = await t.attempts(this.exercise.id, name));
    } catch (err) {
      list = [];
      problem = `Attempts could not be loaded: ${err.message}`;
    }
    if (run !== this.attemptsRun) return; // a newer load is under way
    const who = course ? `you in ${t.course.title}` : name;
    const notes = [];
    if (problem) notes.push(el('p', { className: 'failure' }, problem));
    if (savedAt) notes.push(el('p', { className: 'saved-copy' }, `The server cannot be reached: attempts as saved in this browser on ${when(savedAt)}.`));
    list = [...queued, ...list];
    if (!list.length) {
      this.attempts.replaceChildren(...notes, problem ? '' : el('p', { className: 'placeholder' }, `No attempts by ${who} yet.`));
      return;
    }
    const rows = list.map((s) => el('tr', { 'data-submission': s.id, className: s.queued ? 'queued' : null },
      el('td', {}, when(s.created_at)),
      el('td', { className: 'num' }, s.queued ? '–' : scoreText(s)),
      el('td', {}, s.status || ''),
      course ? el('td', { className: 'notes' }, ...attemptNotes(s)) : null));
    this.attempts.replaceChildren(...notes, el('table', {},
      el('caption', { className: 'visually-hidden' }, `Attempts by ${who}, newest first`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'When'), el('th', { scope: 'col' }, 'Score'), el('th', { scope: 'col' }, 'Status'),
        course ? el('th', { scope: 'col' }, 'Notes') : null)),
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

/** "1.5 / 2", or with an instructor's manual score "0.5 / 2 (graded 1.5)". */
function scoreText(s) {
  if (s.score === null || s.score === undefined) return '–';
  if (s.override_score !== null && s.override_score !== undefined) {
    return `${points(s.override_score)} / ${points(s.max_score)} (graded ${points(s.score)})`;
  }
  return `${points(s.score)} / ${points(s.max_score)}`;
}

/** A course attempt's late flag and the instructor's comment, as text. */
function attemptNotes(s) {
  const notes = [];
  if (s.late) notes.push(el('span', { className: 'late-flag' }, 'late'));
  if (s.override_score !== null && s.override_score !== undefined) notes.push(el('span', {}, 'manual score'));
  if (s.override_comment) notes.push(el('span', { className: 'comment' }, `Instructor: ${s.override_comment}`));
  return notes.flatMap((n, i) => (i ? [' · ', n] : [n]));
}

/** 45 -> "45 s", 90 -> "2 min", 3600 -> "1 h", 3590 -> "60 min", 7300 -> "2 h". */
function duration(seconds) {
  const s = Math.ceil(Number(seconds));
  if (s < 120) return `${s} s`;
  if (s % 3600 === 0 && s < 172800) return `${s / 3600} h`;
  if (s < 7200) return `${Math.ceil(s / 60)} min`;
  if (s < 172800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}
