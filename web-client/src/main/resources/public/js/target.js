// Where a lesson page's Submit goes; one choice for the whole page, shown above its exercises:
// - 'static'    an exported copy of the course (basis export-site) has no server: Check only;
// - 'anonymous' self-study: graded by the server and listed under a display name, no account
//               (POST api/submissions);
// - 'course'    a signed-in member's official attempt in one of their courses
//               (POST api/courses/{id}/submissions with the CSRF token), listed with its score,
//               late flag and the instructor's comment.
// lesson.html?id=L&course=C names the course (links from the account page carry it); a student in
// several courses picks one with the selector (remembered in this browser). Offline, the last
// session and course seen here stand in, marked as a saved copy.

import { api, el, siteUrl } from './ui.js';

const SESSION_KEY = 'basis:session'; // {user, courses, details: {courseId: course}, saved_at}
const courseChoiceKey = (userId) => `basis:course-choice:${userId}`;

export class SubmitTarget extends EventTarget {
  mode = 'anonymous';
  user = null;
  courses = [];
  course = null; // {id, title, role, exercises: [{id, due_at, max_attempts, attempt_window_s}]}
  offline = false; // the session is a saved copy: the server could not be reached
  #details = {};

  /** Works out the target: the exported site, or who is signed in and which course was asked for. */
  static async load({ staticSite, requestedCourse }) {
    const t = new SubmitTarget();
    if (staticSite) {
      t.mode = 'static';
      return t;
    }
    let session;
    try {
      session = await api('api/session');
      if (session.user) {
        t.user = session.user;
        t.courses = await api('api/courses');
      } else {
        localStorage.removeItem(SESSION_KEY); // signed out: forget the last account's copy
      }
    } catch (err) {
      if (err.status !== 0) throw err;
      const saved = readJson(SESSION_KEY);
      if (saved?.user) {
        t.user = saved.user;
        t.courses = saved.courses || [];
        t.#details = saved.details || {};
        t.offline = true;
      }
    }
    if (!t.user) return t;
    t.requestedCourse = requestedCourse;
    const byId = (id) => t.courses.find((c) => String(c.id) === String(id));
    const chosen = (requestedCourse && byId(requestedCourse))
      || (!requestedCourse && byId(localStorage.getItem(courseChoiceKey(t.user.id))))
      || (!requestedCourse && (t.courses.find((c) => c.role === 'student') || t.courses[0]))
      || null;
    if (requestedCourse && !byId(requestedCourse)) t.notMember = requestedCourse;
    await t.#use(chosen);
    return t;
  }

  get signedIn() {
    return !!this.user;
  }

  /** Switches to a course (or to self-study with null); listeners hear 'change'. */
  async choose(courseId) {
    const c = this.courses.find((x) => String(x.id) === String(courseId)) || null;
    if (this.user) localStorage.setItem(courseChoiceKey(this.user.id), c ? String(c.id) : '');
    const url = new URL(location.href);
    if (c) url.searchParams.set('course', c.id);
    else url.searchParams.delete('course');
    history.replaceState(history.state, '', url);
    this.notMember = null;
    await this.#use(c);
    this.dispatchEvent(new Event('change'));
  }

