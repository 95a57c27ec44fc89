import { api, el, showError, num } from "../account/api.js";

const params = new URLSearchParams(location.search);
const courseId = params.get("course"), id = params.get("id");
const error = document.getElementById("error");
let submission;

const KEYWORDS = new Set(("False None True and as assert break class continue def del elif else except finally for "
  + "from global if import in is lambda nonlocal not or pass raise return try while with yield").split(" "));

/** Python highlighted as DOM text nodes inside spans: the code is never parsed as HTML. */
export function highlight(target, code) {
  target.replaceChildren();
  const token = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|(\b\d+(?:\.\d*)?(?:e[+-]?\d+)?\b)|([A-Za-z_]\w*)/g;
  let last = 0, m;
  while ((m = token.exec(code)) !== null) {
    if (m.index > last) target.append(code.slice(last, m.index));
    const cls = m[1] ? "com" : m[2] ? "str" : m[3] ? "num" : KEYWORDS.has(m[4]) ? "kw" : null;
    target.append(cls ? el("span", { class: cls, text: m[0] }) : m[0]);
    last = token.lastIndex;
  }
  target.append(code.slice(last));
}

function tests(target, result) {
  target.replaceChildren();
  if (!result) return;
  if (result.error) target.append(el("li", { class: "fail", text: result.error }));
  for (const t of result.tests) {
    target.append(el("li", { class: t.passed ? "pass" : "fail", "data-test": t.name },
      el("span", { class: "mark", text: t.passed ? "✓" : "✗" }), " ",
      el("strong", { text: t.name }), t.hidden ? " (hidden)" : "",
      el("span", { class: "points", text: ` ${num(t.points)}/${num(t.max_points)}` }),
      t.message ? el("div", { class: "message", text: t.message }) : null));
  }
}

async function load() {
  document.getElementById("back").href = `gradebook.html?course=${courseId}`;
  const res = await api("GET", `api/courses/${courseId}/submissions/${id}`);
  if (!res.ok) return showError(error, res);
  submission = res.body;
  document.getElementById("title").textContent = `${submission.name} — ${submission.exercise}`;
  const meta = `#${submission.id} · ${submission.created_at} · ${submission.status} · score ${num(submission.score)}/${num(submission.max_score)}`
    + (submission.override_score !== null ? ` · manual score ${num(submission.override_score)}` : "")
    + (submission.late ? " · LATE" : "") + ` · engine ${submission.engine_build || "?"}`;
  document.getElementById("meta").textContent = meta;
  highlight(document.getElementById("code"), submission.code);
  tests(document.getElementById("tests"), submission.result);
  document.getElementById("whatif-code").value = submission.code;
  const form = document.getElementById("override");
  form.score.value = submission.override_score ?? "";
  form.comment.value = submission.override_comment ?? "";
}

document.getElementById("whatif-run").addEventListener("click", async () => {
  const out = document.getElementById("whatif-score");
  out.textContent = "grading…";
  const res = await api("POST", `api/courses/${courseId}/whatif`,
    { exercise: submission.exercise, code: document.getElementById("whatif-code").value });
  if (!res.ok) { out.textContent = ""; return showError(error, res); }
  out.textContent = `score ${num(res.body.score)}/${num(res.body.max_score)} (not recorded)`;
  tests(document.getElementById("whatif-tests"), res.body);
});

document.getElementById("override").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = e.target;
  const raw = form.score.value.trim();
  const res = await api("POST", `api/courses/${courseId}/submissions/${id}/override`,
    { score: raw === "" ? null : Number(raw), comment: form.comment.value });
  if (!res.ok) return showError(error, res);
  document.getElementById("override-state").textContent = "saved";
  await load();
});

load();
