#!/usr/bin/env python3
"""Grade every exercise's mistakes/*.py and accepted/*.py and print a Markdown table.

    python3 tools/mistakes_table.py [--messages] [EXERCISE_ID...]

Each exercise folder may hold two folders next to its tests (see lessons/README.md):

    mistakes/*.py   a wrong answer a student would really write, first line "# mistake: <sentence>";
                    it must score less than full marks
    accepted/*.py   a correct alternative, first line "# accepted: <sentence>"; it must score full marks

The files are graded with every test, hidden ones included, by `./basis grade --json --course lessons`
(one run per exercise), so the table shows the course as it is in the folder, not as last built.
Set BASIS to use another launcher (e.g. a script that runs the built jar without the rebuild check).

Prints, per exercise, each mistake with the tests that catch it (the failing tests' names; with
--messages also the first failing test's message) and each accepted alternative with its score.
Exits with status 1 when a mistake scores full marks or an accepted file does not.
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COURSE = os.path.join(ROOT, "lessons")


def comment(path, kind):
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    prefix = "# " + kind + ":"
    return first[len(prefix):].strip() if first.startswith(prefix) else "(first line is not '" + prefix + " ...')"


def grade(exercise, files):
    basis = os.environ.get("BASIS", os.path.join(ROOT, "basis"))
    cmd = [basis, "grade", "--exercise", exercise, "--json", "--course", COURSE] + files
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    results = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    if len(results) != len(files):
        sys.exit("grading " + exercise + " failed (exit status " + str(run.returncode) + "):\n" + run.stderr)
    return results


def cell(text):
    return " ".join(str(text).split()).replace("|", "\\|")


def main(argv):
    messages = "--messages" in argv
    only = [a for a in argv if not a.startswith("--")]
    folders = sorted(glob.glob(os.path.join(COURSE, "*", "exercises", "*")))
    mistakes_rows, accepted_rows, problems = [], [], []
    for folder in folders:
        exercise = os.path.basename(folder)
        if only and exercise not in only:
            continue
        mistakes = sorted(glob.glob(os.path.join(folder, "mistakes", "*.py")))
        accepted = sorted(glob.glob(os.path.join(folder, "accepted", "*.py")))
        if not mistakes and not accepted:
            continue
        results = grade(exercise, mistakes + accepted)
        for path, r in zip(mistakes, results[:len(mistakes)]):
            failing = [t for t in r["tests"] if not t["passed"]]
            name = os.path.basename(path)
            if r["score"] >= r["max_score"]:
                problems.append(exercise + "/mistakes/" + name + " scores full marks")
                caught = "**NOT CAUGHT** (full marks)"
            else:
                caught = ", ".join("“" + t["name"] + "”" + (" (hidden)" if t.get("hidden") else "") for t in failing)
                if not failing and r.get("error"):
                    caught = r["error"]
            row = [exercise, cell(comment(path, "mistake")) + " (`" + name + "`)", cell(caught),
                   f"{r['score']:g}/{r['max_score']:g}"]
            if messages:
                row.append(cell(failing[0]["message"] if failing else r.get("error") or ""))
            mistakes_rows.append(row)
        for path, r in zip(accepted, results[len(mistakes):]):
            name = os.path.basename(path)
            if r["score"] < r["max_score"]:
                failing = [t["name"] + ": " + t["message"] for t in r["tests"] if not t["passed"]]
                problems.append(exercise + "/accepted/" + name + " scores " + f"{r['score']:g}/{r['max_score']:g}: "
                                + ("; ".join(failing) or str(r.get("error"))))
            accepted_rows.append([exercise, cell(comment(path, "accepted")) + " (`" + name + "`)",
                                  f"{r['score']:g}/{r['max_score']:g}"])

    head = ["exercise", "mistake", "caught by (failing tests)", "score"] + (["first message"] if messages else [])
    print("| " + " | ".join(head) + " |")
    print("|" + " --- |" * len(head))
    for row in mistakes_rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("| exercise | accepted alternative | score |")
    print("| --- | --- | --- |")
    for row in accepted_rows:
        print("| " + " | ".join(row) + " |")
    if problems:
        print()
        print("Problems:")
        for p in problems:
            print("- " + p)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
