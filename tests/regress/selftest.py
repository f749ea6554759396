#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make regress-selftest: the regression report says what it should.

Every tests/<k>/patches/<name>.diff of the profile (--kernel: models of
real fault-path changes, or real upstream commits reverted) and
tests/<k>/fixtures/<name>.diff with a <name>.expect beside it is run
through regress.py; the report must name exactly the rows of the
.expect, with their status, and no other, exit as the .expect says, and
list exactly its unreached lines. .expect lines:

  exit N                  the exit status
  changed ROW             ROW's behaviour changes
  trace-only ROW          only ROW's trace-only calls move
  breaks ROW [TEXT]       the patched unit breaks a kernel rule in ROW,
                          the rule containing TEXT (runaway: a budget)
  crashes ROW [TEXT]      the patched unit crashes in ROW
  unreached TEXT          an added line no row reaches, by its text
  unexplored TEXT         of those, one no explored scenario reaches
                          either (with unusual: every such line is listed)
  note TEXT               a note of the report contains TEXT
  changes REGEX           every -/+ line of every diff matches one REGEX
  unusual N               explore the space too, with this bound (without
                          it: the rows only, which is quicker)
  space N                 N scenarios of the explored space behave
                          otherwise (with unusual; without it: none does)
  space-class FROM TO     a class of them goes from outcome FROM to TO;
                          every class must be listed
  region-input TERM       every region of the space names TERM (the input
                          the patch's condition adds, "input=value")

With a space, every region's predicate must be exact over the space (it
holds for every changed scenario of its group and no unchanged one), and
the rows the report prints (ROWS=) must pass on the patched unit and
fail on the base.

