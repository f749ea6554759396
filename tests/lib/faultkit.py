# SPDX-License-Identifier: GPL-2.0
"""What the Python tools share: the table binary, its rows and verdicts.

A tool puts this folder on its path and imports the module:

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
    import faultkit as fk

It finds the table binary through one make target (`make testbin`), lists
its rows, parses its behaviour text and the golden files, runs its rows
for a verdict each, and reads gcov's counters of a source file. Anything
that stops a tool is a Trouble: one message, exit status 2.
"""
import collections
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


class Trouble(Exception):
    """Something that stops a run: one clear message, exit status 2.

    @detail (a compiler's messages, say) is printed before it.
    """

    def __init__(self, message, detail=None):
        super().__init__(message)
        self.detail = detail


class Timeout(Trouble):
    """A program that did not finish in the time it was given."""


def main(prog, fn, *args):
    """Runs a tool's @fn; its exit status, or 2 after one message when it
    meets Trouble ("@prog: message", its detail above)."""
    try:
        return fn(*args)
    except Trouble as e:
        if e.detail:
            print(e.detail.rstrip("\n"), file=sys.stderr)
        print("%s: %s" % (prog, e), file=sys.stderr)
        return 2


Result = collections.namedtuple("Result", "rc out err")


def run(argv, env=None, cwd=None, timeout=600):
    """Runs @argv; Result(exit status, stdout, stderr). A status below 0
    is the signal that killed it."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, cwd=cwd,
                           timeout=timeout, check=False)
    except OSError as e:
        raise Trouble("cannot run %s: %s" % (argv[0], e.strerror))
    except subprocess.TimeoutExpired:
        raise Timeout("%s did not finish in %g s" % (argv[0], timeout))
    return Result(p.returncode, p.stdout.decode("utf-8", "replace"),
                  p.stderr.decode("utf-8", "replace"))


# ---- make ---------------------------------------------------------------

def make_env():
    """The environment of a sub-make of this tree: the outer make's flags
    and command-line variables (MAKEFLAGS and friends) stay out, so that
    only the variables a tool names reach it."""
    env = dict(os.environ)
    # make exports its command line's variables too (KERNEL=6.1 given to
    # `make test` would pick every tool's kernel): MAKEFLAGS names them
    flags = env.get("MAKEFLAGS", "")
    if " -- " in flags or flags.startswith("-- "):
        for word in flags.split("-- ", 1)[1].split():
            env.pop(word.split("=", 1)[0], None)
    for k in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"):
        env.pop(k, None)
    # ./run's status file is the outer tool's, not a sub-make's
    env.pop("FK_STATUS", None)
    return env


def path_id(path):
    """The id the Makefile gives a path (FAULT_ID, ROWS_ID): its cksum."""
    r = subprocess.run(["cksum"], input=path.encode(),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.split()[0].decode()


def forget_unit(fault_c, o=None):
    """What the builds of a scratch unit left in the build folder (its
    unit folders and golden files): removed, so that scratch units do
    not pile up there run after run."""
    o = o or os.path.join(ROOT, "build")
    tag = path_id(os.path.abspath(fault_c))
    for d in glob.glob(os.path.join(o, "*", "unit*-" + tag)) + \
            glob.glob(os.path.join(o, "golden", "*-" + tag)):
        shutil.rmtree(d, ignore_errors=True)


def forget_rows(rows, o=None):
    """What the builds with a scratch EXTRA_ROWS= file left in the build
    folder (its object, the binaries that link it): removed."""
    o = o or os.path.join(ROOT, "build")
    tag = path_id(os.path.abspath(rows))
    for f in glob.glob(os.path.join(o, "*", "extra-rows", tag + ".o")) + \
            glob.glob(os.path.join(o, "*", "unit*", "faultkit-*-rows" +
                                   tag)):
        try:
            os.remove(f)
        except OSError:
            pass


def make_argv(targets, kernel=None, o=None, jobs=None, **make_vars):
    """make's command line (in make_env()) for @targets with KERNEL=, O=
    and @make_vars; what is not given is the Makefile's default."""
    given = {"KERNEL": kernel, "O": o}
    given.update(make_vars)
    return ["make", "-s", "--no-print-directory", "-C", ROOT] + \
        (["-j%d" % jobs] if jobs else []) + list(targets) + \
        ["%s=%s" % kv for kv in given.items() if kv[1] is not None]


def testbin(kernel=None, o=None, **make_vars):
    """`make testbin`: builds the table binary; (its path, the variables
    it is built from). Trouble with make's output if that fails."""
    argv = make_argv(["testbin"], kernel, o, os.cpu_count() or 2,
                     **make_vars)
    rc, out, err = run(argv, env=make_env(), cwd=ROOT, timeout=3600)
    lines = out.strip().splitlines()
    if rc or not lines:
        raise Trouble("make testbin %s failed (exit %d)" % (" ".join(
            a for a in argv if "=" in a), rc), out + err)
    built = dict(l.split("=", 1) for l in lines[:-1] if "=" in l)
    return os.path.join(ROOT, lines[-1]), built


