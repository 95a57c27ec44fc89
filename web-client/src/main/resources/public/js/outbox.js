// Submissions made while the server cannot be reached wait here (localStorage, so a closed tab
// loses nothing) and are sent, oldest first, when the browser is back online, when a page loads,
// and every 30 s while any wait. Listeners hear 'change' (the queue changed) and 'sent'
// (detail: {item, submission}).

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

  /** Queues {exercise, name, code}; resolves to the queued item. */
  add(submission) {
    const item = { ...submission, queued_at: new Date().toISOString(), key: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` };
    this.#save([...this.items(), item]);
    return item;
  }

  /** Sends what waits; stops at the first failure to reach the server. */
  async flush() {
    if (this.#sending || this.items().length === 0) return;
    this.#sending = true;
    try {
      for (const item of this.items()) {
        let submission;
        try {
          submission = await api('/api/submissions', { exercise: item.exercise, name: item.name, code: item.code });
        } catch (err) {
          if (err.status === 0 || err.status === 429 || err.status >= 500) return; // try again later
          submission = null; // refused for good (e.g. 400): drop it, say so
          this.dispatchEvent(new CustomEvent('refused', { detail: { item, message: err.message } }));
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
