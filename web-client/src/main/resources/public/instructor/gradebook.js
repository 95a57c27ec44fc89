import { api, el, showError, num, siteUrl } from "../account/api.js";

const courseId = new URLSearchParams(location.search).get("course");
const error = document.getElementById("error");

async function load() {
  const [course, book] = await Promise.all([
    api("GET", `api/courses/${courseId}`), api("GET", `api/courses/${courseId}/gradebook`)]);
  if (!course.ok) return showError(error, course);
  if (!book.ok) return showError(error, book);
  document.getElementById("title").textContent = "Gradebook — " + course.body.title;
  document.getElementById("policy").textContent = book.body.score_policy;
  document.getElementById("csv").href = siteUrl(`api/courses/${courseId}/gradebook.csv`);

  const table = document.getElementById("gradebook");
  const head = el("tr", {}, el("th", { text: "Student" }));
  for (const ex of book.body.exercises) head.append(el("th", { text: ex.title, "data-exercise": ex.id }));
  head.append(el("th", { text: "Total" }));
  table.replaceChildren(el("thead", {}, head));
  const tbody = el("tbody");
  for (const s of book.body.students) {
    const row = el("tr", { "data-student": s.email }, el("th", { text: s.display_name, title: s.email }));
    for (const ex of book.body.exercises) {
      const cell = s.exercises[ex.id];
      const td = el("td", { class: "num" });
      if (cell) {
        td.append(el("a", { href: `submission.html?course=${courseId}&id=${cell.submission_id}`,
          text: `${num(cell.score)}/${num(cell.max_score)}` }));
        if (cell.late) td.append(el("span", { class: "late", text: "late", title: "submitted after the deadline" }));
        if (cell.overridden) td.append(el("span", { class: "overridden", text: "✎", title: "score set by hand" }));
      } else {
        td.append("—");
      }
      row.append(td);
    }
    row.append(el("td", { class: "num", text: num(s.total) }));
    tbody.append(row);
  }
  table.append(tbody);
  const select = document.getElementById("regrade-exercise");
  if (!select.options.length) {
    for (const ex of book.body.exercises) select.append(el("option", { value: ex.id, text: ex.title }));
  }
  await stats(book.body);
}

function showRegrade(res) {
  const summary = document.getElementById("regrade-summary");
  const table = document.getElementById("regrade-changes");
  if (!res.ok) return showError(error, res);
  const r = res.body;
  summary.textContent = `${r.checked} graded submission(s) of ${r.exercise} checked: `
    + (r.changes.length === 0 ? "no score would change." : `${r.changes.length} score(s) ${r.applied ? "changed" : "would change"}.`);
  table.replaceChildren(el("tr", {}, el("th", { text: "Submission" }), el("th", { text: "Student" }),
    el("th", { text: "Old" }), el("th", { text: "New" }), el("th", { text: "Change" })));
  for (const c of r.changes) {
    table.append(el("tr", {}, el("td", {}, el("a", { href: `submission.html?course=${courseId}&id=${c.submission_id}`,
      text: "#" + c.submission_id })), el("td", { text: c.name }), el("td", { class: "num", text: num(c.old_score) }),
      el("td", { class: "num", text: num(c.new_score) }), el("td", { class: "num", text: (c.delta > 0 ? "+" : "") + num(c.delta) })));
  }
  table.hidden = r.changes.length === 0;
  document.getElementById("regrade-apply").disabled = r.applied || r.changes.length === 0;
}

document.getElementById("regrade").addEventListener("submit", async (e) => {
  e.preventDefault();
  const ex = document.getElementById("regrade-exercise").value;
  document.getElementById("regrade-summary").textContent = "grading…";
  showRegrade(await api("GET", `api/courses/${courseId}/regrade?exercise=${encodeURIComponent(ex)}`));
});

document.getElementById("regrade-apply").addEventListener("click", async () => {
  const ex = document.getElementById("regrade-exercise").value;
  showRegrade(await api("POST", `api/courses/${courseId}/regrade`, { exercise: ex }));
  await load();
});

/** Per exercise: a histogram of the counted scores and the tests failed most often. */
async function stats(book) {
  const out = document.getElementById("stats");
  out.replaceChildren();
  for (const ex of book.exercises) {
    const scores = book.students.map((s) => s.exercises[ex.id]).filter(Boolean);
    const section = el("section", { class: "chart", "data-exercise": ex.id }, el("h3", { text: ex.title }));
    if (scores.length === 0) {
      section.append(el("p", { class: "meta", text: "No submissions yet." }));
      out.append(section);
      continue;
    }
    const max = scores[0].max_score || 1;
    const bins = new Array(5).fill(0);
    for (const c of scores) bins[Math.min(4, Math.floor((c.score / max) * 5))]++;
    section.append(histogram(bins, max));
    const subs = await api("GET", `api/courses/${courseId}/submissions?exercise=${encodeURIComponent(ex.id)}&limit=500`);
    const failed = new Map();
    let graded = 0;
    for (const s of subs.ok ? subs.body : []) {
      if (!s.result) continue;
      graded++;
      for (const t of s.result.tests) if (!t.passed) failed.set(t.name, (failed.get(t.name) || 0) + 1);
    }
    const top = [...failed.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const list = el("ol", { class: "most-failed" });
    for (const [name, n] of top) list.append(el("li", { text: `${name}: failed in ${n} of ${graded} submissions` }));
    section.append(el("h4", { text: "Tests failed most often" }), top.length ? list : el("p", { text: "None failed." }));
    out.append(section);
  }
}

function histogram(bins, max) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const w = 300, h = 120, bw = w / bins.length, top = Math.max(...bins);
  svg.setAttribute("viewBox", `0 0 ${w} ${h + 20}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "histogram of scores: " + bins.join(", "));
  bins.forEach((n, i) => {
    const r = document.createElementNS(ns, "rect");
    const bh = top ? (n / top) * h : 0;
    r.setAttribute("class", "bar");
    r.setAttribute("x", i * bw + 4);
    r.setAttribute("y", h - bh);
    r.setAttribute("width", bw - 8);
    r.setAttribute("height", bh);
    r.setAttribute("data-count", n);
    svg.append(r);
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", i * bw + bw / 2);
    label.setAttribute("y", h + 15);
    label.setAttribute("text-anchor", "middle");
    label.setAttribute("font-size", "10");
    label.textContent = `${num((i * max) / 5)}–${num(((i + 1) * max) / 5)}`;
    svg.append(label);
  });
  return svg;
}

load();
