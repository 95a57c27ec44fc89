// The code editor: CodeMirror 6 (bundled from npm into vendor/codemirror.js) with Python
// highlighting, line numbers, undo history and Python-friendly keys.
//   Tab / Shift+Tab   indent / dedent the line or the selected lines (4 spaces)
//   Enter             keeps the indentation, one level deeper after a line ending in ':'
//   Escape, then Tab  moves the focus on (so Tab never traps a keyboard user; CodeMirror's rule)
//   Shift+Enter, Ctrl+Enter or Cmd+Enter   calls onRun
// Callers use only element, value, focus, onRun, onChange and markLine. The element also carries
// the editor as element.basisEditor (the browser tests read and set code through it).

import {
  EditorState, EditorView, StateEffect, StateField, RangeSet, Decoration, GutterMarker, gutterLineClass,
  keymap, lineNumbers, highlightActiveLine, drawSelection, defaultKeymap, history, historyKeymap,
  indentWithTab, syntaxHighlighting, HighlightStyle, indentUnit, bracketMatching, python, tags,
} from '../vendor/codemirror.js';

/** Colours come from the page's CSS variables, so the editor follows the light and dark themes. */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--syn-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syn-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syn-number)' },
  { tag: tags.comment, color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName))], color: 'var(--syn-function)' },
  { tag: [tags.className, tags.definition(tags.className)], color: 'var(--syn-function)', fontWeight: '600' },
  { tag: tags.self, color: 'var(--syn-keyword)' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--code-bg)', color: 'var(--fg)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--fg)', padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', borderRight: '1px solid var(--line)', fontFamily: 'var(--mono)' },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '&.cm-focused .cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-error-line': { backgroundColor: 'var(--bad-bg)' },
  '.cm-gutterElement.cm-error-line': { color: 'var(--bad)', fontWeight: '700' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { maxHeight: '32rem', overflow: 'auto' },
});

/** The line an error points at (0: none), as a line decoration and a gutter class. */
const setErrorLine = StateEffect.define();
const errorLine = StateField.define({
  create: () => 0,
  update(line, tr) {
    for (const e of tr.effects) if (e.is(setErrorLine)) return e.value;
    return tr.docChanged ? 0 : line;
  },
});
const errorMarker = new (class extends GutterMarker {
  elementClass = 'cm-error-line';
})();

function lineSet(state, line, value) {
  if (!line || line > state.doc.lines) return RangeSet.empty;
  return RangeSet.of([value.range(state.doc.line(line).from)]);
}

const errorDecorations = EditorView.decorations.compute([errorLine], (state) =>
  lineSet(state, state.field(errorLine), Decoration.line({ class: 'cm-error-line' })));
const errorGutter = gutterLineClass.compute([errorLine], (state) => lineSet(state, state.field(errorLine), errorMarker));

export class CodeEditor {
  /**
   * @param {object} options
   * @param {string} options.code    initial text
   * @param {string} options.label   accessible name of the editor
   * @param {() => void} [options.onRun]
   * @param {(code: string) => void} [options.onChange]
   */
  constructor({ code, label, onRun, onChange }) {
    this.onRun = onRun;
    this.onChange = onChange;
    this.element = document.createElement('div');
    this.element.className = 'editor';
    this.element.basisEditor = this;
    const run = () => {
      this.onRun?.();
      return true;
    };
    this.view = new EditorView({
      parent: this.element,
      state: EditorState.create({
        doc: code,
        extensions: [
          errorLine,
          errorDecorations,
          errorGutter,
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          indentUnit.of('    '),
          EditorState.tabSize.of(4),
          python(),
          syntaxHighlighting(highlight),
          keymap.of([
            { key: 'Shift-Enter', run },
            { key: 'Mod-Enter', run },
            indentWithTab,
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          theme,
          EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.onChange?.(this.value);
          }),
        ],
      }),
    });
  }

  get value() {
    return this.view.state.doc.toString();
  }

  set value(code) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: code } });
  }

  focus() {
    this.view.focus();
  }

  /** Marks one line (an error's line) in the text and the gutter; 0 clears. Editing clears it too. */
  markLine(line) {
    this.view.dispatch({ effects: setErrorLine.of(line || 0) });
  }

  /** The marked line, 0 if none. */
  get markedLine() {
    return this.view.state.field(errorLine);
  }
}