def binary(kernel=None, o=None, **make_vars):
    """The table binary of @kernel (FAULT_C=, SANITIZE=, ... in
    @make_vars), built if need be; its path."""
    return testbin(kernel, o, **make_vars)[0]


# ---- rows and behaviour -------------------------------------------------

def parse_list(text):
    """[(suite, row)] of `--list` output, in table order."""
    rows = [tuple(l.split()) for l in text.splitlines() if l.strip()]
    if not rows:
        raise Trouble("no rows listed")
    for r in rows:
        if len(r) != 2:
            raise Trouble("expected 'suite row' lines, got %r" % " ".join(r))
    return rows


def list_rows(binary):
    """[(suite, row)] of @binary's table, in table order."""
    rc, out, err = run([binary, "--list"], timeout=60)
    if rc:
        raise Trouble("%s --list failed:\n%s" % (binary, out + err))
    try:
        return parse_list(out)
    except Trouble as e:
        raise Trouble("%s --list: %s" % (binary, e))


# `BINARY --behaviour` prints one block per row, blocks separated by an
# empty line, each starting with "row NAME". A row that crashed or hung
# prints "trouble ..." instead of its behaviour; a row that broke a rule
# of the harness has "broken ..." lines. Golden files hold the same
# blocks, one file per suite, under tests/<k>/golden/<suite>.txt;
# `--scenario FILE` prints them too.

GOLDEN_HEADER = (
    "# Behaviour of every row of suite {suite} on the unit below:\n"
    "# outcome, counters, broken rules, call trace.\n"
    "# Written by `make golden`; `make golden-check` keeps it honest.\n"
    "# unit: {unit}\n"
)
UNIT_RE = re.compile(r"^# unit: (.*) sha256:([0-9a-f]{64})$", re.M)


def parse(text):
    """Behaviour text -> {row: [lines]} in the order printed."""
    rows = {}
    for block in text.split("\n\n"):
        lines = [l for l in block.split("\n") if l]
        if not lines:
            continue
        if not lines[0].startswith("row "):
            raise Trouble("unexpected behaviour text: %r" % lines[0])
        name = lines[0][4:]
        if name in rows:
            raise Trouble("row %s printed twice" % name)
        rows[name] = lines
    return rows


def table_result(argv, r):
    """@r, the Result of the table binary's @argv, if it exited 0 (every
    row passed) or 1 (some did not); Trouble for any other status."""
    if r.rc not in (0, 1):
        raise Trouble("%s failed (status %d):\n%s" % (
            " ".join(argv), r.rc, (r.out + r.err)[-2000:]))
    return r


def behaviour(binary, env=None, timeout=1800):
    """Runs every row of @binary (in @env); {row: [lines]}. Crashes are
    rows' own. Timeout if the whole run takes more than @timeout seconds."""
    # Row timeouts are the binary's; of many rows a few may hang.
    argv = [binary, "--behaviour"]
    return parse(table_result(argv, run(argv, env=env,
                                        timeout=timeout)).out)


def golden_path(golden_dir, suite):
    return os.path.join(golden_dir, suite + ".txt")


def unit_of(path, name):
    """How a golden file names the fault.c it was made from: @name (as
    the profile spells it), and its contents' sha256, which decides."""
    try:
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
    except OSError as e:
        raise Trouble("%s: %s" % (path, e.strerror))
    return "%s sha256:%s" % (name, digest)


def same_unit(path, text, unit):
    """A golden file made from another unit is refused, not diffed."""
    m = UNIT_RE.search(text)
    if not m:
        raise Trouble("%s names no unit it was made from (run `make "
                      "golden`)" % path)
    if m.group(2) != UNIT_RE.search("# unit: " + unit).group(2):
        raise Trouble("%s was made from another unit (%s, sha256 %s...), "
                      "not from %s: refused" % (path, m.group(1),
                                                m.group(2)[:12], unit))


def render_golden(suite, names, rows, unit):
    """The text of one suite's golden file."""
    out = [GOLDEN_HEADER.format(suite=suite, unit=unit)]
    for name in names:
        out.append("\n" + "\n".join(rows[name]) + "\n")
    return "".join(out)


def read_golden(golden_dir, table, unit):
    """{row: [lines]} from the golden files of the suites in @table,
    which must have been made from @unit (unit_of())."""
    rows = {}
    for suite in sorted({s for s, _ in table}):
        path = golden_path(golden_dir, suite)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise Trouble("%s: %s (run `make golden`)" % (path, e.strerror))
        same_unit(path, text, unit)
        body = "\n".join(l for l in text.split("\n")
                         if not l.startswith("#"))
        rows.update(parse(body))
    return rows


