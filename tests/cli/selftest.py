#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make test-cli: the command line says what it does and refuses the rest.

  selftest.py

- make help (for every profile) names every target the Makefile, mk/*.mk
  and the profiles declare, and every variable they read from the user;
- a variable no goal takes, or a bad value, gets one line and exit 2
  before anything runs, and an accepted one runs (make -n);
- make check's first line says which kernel version it runs;
- make check is the strict gate: on a unit whose golden files are
  recorded (a KSRC= tree's, here a copy of 6.1's) it fails with the diff
  of a row whose trace moved though the row passes (prefetchw()
  dropped); another FAULT_C says in one line that traces are not
  compared, and names make regress;
- make -C tree explain PROG=./p runs ./p from where the user stands.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk  # noqa: E402

MK = ["Makefile"] + sorted("mk/" + f for f in os.listdir(
    os.path.join(fk.ROOT, "mk")) if f.endswith(".mk"))
PROFILES = sorted(d for d in os.listdir(os.path.join(fk.ROOT, "tests"))
                  if os.path.exists(os.path.join(fk.ROOT, "tests", d,
                                                 "profile.mk")))
MK += ["tests/%s/profile.mk" % k for k in PROFILES]
# read by a recipe's shell from the environment, not as $(NAME)
SHELL_VARS = ["JOBS"]
MAKES_OWN = {"MAKE", "CURDIR", "MAKECMDGOALS", "MAKELEVEL", "PWD"}
PATCH = "tests/rhel6/patches/noop-rename.diff"

# (argv, what the one line must name); each is refused with exit 2
REFUSED = [
    (["explore", "UNUSUAL=abc"], "UNUSUAL=abc"),
    (["explore", "UNUSUAL=-1"], "UNUSUAL=-1"),
    (["regress", "UNUSUAL=-2"], "UNUSUAL=-2"),
    (["check", "KERNL=6.1"], "KERNL"),
    (["coverage", "EXTRA_ROWS=README.md"], "EXTRA_ROWS"),
    (["regress", "SANITIZE=1"], "SANITIZE"),
    (["explain", "UNUSUAL=1"], "UNUSUAL"),
    (["check", "SANITIZE=yes"], "SANITIZE=yes"),
    (["mutate", "JOBS=0"], "JOBS=0"),
    (["explore", "EXPLORE_JOBS=two"], "EXPLORE_JOBS=two"),
    (["check", "FAULT_C=no/such/fault.c"], "FAULT_C=no/such/fault.c"),
    (["regress", "PATCH=no-such.diff"], "PATCH=no-such.diff"),
]
# taken: make -n accepts them
TAKEN = [
    ["explore", "UNUSUAL=3", "SPACE=1", "JSON=x.json"],
    ["regress", "UNUSUAL=-1", "QUIET=1", "PATCH=" + PATCH],
    ["check", "CK_RUN_CASE=x", "V=1"],
    ["coverage-gate", "COVERAGE_MIN=90", "FAULT_C=arch/x86/mm/fault.c"],
    ["help", "KERNEL=6.1"],
]


def text(path):
    with open(os.path.join(fk.ROOT, path), encoding="utf-8") as f:
        return f.read().replace("\\\n", " ")


def declared():
    """The phony targets and the user's variables: read as $(NAME), never
    assigned except with ?=."""
    targets, used, assigned = set(), set(), set()
    for path in MK:
        t = text(path)
        for m in re.finditer(r"^\.PHONY:(.*)$", t, re.M):
            targets |= set(m.group(1).split())
        used |= set(re.findall(r"\$\(([A-Z][A-Z0-9_]*)\)", t))
        assigned |= set(re.findall(r"^\s*([A-Z][A-Z0-9_.]*)\s*(?::=|\+=|=)",
                                   t, re.M))
    return targets, sorted(used - assigned - MAKES_OWN) + SHELL_VARS


def make(args, cwd=fk.ROOT, env=None):
    """make at the top level, as a user runs it: exit status, output."""
    r = fk.run(["make", "--no-print-directory"] + args,
               env=env or fk.make_env(), cwd=cwd)
    return r.rc, (r.out + r.err).strip()


def check(ok, what, failures):
    print("test-cli: %-66s %s" % (what, "ok" if ok else "FAILED"))
    if not ok:
        failures.append(what)


def strict_gate(failures):
    """make check compares the pinned traces of the unit they record."""
    src = os.path.join(fk.ROOT, "build", "cache", "linux-source-6.1")
    if not os.path.exists(os.path.join(src, "Makefile")):
        print("test-cli: make check's golden gate: skipped (no "
              "linux-source-6.1 fetched: make sources)")
        return
    with tempfile.TemporaryDirectory(prefix="faultkit-gate-") as d:
        fault_c = os.path.join(d, "arch", "x86", "mm", "fault.c")
        os.makedirs(os.path.dirname(fault_c))
        with open(os.path.join(src, "Makefile")) as f, \
                open(os.path.join(d, "Makefile"), "w") as g:
            g.write(f.read())
        with open(os.path.join(src, "arch", "x86", "mm", "fault.c")) as f:
            text = f.read()
        with open(fault_c, "w") as g:
            g.write(text)
        tree = ["KERNEL=6.1", "KSRC=" + d]
        rc, out = make(["golden"] + tree)
        if rc:
            check(False, "make golden KSRC=tree", failures)
            print("    " + out[-2000:].replace("\n", "\n    "))
            return
        rc, out = make(["check"] + tree)
        check(rc == 0, "make check KSRC=tree: its golden traces hold",
              failures)
        with open(fault_c, "w") as g:
            g.write(text.replace("\tprefetchw(&current->mm->mmap_lock);\n",
                                 "", 1))
        rc, out = make(["check"] + tree)
        check(rc and "its trace moved from" in out and
              "- call prefetchw(" in out,
              "make check KSRC=tree, prefetchw() dropped: the golden diff",
              failures)
        rc, out = make(["check", "KERNEL=6.1", "FAULT_C=" + fault_c])
        line = [l for l in out.splitlines() if "traces not compared" in l]
        check(rc == 0 and len(line) == 1 and "make regress" in line[0],
              "make check FAULT_C=other: one line, traces not compared",
              failures)
        fk.forget_unit(fault_c)


def run_status(failures):
    """./run check and ./run explore answer with the tool's own status:
    0 pass, 1 a row fails or a scenario breaks a rule, 2 no verdict."""
    with open(os.path.join(fk.ROOT, "arch", "x86", "mm", "fault.c")) as f:
        text = f.read()
    keep = "\tcheck_v8086_mode(regs, address, tsk);\n\n\tup_read(&mm->mmap_sem);"
    if keep not in text:
        check(False, "./run: the unit has the up_read() to drop", failures)
        return
    with tempfile.TemporaryDirectory(prefix="faultkit-run-") as d:
        held = os.path.join(d, "held.c")
        with open(held, "w") as g:	# keeps mmap_sem: rows fail
            g.write(text.replace(keep, keep.split("\n")[0], 1))
        broken = os.path.join(d, "broken.c")
        with open(broken, "w") as g:	# does not compile
            g.write(text + "\nthis is not C;\n")
        env = fk.make_env()
        for argv, want in ((["check"], 0), (["check", "FAULT_C=" + held], 1),
                           (["explore", "FAULT_C=" + held], 1),
                           (["check", "FAULT_C=" + broken], 2),
                           (["explore", "UNUSUAL=abc"], 2)):
            r = fk.run([os.path.join(fk.ROOT, "run")] + argv, env=env,
                       cwd=fk.ROOT, timeout=900)
            shown = " ".join(a if "=/" not in a else a.split("=")[0] + "=" +
                             os.path.basename(a) for a in argv)
            check(r.rc == want, "./run %s: exit %d%s" % (
                shown, want, "" if r.rc == want else " (got %d)" % r.rc),
                failures)
        fk.forget_unit(held)
        fk.forget_unit(broken)


def main():
    failures = []
    targets, variables = declared()
    helps = ""
    for k in PROFILES:
        rc, out = make(["help", "KERNEL=" + k])
        helps += out
    words = set(re.findall(r"[\w.-]+", helps))
    missing = sorted(t for t in targets if t not in words)
    check(not missing, "make help names every target (%d)%s" % (
        len(targets), ": not " + " ".join(missing) if missing else ""),
        failures)
    missing = [v for v in variables if v + "=" not in helps]
    check(not missing, "make help names every variable (%d)%s" % (
        len(variables), ": not " + " ".join(missing) if missing else ""),
        failures)

    for argv, name in REFUSED:
        rc, out = make(argv)
        # make's own "make: *** [target] Error 2" after a recipe's
        # refusal (make regress writes its JSON first) is not ours
        ours = [l for l in out.splitlines()
                if not re.match(r"make(\[\d+\])?: \*\*\* \[", l)]
        one = rc == 2 and len(ours) == 1 and name in out \
            and "faultkit:" in out
        check(one, "make %s: one line, exit 2" % " ".join(argv), failures)
        if not one:
            print("    exit %d:\n    %s" % (rc, out.replace("\n", "\n    ")))
    for argv in TAKEN:
        rc, out = make(["-n"] + argv)
        check(rc == 0, "make -n %s: taken" % " ".join(argv), failures)
        if rc:
            print("    " + out.replace("\n", "\n    "))

    rc, out = make(["check"])
    first = ([l for l in out.splitlines() if l.startswith("faultkit:")]
             or [""])[0]
    check(rc == 0 and re.match(r"faultkit: KERNEL=\S+, .*\d+\.\d+\.\d+",
                               first),
          "make check's first line names the kernel version", failures)
    if not re.match(r"faultkit: KERNEL", first):
        print("    " + out[-2000:].replace("\n", "\n    "))

    strict_gate(failures)

    run_status(failures)

    with tempfile.TemporaryDirectory(prefix="faultkit-cli-") as d:
        src = os.path.join(d, "segv.c")
        with open(src, "w") as f:
            f.write("int main(void) { return *(volatile int *)0; }\n")
        subprocess.run(["cc", "-o", os.path.join(d, "segv"), src],
                       check=True)
        env = fk.make_env()
        env["PWD"] = d
        rc, out = make(["-C", fk.ROOT, "explain", "PROG=./segv"], cwd=d,
                       env=env)
        check(rc == 0 and "./segv (pid" in out and "SIGSEGV" in out,
              "make -C tree explain PROG=./segv: where the user stands",
              failures)
        if rc:
            print("    " + out[-2000:].replace("\n", "\n    "))

    print("test-cli: %s" % ("all passed" if not failures else
                            "%d failed" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(fk.main("test-cli", main))
