import { api, el, showError, SITE_ROOT } from "./api.js";

const $ = (id) => document.getElementById(id);
const error = $("error");

function formData(form) {
  return Object.fromEntries(new FormData(form).entries());
}

async function refresh() {
  error.hidden = true;
  const s = await api("GET", "api/session");
  const user = s.body.user;
  $("signed-out").hidden = !!user;
  $("signed-in").hidden = !user;
  if (!user) return;
  $("who").textContent = user.display_name + " (" + user.email + ")";
  $("back").hidden = !nextUrl();
  if (nextUrl()) $("back-link").href = nextUrl();
  $("create-form").hidden = !user.can_create_courses;
  const list = $("courses");
  list.replaceChildren();
  const courses = await api("GET", "api/courses");
  if (courses.body.length === 0) list.append(el("li", { text: "None yet: join one with the code your instructor gave you." }));
  for (const c of courses.body) {
    const li = el("li", { "data-course": c.id }, el("strong", { text: c.title }), " — " + c.role, " · ",
      el("a", { class: "lessons-link", href: "../?course=" + encodeURIComponent(c.id), text: "Lessons (submit to this course)" }));
    if (c.role === "instructor") {
      li.append(" · join code ", el("code", { class: "join-code", text: c.join_code }), " · ",
        el("a", { href: "../instructor/gradebook.html?course=" + c.id, text: "Gradebook" }));
    }
    list.append(li);
  }
}

/** The page that sent us here (account/?next=../lesson.html?...), if it is on this site (under its root). */
function nextUrl() {
  const next = new URLSearchParams(location.search).get("next");
  if (!next) return null;
  const url = new URL(next, location.href);
  return url.origin === location.origin && url.href.startsWith(SITE_ROOT.href) ? url.href : null;
}

/** After signing in, straight back to that page (a new account joins a course first: a link instead). */
function returnToNext() {
  if (nextUrl()) location.assign(nextUrl());
}

async function submit(form, path, after) {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const res = await api("POST", path, formData(form));
    if (!res.ok) return showError(error, res);
    form.reset();
    if (after) after(res);
    await refresh();
  });
}

submit($("signin-form"), "api/signin", returnToNext);
submit($("signup-form"), "api/signup");
submit($("join-form"), "api/courses/join");
submit($("create-form"), "api/courses");
$("signout").addEventListener("click", async () => {
  await api("POST", "api/signout", {});
  localStorage.removeItem("basis:session"); // the lesson pages' saved copy of this account (js/target.js)
  await refresh();
});
refresh();
