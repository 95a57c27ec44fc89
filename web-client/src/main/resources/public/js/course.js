// The course page: the lessons and their exercises, from api/course. index.html?course=ID (a link
// from the account page) passes the course on to the lesson pages, where Submit then goes to it.

import { api, el, registerServiceWorker } from './ui.js';

const courseParam = new URLSearchParams(location.search).get('course');

async function main() {
  const title = document.getElementById('course-title');
  const list = document.getElementById('lessons');
  let course;
  try {
    course = await api('api/course');
  } catch (err) {
    title.textContent = 'Basis';
    list.replaceChildren(el('p', { className: 'failure', role: 'alert' }, `The course could not be loaded: ${err.message}`));
    return;
  }
  title.textContent = course.title;
  if (course.static_site) {
    document.getElementById('lead').textContent = 'Read the lessons, run their NumPy code right here in your browser, and solve the'
      + ' exercises: your browser checks them instantly. This copy of the course has no server, so nothing is submitted.';
  }
  document.title = `${course.title} · Basis`;
  const items = course.lessons.map((lesson, i) => {
    const href = `lesson.html?id=${encodeURIComponent(lesson.id)}${courseParam ? `&course=${encodeURIComponent(courseParam)}` : ''}`;
    const exercises = (lesson.exercises || []).map((ex) => el('li', {},
      el('a', { href: `${href}#exercise-${String(ex.id).replace(/[^A-Za-z0-9_-]/g, '-')}` }, ex.title)));
    return el('li', { className: 'lesson' },
      el('h2', {}, el('span', { className: 'kicker' }, `Lesson ${i + 1}`), ' ', el('a', { href }, lesson.title)),
      exercises.length ? el('ul', { className: 'exercise-list', 'aria-label': `Exercises in ${lesson.title}` }, ...exercises) : null);
  });
  list.replaceChildren(items.length ? el('ol', { className: 'lessons' }, ...items) : el('p', {}, 'No lessons yet.'));
}

main();
registerServiceWorker();