def rule_text(line):
    """A broken rule without "broken " and the call number, which moves
    when a patch adds or drops a call before it."""
    return re.sub(r"^broken (call #\d+: )?", "", line)


def is_trouble(lines):
    return [l for l in lines if l.startswith("trouble ")]


def broken(lines):
    """The kernel rules a row's behaviour breaks: "broken ..." lines (a
    row's own mistakes are "authoring ..." lines, never rules)."""
    return [l for l in lines if l.startswith("broken ")]


def trace_only(binary):
    """{call: why} of the calls @binary's profile lists as hints,
    annotations or tracing (FK_TRACE_ONLY)."""
    rc, out, err = run([binary, "--trace-only"], timeout=60)
    if rc:
        raise Trouble("%s --trace-only failed:\n%s" % (binary, out + err))
    return dict(l.split("\t", 1) for l in out.splitlines() if "\t" in l)


def call_name(line):
    """The function a "call ..." line of a behaviour calls, and its depth."""
    body = line[len("call "):]
    depth = (len(body) - len(body.lstrip(" "))) // 2
    return body.lstrip(" ").split("(", 1)[0], depth


def without_trace(lines, names):
    """A behaviour without the calls in @names and the calls they make,
    and broken rules without their call numbers, which move with them:
    what the fault did, as make regress compares it."""
    out, skip = [], None
    for line in lines:
        if line.startswith("call "):
            fn, depth = call_name(line)
            if skip is not None and depth > skip:
                continue
            skip = None
            if fn in names:
                skip = depth
                continue
        elif line.startswith("broken "):
            line = "broken " + rule_text(line)
        out.append(line)
    return out


def trace_counts(lines, names):
    """{call in @names: how many times the behaviour calls it}."""
    n = dict.fromkeys(names, 0)
    for line in lines:
        if line.startswith("call "):
            fn = call_name(line)[0]
            if fn in n:
                n[fn] += 1
    return n


# ---- verdicts -----------------------------------------------------------

# "machine": the guard found no answer twice (machine trouble, no
# verdict); "notrun": the run stopped there, or after rows that spun,
# and names the rows it did not reach.
VERDICTS = ("pass", "fail", "crash", "machine", "notrun")


def verdicts(binary, env=None, timeout=1800):
    """{row: (verdict, why)} of every row of @binary, in table order; a
    verdict is one of VERDICTS, why says how a row crashed or hung.

    `BINARY --results` runs each row in a child of a fork server (a crash
    costs that row only) and prints "pass ROW", "fail ROW", "crash ROW
    WHY", "machine ROW WHY" or "notrun ROW"; exit 0 if every row
    passes, 1 if not, 2 for trouble (machine trouble among it). A --coverage build writes the gcov
    counters of the rows it ran (make regress reads them). Timeout if
    the whole run takes more than @timeout seconds.
    """
    argv = [binary, "--results"]
    rc, out, _ = table_result(argv, run(argv, env=env, timeout=timeout))
    found = {}
    for line in out.splitlines():
        verdict, _, rest = line.partition(" ")
        row, _, why = rest.partition(" ")
        if verdict not in VERDICTS or not row or row in found:
            raise Trouble("%s --results: unexpected line %r"
                          % (binary, line))
        found[row] = (verdict, why)
    if bool(rc) != bool(failing(found)):
        raise Trouble("%s --results exited %d, printing %d rows, %d failing"
                      % (binary, rc, len(found), len(failing(found))))
    return found


def failing(found):
    """The rows of verdicts() that did not pass, in table order."""
    return [row for row, (v, _) in found.items() if v != "pass"]


# ---- the explored space ---------------------------------------------------

RULES = os.path.join("tests", "x86", "impossible.txt")

Scenario = collections.namedtuple("Scenario", "fp shape kind broken")


def outside_path(kernel):
    return os.path.join(ROOT, "tests", kernel, "outside-space.txt")


def read_outside(path):
    """What a profile's space does not contain (tests/<k>/outside-space.txt):
    ({"dim=value" or "dim=*": why}, the same for the entries under "at
    bound 1", offered only from two unusual inputs on). A line "include
    <k>" takes a base profile's list first: a profile built on another
    lists only what it leaves out besides, and "offered dim=value ... :
    why" what its kernel has that the base's leaves out."""
    always, bound1 = {}, {}
    cur = always
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line.startswith("# ---- at bound 1"):
                cur = bound1
            if not line or line.startswith("#"):
                continue
            if line.startswith("include "):
                base = outside_path(line.split(None, 1)[1])
                if os.path.abspath(base) == os.path.abspath(path):
                    raise Trouble("%s:%d: includes itself" % (path, n))
                a, b = read_outside(base)
                always.update(a)
                bound1.update(b)
                continue
            offered = line.startswith("offered ")
            values, sep, why = line[8 if offered else 0:].partition(" : ")
            if not sep or not why.strip() or "=" not in values:
                raise Trouble("%s:%d: want 'dim=value ... : why'" % (path, n))
            for v in values.split():
                if not offered:
                    cur[v] = why.strip()
                elif always.pop(v, None) is None and \
                        bound1.pop(v, None) is None:
                    raise Trouble("%s:%d: offered %s, which no included "
                                  "list leaves out" % (path, n, v))
    return always, bound1