Then, for the profile that has the fixtures (RHEL6), the bad inputs: a
patch that does not apply, one for other files only, one that does not
compile, missing and unreadable files, a FAULT_C that does not compile;
each exit status for what it means (0, 1, 3, 2, 125 with --bisect, and
a refusal's JSON); three runs of a patch, make explore and make check
at once, each as alone; a unit that retries without end, judged (3,
runaway) within bounds of CPU time, memory and bytes written. Through
all of it the profile's fault.c (--base) must stay byte for byte what
it was, and no run may leave anything in build/.
"""
import difflib
import glob
import hashlib
import json
import os
import re
import resource
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk  # noqa: E402
from faultkit import ROOT, make_argv, make_env, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.join(ROOT, "arch", "x86", "mm", "fault.c")
FIXTURES = os.path.join("tests", "rhel6", "fixtures")


def option(argv, name, default):
    """The value of regress.py's @name in @argv, as make passes it."""
    return argv[argv.index(name) + 1] if name in argv else default


class Failed(Exception):
    pass


def regress(common, *args, env=None):
    """(exit status, stdout, stderr) of one regress.py run."""
    e = dict(os.environ)
    e.update(env or {})
    return run([sys.executable, os.path.join(HERE, "regress.py")] + common
               + list(args), cwd=ROOT, env=e)


def read_expect(path):
    exp = {"exit": None, "rows": {}, "unreached": [], "unexplored": [],
           "notes": [], "region_inputs": [],
           "changes": [], "space": 0, "classes": set(), "unusual": -1}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            word, _, rest = line.partition(" ")
            if word == "exit":
                exp["exit"] = int(rest)
            elif word in ("changed", "trace-only", "breaks", "crashes"):
                row, _, text = rest.partition(" ")
                exp["rows"][row] = (word, text)
            elif word in ("unreached", "unexplored"):
                exp[word].append(rest)
            elif word == "note":
                exp["notes"].append(rest)
            elif word == "changes":
                exp["changes"].append(re.compile(rest))
            elif word == "space":
                exp["space"] = int(rest)
            elif word == "unusual":
                exp["unusual"] = int(rest)
            elif word == "space-class":
                exp["classes"].add(tuple(rest.split()))
            elif word == "region-input":
                exp["region_inputs"].append(rest)
            else:
                raise Failed("%s:%d: unknown line %r" % (path, n, line))
    if exp["exit"] is None:
        raise Failed("%s: no exit line" % path)
    return exp


def check_report(name, exp, rc, doc):
    """Differences between a JSON report and its expectation."""
    bad = []
    if rc != exp["exit"] or doc["exit"] != exp["exit"]:
        bad.append("exit %d (JSON %s), expected %d%s" % (
            rc, doc["exit"], exp["exit"],
            ": " + doc["error"] if doc.get("error") else ""))
    got = {r["row"]: r for r in doc["rows"] if r["status"] != "unchanged"}
    for row, (status, text) in exp["rows"].items():
        r = got.get(row)
        if not r:
            bad.append("%s: expected %s, reported unchanged or absent"
                       % (row, status))
        elif row_word(r) != status:
            bad.append("%s: expected %s, reported %s" % (row, status,
                                                         row_word(r)))
        elif text and text not in (r["reason"] or ""):
            bad.append("%s: reason %r lacks %r" % (row, r["reason"], text))
    for row in sorted(set(got) - set(exp["rows"])):
        bad.append("%s: reported %s, expected unchanged"
                   % (row, row_word(got[row])))
    texts = [u["text"] for u in doc["unreached"]]
    if sorted(texts) != sorted(exp["unreached"]):
        bad.append("unreached lines %r, expected %r"
                   % (texts, exp["unreached"]))
    if exp["unusual"] >= 0:
        texts = [u["text"] for u in doc["unreached"] if not u["explored"]]
        if sorted(texts) != sorted(exp["unexplored"]) or \
                doc["changed_lines"]["unexplored"] != len(texts):
            bad.append("lines no explored scenario reaches %r (%s), "
                       "expected %r" % (texts,
                                        doc["changed_lines"]["unexplored"],
                                        exp["unexplored"]))
    for note in exp["notes"]:
        if not any(note in n for n in doc["notes"]):
            bad.append("no note contains %r (notes: %r)"
                       % (note, doc["notes"]))
    space = doc.get("space", {})
    if exp["unusual"] >= 0 and space.get("unusual") != exp["unusual"]:
        bad.append("explored with %s unusual inputs, expected %d"
                   % (space.get("unusual"), exp["unusual"]))
    if space.get("changed", 0) != exp["space"]:
        bad.append("%d scenarios of the explored space behave otherwise, "
                   "expected %d" % (space.get("changed", 0), exp["space"]))
    classes = {(c["from"], c["to"]) for c in space.get("classes", [])}
    if exp["space"] and classes != exp["classes"]:
        bad.append("classes %s, expected %s" % (sorted(classes),
                                                 sorted(exp["classes"])))
    for r in space.get("regions", []):
        if r["wrong_in"] or r["wrong_out"]:
            bad.append("region %s -> %s where %s is not exact: %d unchanged "
                       "in, %d changed out" % (r["from"], r["to"],
                                               " ".join(r["where"]),
                                               r["wrong_in"], r["wrong_out"]))
        for term in exp["region_inputs"]:
            if term not in r["where"]:
                bad.append("region %s -> %s where %s does not name %s" % (
                    r["from"], r["to"], " ".join(r["where"]), term))
    for r in doc["rows"] if exp["changes"] else []:
        for line in r["diff"][2:]:
            if line[:1] in "-+" and \
                    not any(c.search(line) for c in exp["changes"]):
                bad.append("%s: unexpected change %r" % (r["row"], line))
    return ["%s: %s" % (name, b) for b in bad]


def row_word(r):
    """The .expect word for a row of the JSON report."""
    if r["crashed"]:
        return "crashes"
    if r["breaks"]:
        return "breaks"
    return r["status"].replace(" ", "-")


def run_expect(common, diff, tmp):
    """Runs one patch with an .expect; returns the problems found."""
    exp = read_expect(os.path.splitext(diff)[0] + ".expect")
    out = os.path.join(tmp, os.path.basename(diff) + ".json")
    rows = os.path.join(tmp, os.path.basename(diff) + ".rows.c")
    rc, _, err = regress(common, "--patch", diff, "--json", out, "--quiet",
                         "--unusual", str(exp["unusual"]), "--rows", rows)
    try:
        with open(out, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        return ["%s: no JSON report (%s); stderr:\n%s" % (diff, e, err)]
    bad = check_report(diff, exp, rc, doc)
    if doc.get("space", {}).get("regions"):
        bad += rows_as_said(common, diff, rows, tmp)
    return bad


def rows_as_said(common, diff, rows, tmp):
    """The report's rows, pasted as printed (EXTRA_ROWS=), pass on the
    patched unit and fail on the base."""
    kernel = option(common, "--kernel", "rhel6")
    base = os.path.join(ROOT, option(common, "--base", TREE))
    copy = os.path.join(tmp, os.path.basename(diff) + ".d", "fault.c")
    os.makedirs(os.path.dirname(copy))
    shutil.copyfile(base, copy)
    rc, out, err = run(["patch", "-s", "-p4", "-d", os.path.dirname(copy),
                        "-i", os.path.join(ROOT, diff)])
    if rc:
        return ["%s: patch(1) on a copy: %s%s" % (diff, out, err)]
    bad = []
    try:
        for fault_c, want in ((copy, "pass"), (None, "fail")):
            binary = fk.binary(kernel, EXTRA_ROWS=rows, FAULT_C=fault_c)
            extra = [r for s, r in fk.list_rows(binary) if s == "extra"]
            got = fk.verdicts(binary)
            wrong = [r for r in extra
                     if (got[r][0] == "pass") != (want == "pass")]
            if not extra or wrong:
                bad.append("%s: rows that do not %s on the %s unit: %s" % (
                    diff, want, "patched" if fault_c else "base",
                    " ".join(wrong) or "(none printed)"))
    finally:
        # scratch paths: their builds would pile up in build/
        fk.forget_unit(copy)
        fk.forget_rows(rows)
    return bad


def expect_trouble(what, result, pattern, last=None):
    """A run that must fail with exit 2 and one clear message."""
    rc, _, err = result
    lines = err.strip().split("\n")
    bad = []
    if rc != 2:
        bad.append("exit %d, expected 2" % rc)
    if not re.search(pattern, err, re.M):
        bad.append("stderr lacks /%s/" % pattern)
    if not lines[-1].startswith("faultkit: regress: "):
        bad.append("last line is not the faultkit message: %r" % lines[-1])
    if last and not re.search(last, lines[-1]):
        bad.append("last line lacks /%s/: %r" % (last, lines[-1]))
    return ["%s: %s\n%s" % (what, b, err) for b in bad]


def fx(name):
    return os.path.join(FIXTURES, name)


def bad_inputs(common, tmp):
    bad = expect_trouble(
        "patch that does not apply",
        regress(common, "--patch", fx("does-not-apply.diff")),
        r"does-not-apply\.diff:16: hunk #2 @@ -164,18 \+164,6 @@ does "
        r"not apply to arch/x86/mm/fault\.c")
    bad += expect_trouble(
        "patch for other files only",
        regress(common, "--patch", fx("other-files-only.diff")),
        r"no hunk for arch/x86/mm/fault\.c .*the patch names: mm/memory\.c")
    bad += expect_trouble(
        "patch that does not compile",
        regress(common, "--patch", fx("does-not-compile.diff")),
        r"^tests/rhel6/fixtures/does-not-compile\.diff:13:27: error: "
        r".FAULT_FLAG_REMOTE. undeclared",
        r"with tests/rhel6/fixtures/does-not-compile\.diff applied does "
        r"not compile")
    bad += expect_trouble("neither PATCH nor FAULT_C", regress(common),
                          r"give PATCH=file\.diff or FAULT_C=")
    bad += expect_trouble("missing PATCH",
                          regress(common, "--patch", "no/such.diff"),
                          r"PATCH=no/such\.diff: no such file")
    bad += expect_trouble("missing FAULT_C",
                          regress(common, "--fault-c", "no/such/fault.c"),
                          r"FAULT_C=no/such/fault\.c: no such file")
    bad += expect_trouble("unreadable FAULT_C (a folder)",
                          regress(common, "--fault-c", "arch"),
                          r"FAULT_C=arch: not a regular file")
    broken = os.path.join(tmp, "fault.c")
    with open(TREE, encoding="utf-8") as f:
        text = f.read()
    lineno = text[:text.index("\tmm = tsk->mm;")].count("\n") + 1
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text.replace("\tmm = tsk->mm;", "\tmm = tsk->mm_struct;"))
    bad += expect_trouble(
        "FAULT_C that does not compile",
        regress(common, "--fault-c", broken),
        r"^%s:%d:\d+: error: .*mm_struct" % (re.escape(broken), lineno),
        r"%s does not compile" % re.escape(broken))
    return bad


def fault_c_and_state(common, tmp):
    """FAULT_C= gives the PATCH= report; text and JSON agree."""
    bad = []
    good = os.path.join(ROOT, "tests", "rhel6", "patches",
                        "stack-cushion-removal.diff")
    js = os.path.join(tmp, "state.json")
    rc, out, err = regress(common, "--patch", good, "--json", js)
    if rc != 1 or not one_changed(out):
        return ["stack-cushion-removal: exit %d\n%s%s" % (rc, out, err)]
    with open(js, encoding="utf-8") as f:
        doc = json.load(f)
    for r in doc["rows"]:
        if r["status"] == "changed" and not re.search(
                r"^  changed +%s \[%s\]" % (r["row"], r["suite"]), out,
                re.M):
            bad.append("text report lacks %s %s" % (r["status"], r["row"]))
    mine = os.path.join(tmp, "patched", "fault.c")
    os.makedirs(os.path.dirname(mine))
    shutil.copyfile(TREE, mine)
    rc, out, err = run(["patch", "-s", "-p4", "-d", os.path.dirname(mine),
                        "-i", good])
    if rc:
        return bad + ["patch(1) on a copy: %s%s" % (out, err)]
    rc, out, err = regress(common, "--fault-c", mine, "--quiet")
    if rc != 1 or not re.search(r"^  changed +user_write_below_cushion_sigsegv"
                                r" \[stack\]", out, re.M) or \
            not one_changed(out):
        bad.append("FAULT_C=patched copy: exit %d\n%s%s" % (rc, out, err))
    return bad


def exit_codes(common, tmp):
    """Each exit status means one thing, in the JSON as in the status;
    a refusal writes its JSON too; --bisect answers 125 for 2."""
    cases = (
        ("no behaviour change", ["--patch", os.path.join(
            "tests", "rhel6", "patches", "noop-rename.diff")], 0),
        ("behaviour changes", ["--patch", os.path.join(
            "tests", "rhel6", "patches", "stack-cushion-removal.diff")], 1),
        ("breaks a kernel rule", ["--patch", os.path.join(
            "tests", "rhel6", "patches", "account-every-pass.diff")], 3),
        ("could not judge", ["--patch", fx("does-not-apply.diff")], 2),
        ("could not judge, for git bisect",
         ["--patch", fx("does-not-apply.diff"), "--bisect"], 125),
        ("refused by make", ["--refused", "KERNEL=9.9: no such profile"], 2),
    )
    bad = []
    for i, (what, args, want) in enumerate(cases):
        js = os.path.join(tmp, "exit-%d.json" % i)
        rc, out, err = regress(common, *args, "--json", js)
        try:
            with open(js, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            bad.append("%s: no JSON (%s)\n%s%s" % (what, e, out, err))
            continue
        if rc != want or doc["exit"] != (2 if want == 125 else want):
            bad.append("%s: exit %d, JSON %s, expected %d\n%s%s"
                       % (what, rc, doc["exit"], want, out, err))
        if (doc["exit"] == 2) != bool(doc["error"]):
            bad.append("%s: exit %s with error %r"
                       % (what, doc["exit"], doc["error"]))
    return bad


def mail_is_stable(common, tmp):
    """FORMAT=mail: the same text from two runs, with nothing of the
    machine in it (no path of the checkout or the build, no run's name);
    each hunk quoted, a region told under it."""
    patch = os.path.join("tests", "rhel6", "patches",
                         "cushion-skips-fetch.diff")
    texts = [regress(common, "--patch", patch, "--format", "mail",
                     "--unusual", "2") for _ in range(2)]
    out = texts[0][1]
    bad = []
    if texts[0][1] != texts[1][1]:
        bad.append("two runs wrote two texts")
    for leak in (ROOT, tmp, "build/", "/tmp"):
        if leak in out:
            bad.append("it names %s" % leak)
    if not re.search(r"^> @@ ", out, re.M) or \
            "where sp=beyond_cushion" not in " ".join(out.split()):
        bad.append("no hunk quoted with its region under it")
    return ["%s\n%s" % (b, out) for b in bad]


def side_by_side(common, tmp):
    """Three runs of one patch, make explore and make check, all at once,
    give what each gives alone, and leave nothing behind."""
    patch = os.path.join("tests", "rhel6", "patches",
                         "kprobe-kernel-write.diff")
    outs = [os.path.join(tmp, "side-%d.json" % i) for i in range(3)]
    space = [os.path.join(tmp, "side-explore-%d.json" % i) for i in range(2)]
    explore = lambda js: run(make_argv(["explore"], "rhel6", JSON=js),
                             env=make_env(), cwd=ROOT)
    alone = explore(space[0])
    jobs = [lambda o=o: regress(common, "--patch", patch, "--json", o,
                                "--unusual", "2") for o in outs]
    jobs += [lambda: explore(space[1]),
             lambda: run(make_argv(["check"], "rhel6"), env=make_env(),
                         cwd=ROOT)]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        done = list(pool.map(lambda j: j(), jobs))
    docs = []
    for o, (rc, out, err) in zip(outs, done):
        try:
            with open(o, encoding="utf-8") as f:
                docs.append(json.load(f))
        except (OSError, ValueError) as e:
            return ["%s: no JSON (%s), exit %d\n%s%s" % (o, e, rc, out, err)]
        if rc != 1:
            return ["a run beside others: exit %d\n%s%s" % (rc, out, err)]
    bad = ["run %d's JSON differs from run 1's" % (i + 1)
           for i, d in enumerate(docs) if d != docs[0]]
    with open(space[0], encoding="utf-8") as f, \
            open(space[1], encoding="utf-8") as g:
        a, b = json.load(f), json.load(g)
    for k in ("scenarios", "behaviours", "shapes", "paths", "outcomes",
              "broken", "trouble", "inputs", "path_list",
              "broken_scenarios", "rows_for_paths_without_row"):
        if a[k] != b[k]:
            bad.append("make explore beside them: %s %r, alone %r"
                       % (k, b[k], a[k]))
    if alone.rc or done[3].rc or done[4].rc:
        bad.append("make explore or make check failed: exit %d, %d, %d\n%s"
                   % (alone.rc, done[3].rc, done[4].rc,
                      done[4].out[-1500:]))
    return bad


def runaway(common, tmp):
    """A unit that retries without end: a verdict (3, runaway), in bounded
    CPU time, memory and bytes. CPU time, not the wall clock: the machine
    may be loaded."""
    mine = os.path.join(tmp, "retry", "fault.c")
    os.makedirs(os.path.dirname(mine))
    with open(TREE, encoding="utf-8") as f:
        text = f.read()
    keep = "\t\t\tflags &= ~FAULT_FLAG_ALLOW_RETRY;"
    with open(mine, "w", encoding="utf-8") as f:
        f.write(text.replace(keep, "\t\t\t/* ALLOW_RETRY kept */"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    size = tree_bytes(os.path.join(ROOT, "build"))
    js = os.path.join(tmp, "retry.json")
    rc, out, err = regress(common, "--fault-c", mine, "--json", js,
                           "--unusual", "2")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - \
        (before.ru_utime + before.ru_stime)
    grown = tree_bytes(os.path.join(ROOT, "build")) - size
    bad = []
    if rc != 3 or "runaway: handle_mm_fault called 3 times" not in out:
        bad.append("exit %d, no runaway named\n%s%s" % (rc, out[-3000:],
                                                        err))
    if cpu > 120:
        bad.append("%.0f s of CPU (at most 120)" % cpu)
    if after.ru_maxrss > 1024 * 1024:
        bad.append("a process of %d MB (at most 1024)"
                   % (after.ru_maxrss // 1024))
    if grown > 200 << 20:
        bad.append("build/ grew by %d MB (at most 200)" % (grown >> 20))
    return bad


def fixes_rule(common, tmp):
    """A patch that fixes a broken rule (a RHEL 6.5 tree whose fault.c
    keeps mmap_sem, and the patch that releases it): exit 1, and the
    report says first which rule the base broke and the patch keeps. A
    contract row that expects a rule broken is not the patch's doing."""
    del common
    tree = os.path.join(tmp, "held-tree")
    mine = os.path.join(tree, "arch", "x86", "mm", "fault.c")
    os.makedirs(os.path.dirname(mine))
    with open(os.path.join(tree, "Makefile"), "w") as f:
        f.write("VERSION = 2\nPATCHLEVEL = 6\nSUBLEVEL = 32\n"
                "EXTRAVERSION =\nRHEL_MAJOR = 6\nRHEL_MINOR = 5\n"
                "RHEL_RELEASE = 431\n")
    with open(TREE, encoding="utf-8") as f:
        text = f.read()
    keep = "\tcheck_v8086_mode(regs, address, tsk);\n\n" \
        "\tup_read(&mm->mmap_sem);"
    with open(mine, "w", encoding="utf-8") as f:
        f.write(text.replace(keep, keep.split("\n")[0]))
    diff = os.path.join(tmp, "release.diff")
    with open(diff, "w") as f:
        f.write("--- a/arch/x86/mm/fault.c\n+++ b/arch/x86/mm/fault.c\n" +
                "".join(difflib.unified_diff(
                    text.replace(keep, keep.split("\n")[0]).splitlines(True),
                    text.splitlines(True), n=3))[
                        len("--- \n+++ \n"):])
    js = os.path.join(tmp, "fix.json")
    try:
        r = run(make_argv(["regress"], KSRC=tree, PATCH=diff, JSON=js,
                          QUIET="1"), env=make_env(), cwd=ROOT, timeout=900)
        with open(js, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        return ["no JSON report: %s" % e]
    finally:
        fk.forget_unit(mine)
    bad = []
    fixed = doc["space"].get("fixed_rules", [])
    if doc["exit"] != 1 or not fixed or \
            "mmap_sem still held" not in fixed[0]["rule"] or \
            "keeps a rule the base unit breaks" not in r.out:
        bad.append("exit %s, fixed %r\n%s" % (doc["exit"], fixed,
                                              (r.out + r.err)[-2000:]))
    return bad


def tree_bytes(top):
    n = 0
    for d, _, files in os.walk(top):
        for f in files:
            try:
                n += os.lstat(os.path.join(d, f)).st_size
            except OSError:
                pass
    return n


def running(path):
    """Is the run that named @path (r<pid>x..., regress.py) still going?
    Another profile's make regress may be (make test runs them side by
    side): its folders are not left behind yet."""
    m = re.search(r"r(\d+)x[0-9a-f]+$", path)
    if not m:
        return False
    try:
        os.kill(int(m.group(1)), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def nothing_left():
    """No folder or unit build of a finished run is left in build/."""
    left = glob.glob(os.path.join(ROOT, "build", "regress", "r*x*")) + \
        glob.glob(os.path.join(ROOT, "build", "*", "unit*-r*x*"))
    return ["left behind: %s" % os.path.relpath(p, ROOT) for p in left
            if not running(p)]


def one_changed(text):
    """"rows: N: N-1 unchanged, 0 trace only, 1 changed", whatever N is."""
    m = re.search(r"rows: (\d+): (\d+) unchanged, 0 trace only, 1 changed",
                  text)
    return bool(m) and int(m.group(2)) == int(m.group(1)) - 1


def digest(path):
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.sha256(data).hexdigest(), os.stat(path).st_mtime_ns


def main(argv):
    common = argv[1:]
    os.chdir(ROOT)
    kernel = option(common, "--kernel", "rhel6")
    base = os.path.join(ROOT, option(common, "--base", TREE))
    here = os.path.join("tests", kernel, "fixtures")
    before = digest(base)
    # One run first: it checks the golden files and builds what the
    # others share (the explorer's too, if any explores), so that the
    # rest can run two at a time.
    patches = sorted(glob.glob(os.path.join("tests", kernel, "patches",
                                            "*.diff")),
                     key=lambda p: (read_expect(p[:-5] + ".expect")["unusual"]
                                    < 0 if os.path.exists(p[:-5] + ".expect")
                                    else True, p))
    fixtures = sorted(p for p in glob.glob(os.path.join(here, "*.diff"))
                      if os.path.exists(p[:-5] + ".expect"))
    missing = [p for p in patches if not os.path.exists(p[:-5] + ".expect")]
    if missing or not patches:
        print("regress-selftest: no .expect for: %s" % " ".join(missing)
              if missing else "regress-selftest: no patches in "
              "tests/%s/patches" % kernel)
        return 1
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append((patches[0], run_expect(common, patches[0], tmp)))
        common = common + ["--no-golden-check"]
        jobs = [(p, run_expect, (common, p, tmp))
                for p in patches[1:] + fixtures]
        if here == FIXTURES:
            # what these check is in the rows' report: no space to explore
            rows_only = common + ["--unusual", "-1"]
            jobs += [("bad inputs", bad_inputs, (rows_only, tmp)),
                     ("FAULT_C and the text report", fault_c_and_state,
                      (rows_only, tmp)),
                     ("one meaning per exit code", exit_codes,
                      (rows_only, tmp)),
                     ("regress, explore and check at once: as alone",
                      side_by_side, (common, tmp)),
                     ("FORMAT=mail: the same text, nothing of here",
                      mail_is_stable, (common, tmp)),
                     ("a unit that retries without end", runaway,
                      (common, tmp)),
                     ("a patch that fixes a broken rule", fixes_rule,
                      (common, tmp))]
        with ThreadPoolExecutor(max_workers=2) as pool:
            found = pool.map(lambda j: j[1](*j[2]), jobs)
            results += [(j[0], r) for j, r in zip(jobs, found)]
    results.append(("the profile's fault.c untouched",
                    [] if digest(base) == before else
                    ["%s was written to" % os.path.relpath(base, ROOT)]))
    results.append(("nothing of a run left in build/", nothing_left()))
    failed = 0
    for name, problems in results:
        print("regress-selftest: %-45s %s" % (
            name, "FAILED" if problems else "ok"))
        for p in problems:
            print("    " + p.replace("\n", "\n    "))
        failed += bool(problems)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