  async #use(c) {
    this.course = null;
    this.mode = 'anonymous';
    if (!c) {
      this.#save();
      return;
    }
    let details = this.#details[c.id] || null;
    if (!this.offline) {
      try {
        details = await api(`api/courses/${encodeURIComponent(c.id)}`);
      } catch (err) {
        if (err.status !== 0) details = null;
      }
    }
    this.#details[c.id] = details;
    this.course = { ...c, ...(details || {}), role: details?.role || c.role };
    this.mode = 'course';
    this.#save();
  }

  #save() {
    if (!this.user || this.offline) return;
    localStorage.setItem(SESSION_KEY, JSON.stringify({ user: this.user, courses: this.courses, details: this.#details, saved_at: new Date().toISOString() }));
  }

  /** This course's settings of one exercise: {due_at, max_attempts, attempt_window_s} or null. */
  settings(exerciseId) {
    return this.course?.exercises?.find((e) => e.id === exerciseId) || null;
  }

  /** "Submitting to course X as ada@…", the line each panel and the bar show. */
  describe() {
    if (this.mode === 'course') return `Submitting to course ${this.course.title} as ${this.user.email}`;
    if (this.mode === 'static') return 'This copy of the course has no server: Check runs in your browser; there is nothing to submit.';
    return 'Self-study: submissions are graded under a display name, outside any course';
  }

  /** A link to the account page that comes back here after signing in. */
  signInUrl() {
    const here = location.pathname.split('/').pop() + location.search + location.hash;
    return siteUrl(`account/?next=${encodeURIComponent('../' + here)}`);
  }

  /** Sends one submission; resolves to the stored, graded submission. Throws ApiError. */
  submit(exerciseId, code, name) {
    if (this.mode === 'course') {
      return api(`api/courses/${encodeURIComponent(this.course.id)}/submissions`, { exercise: exerciseId, code }, { csrf: true });
    }
    return api('api/submissions', { exercise: exerciseId, name, code });
  }

  /** What the outbox keeps for a submission made offline. */
  queueItem(exerciseId, code, name) {
    if (this.mode === 'course') {
      return { exercise: exerciseId, code, course: this.course.id, course_title: this.course.title, user_id: this.user.id, user_email: this.user.email };
    }
    return { exercise: exerciseId, name, code };
  }

  /** Is a queued item one of this page's attempts at the exercise? */
  owns(item, exerciseId, name) {
    if (item.exercise !== exerciseId) return false;
    if (this.mode === 'course') return String(item.course) === String(this.course.id) && item.user_id === this.user.id;
    return !item.course && item.name === name;
  }

  /**
   * The server's attempts at an exercise, newest first: {list, savedAt} — fetched (and kept in this
   * browser), or, when the server cannot be reached, the copy kept last time (savedAt says when).
   */
  async attempts(exerciseId, name) {
    const key = this.mode === 'course'
      ? `basis:attempts:course:${this.course.id}:${this.user.id}:${exerciseId}`
      : `basis:attempts:name:${name}:${exerciseId}`;
    try {
      const list = this.mode === 'course'
        ? await api(`api/courses/${encodeURIComponent(this.course.id)}/submissions?${new URLSearchParams({ exercise: exerciseId })}`)
        : await api(`api/submissions?${new URLSearchParams({ name, exercise: exerciseId })}`);
      // Kept without code and test details: enough for the list, small in localStorage.
      const slim = list.map(({ id, created_at, status, score, max_score, late, override_score, override_comment, effective_score }) =>
        ({ id, created_at, status, score, max_score, late, override_score, override_comment, effective_score }));
      try {
        localStorage.setItem(key, JSON.stringify({ saved_at: new Date().toISOString(), list: slim }));
      } catch {
        // storage full: the list still shows
      }
      return { list, savedAt: null };
    } catch (err) {
      const saved = err.status === 0 ? readJson(key) : null;
      if (!saved) throw err;
      return { list: saved.list || [], savedAt: saved.saved_at };
    }
  }
}

function readJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}

/** The bar above the exercises: who submits where, and the course selector. */
export function targetBar(target) {
  const box = el('section', { className: 'submit-target', 'aria-label': 'Where Submit sends your code' });
  const render = () => {
    const parts = [];
    if (target.mode === 'static') {
      parts.push(el('p', {}, target.describe()));
    } else if (!target.signedIn) {
      parts.push(el('p', {}, 'Self-study: Submit grades your code on the server under a display name, without an account. ',
        el('a', { href: target.signInUrl() }, 'Sign in'), ' to submit to your course.'));
    } else {
      const selectId = 'submit-target-course';
      const options = [
        ...target.courses.map((c) => el('option', { value: String(c.id), selected: target.course && String(target.course.id) === String(c.id) }, `${c.title} (${c.role})`)),
        el('option', { value: '', selected: !target.course }, 'Self-study (under a display name, in no course)'),
      ];
      const select = el('select', { id: selectId, className: 'course-select', disabled: target.offline }, ...options);
      select.addEventListener('change', () => target.choose(select.value || null));
      parts.push(el('p', { className: 'target-summary' }, el('strong', {}, target.describe()), '.',
        target.offline ? ' (Saved copy of your session: the server cannot be reached now.)' : ''));
      if (target.notMember) parts.push(el('p', { className: 'failure' }, `You are not a member of course ${target.notMember}: join it on your account page first.`));
      parts.push(el('div', { className: 'toolbar' },
        el('label', { htmlFor: selectId }, 'Submit to'), select,
        el('a', { href: siteUrl('account/') }, 'Your account')));
    }
    box.replaceChildren(...parts);
    box.dataset.mode = target.mode;
  };
  target.addEventListener('change', render);
  render();
  return box;
}
