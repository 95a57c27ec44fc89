// A lesson page (lesson.html?id=ID[&course=COURSE]): the lesson's HTML with every Python code block
// turned into a runnable cell, then where Submit goes (js/target.js) and a panel for each of the
// lesson's exercises.

// Only the engine and the page helpers are imported statically: the worker starts loading the Wasm
// at once, while the editor (CodeMirror) and the rest download in parallel.
import { Engine } from './engine.js';
import { api, bindEngineBar, el, idPath, registerServiceWorker } from './ui.js';

const engine = new Engine();
window.basisEngine = engine; // for the browser tests and the curious
bindEngineBar(engine);
const params = new URLSearchParams(location.search);
const lessonId = params.get('id');
const content = lessonId ? Promise.all([api(`api/lessons/${idPath(lessonId)}`), api('api/course')]) : null;
content?.catch(() => {}); // reported by main()
const [{ Cell }, { ExercisePanel }, { typeset }, { Notebook }, { SubmitTarget, targetBar }] = await Promise.all([
  import('./cell.js'), import('./exercise.js'), import('./math.js'), import('./notebook.js'), import('./target.js')]);
const notebook = new Notebook(engine);
window.basisNotebook = notebook;
document.getElementById('engine-restart').addEventListener('click', () => notebook.restart());

async function main() {
  const article = document.getElementById('lesson');
  const id = lessonId;
  if (!id) {
    article.replaceChildren(el('p', { className: 'failure', role: 'alert' }, 'No lesson was named. Pick one on the course page.'));
    return;
  }
  let lesson, course;
  try {
    [lesson, course] = await content;
  } catch (err) {
    article.replaceChildren(el('p', { className: 'failure', role: 'alert' }, `The lesson could not be loaded: ${err.message}`));
    article.removeAttribute('aria-busy');
    return;
  }
  document.title = `${lesson.title} · Basis`;
  article.innerHTML = lesson.html;
  if (!article.querySelector('h1')) article.prepend(el('h1', {}, lesson.title));
  for (const code of article.querySelectorAll('pre > code.language-python, pre > code.language-py')) {
    const cell = new Cell(engine, code.textContent.replace(/\n$/, ''), { runAbove: notebook.cells.length > 0 });
    notebook.add(cell);
    code.parentElement.replaceWith(cell.element);
  }
  await typeset(article).catch((err) => console.warn('math not typeset', err));
  article.removeAttribute('aria-busy');

  const entry = course.lessons.find((l) => l.id === id);
  const panels = [];
  const box = document.getElementById('exercises');
  // Fetched together, shown in the course's order.
  const ids = (entry?.exercises || []).map((x) => x.id);
  const loaded = Promise.allSettled(ids.map((exerciseId) => api(`api/exercises/${idPath(exerciseId)}`)));
  let target;
  try {
    // An exported site's course index says it has no server (static_site).
    target = await SubmitTarget.load({ staticSite: !!course.static_site, requestedCourse: params.get('course') });
  } catch (err) {
    box.append(el('p', { className: 'failure', role: 'alert' }, `Who you are could not be checked: ${err.message}. Submissions go to self-study.`));
    target = await SubmitTarget.load({ staticSite: false, requestedCourse: null }).catch(() => new SubmitTarget());
  }
  window.basisTarget = target;
  if (ids.length) box.append(targetBar(target));
  (await loaded).forEach((r, i) => {
    if (r.status === 'fulfilled') {
      const panel = new ExercisePanel(engine, r.value, target);
      panels.push(panel);
      box.append(panel.element);
    } else {
      box.append(el('p', { className: 'failure', role: 'alert' }, `Exercise ${ids[i]} could not be loaded: ${r.reason.message}`));
    }
  });
  box.addEventListener('basis:name', (e) => panels.forEach((p) => p.setName(e.detail)));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

main().finally(registerServiceWorker);
