#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make test-readme: README.md stays true and short.

  selftest.py [--o BUILD]

- README.md is at most MAX_LINES lines, begins with the two commands
  (./run check, ./run test: .ci/run runs the second), and each
  Documentation/ page it names exists;
- every command it shows runs, from the top of the tree, as a user
  would type it: a `$ ` line of a ```console block (its output follows;
  a failure is shown by make's own `*** ` line, and then the command
  must fail), or a line of a ```sh block. Reports go to a
  scratch folder (COVERAGE_OUT); nothing may appear in the tree.
  ./run test is this test's own caller, and is not run again; a command
  that needs a kernel source not yet fetched says so and is skipped;
- the output a console block shows is the output the command gives now:
  each line shown appears in it, in that order (a line "..." stands for
  lines left out, "..." or "[...]" within a line for part of one; times,
  rates and pids are the run's own). A block whose output depends on the
  machine (```console host) shows it without this check.
"""
import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk  # noqa: E402

MAX_LINES = 250
README = os.path.join(fk.ROOT, "README.md")
FIRST = ("./run check", "./run test")


def blocks(text):
    """(kind, [lines]) of each fenced block."""
    out, cur, kind = [], None, None
    for line in text.split("\n"):
        if line.startswith("```"):
            if cur is None:
                kind, cur = line[3:].strip(), []
            else:
                out.append((kind, cur))
                cur = None
        elif cur is not None:
            cur.append(line)
    return out


def commands(text):
    """[(command, expect_failure, shown output or None)] in the order
    README shows them (None: nothing to compare)."""
    out = []
    for kind, lines in blocks(text):
        if kind.split()[:1] == ["console"]:
            for i, line in enumerate(lines):
                if not line.startswith("$ "):
                    continue
                shown = []
                for l in lines[i + 1:]:
                    if l.startswith("$ "):
                        break
                    shown.append(l)
                fails = any(": *** " in l or l.startswith("make: *** ")
                            for l in shown)
                out.append((line[2:].strip(), fails,
                            None if "host" in kind.split() else shown))
        elif kind == "sh":
            for line in lines:
                cmd = re.sub(r"\s+#.*$", "", line).strip()
                if cmd and not cmd.startswith("#"):
                    out.append((cmd, False, None))
    return out


# What differs from run to run in a line shown: a time, a rate, a pid;
# and "..." for what the line leaves out.
VOLATILE = [(re.compile(r"\d+(?:\.\d+)? s\b"), r"\d+(?:\.\d+)? s\b"),
            (re.compile(r"\d+/s\b"), r"\d+/s\b"),
            (re.compile(r"pid \d+"), r"pid \d+"),
            (re.compile(r"\.\.\."), r".*")]
ANY_VOLATILE = re.compile("|".join(p.pattern for p, _ in VOLATILE))


def pattern(line):
    """The regular expression a shown line stands for."""
    parts, at = [], 0
    for m in ANY_VOLATILE.finditer(line):
        parts.append(re.escape(line[at:m.start()]))
        parts.append(next(r for p, r in VOLATILE if p.fullmatch(m.group(0))))
        at = m.end()
    parts.append(re.escape(line[at:]))
    return re.compile("^" + "".join(parts) + "$")


def first_stale(shown, output):
    """The first line shown that the output lacks (in order), or None."""
    got = [l.rstrip() for l in output.splitlines()]
    at = 0
    for line in shown:
        if line.strip() in ("", "..."):
            continue
        pat = pattern(line.rstrip())
        while at < len(got) and not pat.match(got[at]):
            at += 1
        if at == len(got):
            return line
        at += 1
    return None


def needs_source(cmd, o):
    """The kernel source a command would fetch (a network), if missing."""
    m = re.search(r"KERNEL=(\d[\d.]*)", cmd)
    if m and not os.path.exists(os.path.join(
            o, "cache", "linux-source-" + m.group(1), "Makefile")):
        return "linux-source-" + m.group(1)
    return None


def tree_state():
    r = fk.run(["git", "status", "--porcelain", "--untracked-files=all"],
               cwd=fk.ROOT)
    return r.out if r.rc == 0 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--o", default="build")
    a = ap.parse_args()
    o = os.path.join(fk.ROOT, a.o)
    with open(README, encoding="utf-8") as f:
        text = f.read()
    failures = []

    def check(ok, what):
        print("test-readme: %-64s %s" % (what, "ok" if ok else "FAILED"))
        if not ok:
            failures.append(what)

    n = text.count("\n")
    check(n <= MAX_LINES, "README.md has %d lines (at most %d)"
          % (n, MAX_LINES))
    first = blocks(text)[0][1] if blocks(text) else []
    check(all(any(l.startswith(c) for l in first) for c in FIRST),
          "README.md begins with ./run check and ./run test")
    pages = sorted(set(re.findall(r"\(?(Documentation/[\w.-]+\.md)", text)))
    missing = [p for p in pages if not os.path.exists(
        os.path.join(fk.ROOT, p))]
    check(not missing, "the %d Documentation/ pages it names exist%s"
          % (len(pages), ": not " + " ".join(missing) if missing else ""))

    before = tree_state()
    with tempfile.TemporaryDirectory(prefix="faultkit-readme-") as tmp:
        env = fk.make_env()
        env.update(O=a.o, COVERAGE_OUT=os.path.join(tmp, "coverage"),
                   PWD=fk.ROOT)
        for cmd, fails, shown in commands(text):
            if a.o != "build":
                # README shows the default build folder
                cmd = re.sub(r"(?<![\w/])build/", a.o.rstrip("/") + "/", cmd)
            if cmd.startswith("./run test"):
                print("test-readme: skipped: %s (it is what runs this test)"
                      % cmd)
                continue
            src = needs_source(cmd, o)
            if src:
                print("test-readme: skipped: %s (needs the network: %s is "
                      "not fetched yet)" % (cmd, src))
                continue
            r = fk.run(["sh", "-c", cmd + " 2>&1"], env=env, cwd=fk.ROOT,
                       timeout=1200)
            ok = (r.rc != 0) == fails
            stale = first_stale(shown, r.out) if shown else None
            short = cmd if len(cmd) <= 56 else cmd[:53] + "..."
            check(ok, "$ %s%s" % (short,
                                 " (fails, as shown)" if fails else ""))
            if not ok:
                print("    exit %d; its last lines:\n    %s" % (
                    r.rc, "\n    ".join(r.out.strip().splitlines()[-15:])))
            if shown is not None:
                check(ok and stale is None,
                      "$ %s: the output shown" % short)
            if ok and stale is not None:
                print("    README shows a line it no longer prints:\n"
                      "    %s\n    its output now:\n    %s" % (
                          stale, "\n    ".join(
                              r.out.strip().splitlines()[:25])))
    after = tree_state()
    check(before == after, "the commands wrote nothing into the tree")
    if before != after:
        print("    " + "\n    ".join(sorted(set(after.splitlines()) -
                                           set(before.splitlines()))))
    print("test-readme: %s" % ("all passed" if not failures else
                               "%d failed" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(fk.main("test-readme", main))