def outside_matches(listed, name, label):
    return "%s=%s" % (name, label) in listed or "%s=*" % name in listed


def pair(binary, json_path, unusual=2, jobs=2, timeout=3600):
    """Every scenario of the space on both units of a pair binary (make
    regress; tests/engine/pair.c): its JSON report as a dict, and what it
    printed. Nothing is saved: the two units run side by side."""
    r = run([binary, "--pair", "--rules", os.path.join(ROOT, RULES),
             "--unusual", str(unusual), "--jobs", str(jobs), "--json",
             json_path], timeout=timeout)
    if r.rc:
        raise Trouble("%s --pair failed (status %d)" % (binary, r.rc),
                      (r.out + r.err)[-3000:])
    try:
        with open(json_path, encoding="utf-8") as f:
            return json.load(f), r.out
    except (OSError, ValueError) as e:
        raise Trouble("%s --pair wrote no report it can read (%s): "
                      "rerun it" % (binary, e))


def replay(binary, scenarios, as_rows=False, base=False, deciding=False,
           timeout=600):
    """{choices: (Scenario, [lines])} of written-down scenarios run on
    @binary (@base: on the base unit of a pair binary): its fingerprints,
    outcome and broken rules, and its behaviour (the golden file's lines)
    or, with @as_rows, the scenario as a row to paste; with @deciding (a
    pair binary), as a row of the patched unit that lists only the calls
    the base does not make."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("".join(s + "\n" for s in scenarios))
    try:
        r = run([binary, "--replay", f.name] +
                (["--as-rows"] if as_rows else []) +
                (["--deciding"] if deciding else []) +
                (["--base"] if base else []), timeout=timeout)
    finally:
        os.unlink(f.name)
    if r.rc not in (0, 1):
        raise Trouble("%s --replay failed (status %d)" % (binary, r.rc),
                      (r.out + r.err)[-3000:])
    out = {}
    for block in ("\n" + r.out).split("\nscenario ")[1:]:
        lines = block.rstrip("\n").split("\n")
        head = lines[1].split() if len(lines) > 1 else []
        if len(head) == 5 and head[0] == "fingerprint":
            out[lines[0]] = (Scenario(head[1], head[2], int(head[3]),
                                      int(head[4])), lines[2:])
        else:
            out[lines[0]] = (None, lines[1:])
    return out


# ---- gcov -----------------------------------------------------------------

def fresh_counts(binary):
    """Removes the unit's counters next to @binary (built UNIT_COV=1 or
    COVERAGE=1): the next run counts only itself."""
    gcda = os.path.join(os.path.dirname(binary), "unit.gcda")
    if os.path.exists(gcda):
        os.unlink(gcda)


def gcov(source, objs, branches=False):
    """gcov's counts for @source in each object of @objs (a .o or .gcda
    built with --coverage; its .gcno beside it): one {line number:
    {"count": n, "branches": [gcov's branch records]}} per object, in
    order. Only @source's lines, found by real path (relative names are
    the compiler's, from its working directory); @branches asks gcov for
    branch counts (-b)."""
    want = os.path.realpath(source)
    objs = [os.path.abspath(o) for o in objs]
    with tempfile.TemporaryDirectory() as tmp:
        rc, out, err = run(["gcov", "--json-format", "--stdout"] +
                           (["-b"] if branches else []) + objs, cwd=tmp)
    if rc:
        raise Trouble("gcov failed:\n" + (err or out)[-2000:])
    found = {}
    for doc in out.splitlines():
        if not doc.startswith("{"):
            continue
        rec = json.loads(doc)
        lines = found.setdefault(os.path.abspath(rec["data_file"]), {})
        cwd = rec.get("current_working_directory", "")
        for f in rec["files"]:
            if os.path.realpath(os.path.join(cwd, f["file"])) != want:
                continue
            for l in f["lines"]:
                line = lines.setdefault(l["line_number"],
                                        {"count": 0, "branches": []})
                line["count"] += l["count"]
                line["branches"] += l.get("branches", [])
    if set(found) != set(objs):
        raise Trouble("gcov read %d of %d objects" % (len(found), len(objs)))
    return [found[o] for o in objs]
