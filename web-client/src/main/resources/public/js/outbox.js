// Submissions made while the server cannot be reached wait here (localStorage, so a closed tab
// loses nothing) and are sent, oldest first, when the browser is back online, when a page loads,
// and every 30 s while any wait. Self-study items ({exercise, name, code}) go to api/submissions;
// course items ({exercise, code, course, user_id, ...}) go to api/courses/{course}/submissions with
// a CSRF token fetched fresh from api/session, and only while the same account is signed in.
// Listeners hear 'change' (the queue changed), 'sent' (detail: {item, submission}), 'refused'
// (dropped for good; detail: {item, message}) and 'waiting' (kept until someone signs in).

import { api } from './ui.js';

const KEY = 'basis:outbox';

class Outbox extends EventTarget {
  #sending = false;

  items() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  }

  /** Queues a self-study {exercise, name, code} or a course item (see above); returns the queued item. */
  add(submission) {
    const item = { ...submission, queued_at: new Date().toISOString(), key: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` };
    this.#save([...this.items(), item]);
    return item;
  }

  /** Sends what waits; stops at the first failure to reach the server. */
  async flush() {
    if (this.#sending || this.items().length === 0) return;
    this.#sending = true;
    let session; // fetched once per flush, when a course item needs it
    try {
      for (const item of this.items()) {
        let submission;
        try {
          if (item.course) {
            session ??= await api('api/session');
            if (session.user?.id !== item.user_id) {
              this.dispatchEvent(new CustomEvent('waiting', { detail: { item, message:
                `A submission to ${item.course_title || 'course ' + item.course} waits in this browser: sign in as ${item.user_email} to send it.` } }));
              continue;
            }
            submission = await api(`api/courses/${encodeURIComponent(item.course)}/submissions`,
              { exercise: item.exercise, code: item.code }, { csrf: session.csrf_token });
          } else {
            submission = await api('api/submissions', { exercise: item.exercise, name: item.name, code: item.code });
          }
        } catch (err) {
          if (err.status === 0 || err.status === 429 || err.status >= 500) return; // try again later
          if (err.status === 401) { // the session ended meanwhile: keep it for the next sign-in
            session = { user: null };
            this.dispatchEvent(new CustomEvent('waiting', { detail: { item, message:
              `Your session has expired: sign in as ${item.user_email} and the queued submission will be sent.` } }));
            continue;
          }
          submission = null; // refused for good (e.g. 400, 403): drop it, say so
          this.dispatchEvent(new CustomEvent('refused', { detail: { item, message: `A queued submission was refused: ${err.message}` } }));
        }
        this.#save(this.items().filter((i) => i.key !== item.key));
        if (submission) this.dispatchEvent(new CustomEvent('sent', { detail: { item, submission } }));
      }
    } finally {
      this.#sending = false;
    }
  }

  #save(items) {
    localStorage.setItem(KEY, JSON.stringify(items));
    this.dispatchEvent(new Event('change'));
  }
}

export const outbox = new Outbox();
addEventListener('online', () => outbox.flush());
setInterval(() => outbox.flush(), 30_000);
outbox.flush();
