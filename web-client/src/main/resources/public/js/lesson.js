// A lesson page (lesson.html?id=ID): the lesson's HTML with every Python code block turned into a
// runnable cell, then a panel for each of the lesson's exercises.

import { Cell } from './cell.js';
import { Engine } from './engine.js';
import { ExercisePanel } from './exercise.js';
import { typeset } from './math.js';
import { Notebook } from './notebook.js';
import { api, bindEngineBar, el, idPath, registerServiceWorker } from './ui.js';

const engine = new Engine();
window.basisEngine = engine; // for the browser tests and the curious
bindEngineBar(engine);
const notebook = new Notebook(engine);
window.basisNotebook = notebook;
document.getElementById('engine-restart').addEventListener('click', () => notebook.restart());

async function main() {
  const article = document.getElementById('lesson');
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    article.replaceChildren(el('p', { className: 'failure', role: 'alert' }, 'No lesson was named. Pick one on the course page.'));
    return;
  }
  let lesson, course;
  try {
    [lesson, course] = await Promise.all([api(`/api/lessons/${idPath(id)}`), api('/api/course')]);
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
  for (const { id: exerciseId } of entry?.exercises || []) {
    try {
      const exercise = await api(`/api/exercises/${idPath(exerciseId)}`);
      const panel = new ExercisePanel(engine, exercise);
      panels.push(panel);
      box.append(panel.element);
    } catch (err) {
      box.append(el('p', { className: 'failure', role: 'alert' }, `Exercise ${exerciseId} could not be loaded: ${err.message}`));
    }
  }
  box.addEventListener('basis:name', (e) => panels.forEach((p) => p.setName(e.detail)));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

main().finally(registerServiceWorker);
