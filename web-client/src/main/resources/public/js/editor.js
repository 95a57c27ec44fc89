// A plain code editor: a monospaced <textarea> with line numbers and Python-friendly keys.
//   Tab / Shift+Tab   indent / dedent the line or the selected lines (4 spaces)
//   Enter             keeps the indentation, one level deeper after a line ending in ':'
//   Escape, then Tab  moves the focus on (so Tab never traps a keyboard user)
//   Shift+Enter or Ctrl+Enter   calls onRun
// A real editor replaces this later; callers use only the element, value, onRun and markLine.

const INDENT = '    ';

export class CodeEditor {
  /**
   * @param {object} options
   * @param {string} options.code    initial text
   * @param {string} options.label   accessible name of the text area
   * @param {() => void} [options.onRun]
   * @param {(code: string) => void} [options.onChange]
   */
  constructor({ code, label, onRun, onChange }) {
    this.onRun = onRun;
    this.onChange = onChange;
    this.element = document.createElement('div');
    this.element.className = 'editor';
    this.gutter = document.createElement('div');
    this.gutter.className = 'gutter';
    this.gutter.setAttribute('aria-hidden', 'true');
    this.textarea = document.createElement('textarea');
    this.textarea.className = 'code';
    this.textarea.value = code;
    this.textarea.spellcheck = false;
    this.textarea.setAttribute('autocapitalize', 'off');
    this.textarea.setAttribute('autocomplete', 'off');
    this.textarea.setAttribute('autocorrect', 'off');
    this.textarea.setAttribute('wrap', 'off');
    this.textarea.setAttribute('aria-label', label);
    this.element.append(this.gutter, this.textarea);
    this.tabMovesFocus = false;
    this.markedLine = 0;
    this.textarea.addEventListener('keydown', (e) => this.#onKey(e));
    this.textarea.addEventListener('input', () => {
      this.markLine(0);
      this.#layout();
      this.onChange?.(this.value);
    });
    this.textarea.addEventListener('scroll', () => {
      this.gutter.scrollTop = this.textarea.scrollTop;
    });
    this.textarea.addEventListener('blur', () => {
      this.tabMovesFocus = false;
    });
    this.#layout();
  }

  get value() {
    return this.textarea.value;
  }

  set value(code) {
    this.textarea.value = code;
    this.markLine(0);
    this.#layout();
  }

  focus() {
    this.textarea.focus();
  }

  /** Highlights one line number (an error's line); 0 clears. */
  markLine(line) {
    this.markedLine = line;
    for (const [i, span] of [...this.gutter.children].entries()) span.classList.toggle('marked', i + 1 === line);
  }

  #layout() {
    const lines = this.textarea.value.split('\n').length;
    if (this.gutter.childElementCount !== lines) {
      const spans = [];
      for (let i = 1; i <= lines; i++) {
        const span = document.createElement('span');
        span.textContent = String(i);
        if (i === this.markedLine) span.className = 'marked';
        spans.push(span);
      }
      this.gutter.replaceChildren(...spans);
    }
    this.textarea.rows = Math.min(Math.max(lines, 2), 30);
  }

  #onKey(e) {
    const ta = this.textarea;
    if (e.key === 'Escape') {
      this.tabMovesFocus = true;
      return;
    }
    if (e.key === 'Enter' && (e.shiftKey || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.onRun?.();
      return;
    }
    if (e.key === 'Tab' && !this.tabMovesFocus && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (e.shiftKey) this.#dedent();
      else this.#indent();
      return;
    }
    if (e.key !== 'Tab') this.tabMovesFocus = false;
    if (e.key === 'Enter' && !e.altKey && ta.selectionStart === ta.selectionEnd) {
      const before = ta.value.slice(0, ta.selectionStart);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      let indent = line.match(/^ */)[0];
      if (/:\s*(#.*)?$/.test(line)) indent += INDENT;
      e.preventDefault();
      this.#insert('\n' + indent);
    }
  }

  #indent() {
    const ta = this.textarea;
    const { selectionStart: start, selectionEnd: end } = ta;
    if (start === end || !ta.value.slice(start, end).includes('\n')) {
      const col = start - (ta.value.lastIndexOf('\n', start - 1) + 1);
      this.#insert(' '.repeat(INDENT.length - (col % INDENT.length)));
      return;
    }
    this.#editLines((line) => INDENT + line);
  }

  #dedent() {
    this.#editLines((line) => line.replace(/^ {1,4}/, ''));
  }

  /** Rewrites every line the selection touches, keeping them selected. */
  #editLines(edit) {
    const ta = this.textarea;
    const from = ta.value.lastIndexOf('\n', ta.selectionStart - 1) + 1;
    let to = ta.value.indexOf('\n', Math.max(ta.selectionEnd - 1, from));
    if (to < 0) to = ta.value.length;
    const edited = ta.value.slice(from, to).split('\n').map(edit).join('\n');
    ta.setSelectionRange(from, to);
    this.#insert(edited);
    ta.setSelectionRange(from, from + edited.length);
  }

  /** Replaces the selection, keeping the browser's undo history where it can. */
  #insert(text) {
    const ta = this.textarea;
    ta.focus();
    if (!document.execCommand('insertText', false, text)) {
      ta.setRangeText(text, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input'));
    }
  }
}
