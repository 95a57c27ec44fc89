// The third-party browser code, bundled by build-vendor.mjs into public/vendor/codemirror.js (one ES
// module; KaTeX is its own bundle, katex.js, loaded only by pages with math). Only what the pages use is exported, so esbuild drops the rest.
export { EditorState, Compartment } from '@codemirror/state';
export {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  Decoration, gutterLineClass, GutterMarker, placeholder,
} from '@codemirror/view';
export { StateField, StateEffect, RangeSet } from '@codemirror/state';
export { defaultKeymap, history, historyKeymap, indentWithTab, insertNewlineAndIndent } from '@codemirror/commands';
export { syntaxHighlighting, HighlightStyle, indentUnit, bracketMatching, defaultHighlightStyle } from '@codemirror/language';
export { python } from '@codemirror/lang-python';
export { tags } from '@lezer/highlight';
