// Math in lesson and prompt HTML, typeset with KaTeX (bundled from npm into vendor/katex.js, loaded
// only when a page has math). The Markdown is rendered on the server by commonmark, which would eat
// underscores, asterisks and backslashes inside plain $...$; so the course writes math as
// GitLab-flavoured Markdown does, which commonmark leaves untouched:
//   inline:   $`x_i^\top w`$        (a code span between dollar signs)
//   display:  ```math               (a fenced block of language "math")
//             \sum_i x_i y_i
//             ```
// Plain $...$ and $$...$$ in text are typeset too, for simple math without Markdown characters.

let katexPromise;
function loadKatex() {
  if (!katexPromise) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../vendor/katex.min.css', import.meta.url).href;
    document.head.append(link);
    katexPromise = import('../vendor/katex.js').then((m) => m.default);
  }
  return katexPromise;
}

/** Typesets every formula under root; resolves when done. Leaves code cells and editors alone. */
export async function typeset(root) {
  const inline = [...root.querySelectorAll('code')].filter(isDollarCode);
  const display = [...root.querySelectorAll('pre > code.language-math')];
  const texts = textNodesWithDollars(root);
  if (inline.length + display.length + texts.length === 0) return 0;
  const katex = await loadKatex();
  const render = (tex, displayMode) => {
    const span = document.createElement(displayMode ? 'div' : 'span');
    span.className = displayMode ? 'math math-display' : 'math math-inline';
    katex.render(tex, span, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
    return span;
  };
  for (const code of inline) {
    code.previousSibling.data = code.previousSibling.data.slice(0, -1);
    code.nextSibling.data = code.nextSibling.data.slice(1);
    code.replaceWith(render(code.textContent, false));
  }
  for (const code of display) code.parentElement.replaceWith(render(code.textContent.trim(), true));
  for (const node of texts) {
    const parts = splitMath(node.data);
    if (parts.length === 1) continue;
    node.replaceWith(...parts.map((p) => (typeof p === 'string' ? p : render(p.tex, p.display))));
  }
  return inline.length + display.length + texts.length;
}

function isDollarCode(code) {
  if (code.parentElement.tagName === 'PRE') return false;
  const before = code.previousSibling;
  const after = code.nextSibling;
  return before?.nodeType === Node.TEXT_NODE && before.data.endsWith('$')
      && after?.nodeType === Node.TEXT_NODE && after.data.startsWith('$');
}

function textNodesWithDollars(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.data.includes('$') && !n.parentElement.closest('pre, code, .cell, .editor, .katex, script, style')
      ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** "a $x$ b" -> ["a ", {tex: "x"}, " b"]; $$...$$ is display math. "$5 and $6" stays text. */
export function splitMath(text) {
  const out = [];
  const re = /\$\$([^$]+?)\$\$|\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)/g;
  let last = 0;
  for (let m; (m = re.exec(text));) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? { tex: m[1].trim(), display: true } : { tex: m[2], display: false });
    last = re.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.length ? out : [text];
}
