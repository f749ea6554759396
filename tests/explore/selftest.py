#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make explore-selftest: the explorer says what it should.

  selftest.py KERNEL... [--unit-checks] [--o BUILD]

For each profile KERNEL (two at a time), the space explored with one
unusual input at a time breaks no rule, runs every line of fault.c a
row of the table runs (gcov of both), the rows it writes for the paths
no row takes (ROWS=) pass as rows of the table (EXTRA_ROWS=), the
values it never offers are exactly those tests/KERNEL/outside-space.txt
lists, with why, and its trace-only calls (FK_TRACE_ONLY) can be dropped
from every row and scenario with nothing else moving. With
--unit-checks (on the first KERNEL), the explorer runs clean under ASan
and UBSan, and units that break a rule, crash, spin or retry without end, made at test time
from the in-tree fault.c, are refused: exit 1, every broken rule printed
as a row, every crash named, a spinning unit stopped, one that retries
without end stopped by its budget.
"""
import json
import os
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk  # noqa: E402

UNUSUAL = "1"


class Failed(Exception):
    pass


def explore(binary, *extra):
    return fk.run([binary, "--explore", "--rules",
                   os.path.join(fk.ROOT, fk.RULES), "--unusual", UNUSUAL]
                  + list(extra), timeout=900)


# Each job's lines, printed in job order once all have run.
_log = threading.local()


def check(what, ok, detail=""):
    _log.lines.append("explore-selftest: %-52s %s" %
                      (what, "ok" if ok else "FAILED"))
    if not ok:
        raise Failed("%s\n%s" % (what, detail[-3000:]))


def job(fn, *args):
    """@fn(*args): (its lines, what failed or None)."""
    _log.lines = []
    try:
        fn(*args)
        return _log.lines, None
    except (Failed, fk.Trouble) as e:
        return _log.lines, str(e)


def outside(kernel, inputs):
    """The values the space never offered are the reviewed ones (at this
    bound: the file's "at bound 1" entries included)."""
    path = fk.outside_path(kernel)
    always, bound1 = fk.read_outside(path)
    listed = dict(always, **bound1)
    values = [(n, v, x["is"] == "not in this profile's space")
              for n, vs in inputs.items() for v, x in vs.items()]
    stale = [e for e in listed if e.split("=", 1)[0] not in inputs or
             (not e.endswith("=*") and
              e.split("=", 1)[1] not in inputs[e.split("=", 1)[0]])]
    unlisted = sorted("%s=%s" % (n, v) for n, v, out in values
                      if out and not fk.outside_matches(listed, n, v))
    offered = sorted("%s=%s" % (n, v) for n, v, out in values
                     if not out and fk.outside_matches(listed, n, v))
    check("%s: leaves out only what %s lists" %
          (kernel, os.path.basename(path)),
          not (stale or unlisted or offered),
          "never offered, and not listed: %s\nlisted, but offered: %s\n"
          "listed, but no such input: %s" %
          (" ".join(unlisted) or "-", " ".join(offered) or "-",
           " ".join(stale) or "-"))


def reach(kernel, o, explored, fault_c):
    """Every line of fault.c a row runs, some explored scenario runs: a
    row whose inputs the space cannot make would show here."""
    rows = fk.binary(kernel, o, UNIT_COV=1)
    fk.fresh_counts(rows)
    fk.verdicts(rows)
    by_rows, by_space = fk.gcov(fault_c, [
        os.path.join(os.path.dirname(b), "unit.o") for b in (rows, explored)])
    ran = lambda counts: {n for n, c in counts.items() if c["count"]}
    missed = sorted(ran(by_rows) - ran(by_space))
    with open(fault_c, encoding="utf-8", errors="replace") as f:
        text = f.read().split("\n")
    neither = len(set(by_rows) - ran(by_rows) - ran(by_space))
    check("%s: runs every line a row runs (%d of %d; %d run by neither)" % (
        kernel, len(ran(by_space)), len(by_rows), neither), not missed,
          "lines a row runs and no explored scenario does:\n" +
          "\n".join("%s:%d: %s" % (fault_c, n, text[n - 1].strip())
                    for n in missed))


def trace_only(kernel, o, explored):
    """The calls listed as trace only are: dropped from every row and
    every scenario, nothing else moves (an outcome, a counter, a broken
    rule, the lock, irqs, another call or its arguments)."""
    table = fk.binary(kernel, o)
    names = fk.trace_only(table)
    normal = fk.behaviour(table)
    r = fk.run([table, "--drop-trace-only", "--behaviour"], timeout=600)
    dropped = fk.parse(fk.table_result([table, "--behaviour"], r).out)
    moved = [row for row in normal if fk.without_trace(normal[row], names)
             != fk.without_trace(dropped.get(row, []), names)]
    s = fk.run([explored, "--pair", "--drop-check", "--rules",
                os.path.join(fk.ROOT, fk.RULES), "--unusual", UNUSUAL])
    check("%s: its %d trace-only calls are (%s)" % (
        kernel, len(names), ", ".join(sorted(names))),
          not moved and s.rc == 0,
          "rows that move without them: %s\n%s" % (" ".join(moved) or "-",
                                                    s.out + s.err))


def rows_replay(kernel, tmp, o):
    """The space breaks no rule and runs what the rows run; its rows pass
    as rows."""
    os.makedirs(tmp, exist_ok=True)
    binary, built = fk.testbin(kernel, o, EXPLORE=1, UNIT_COV=1)
    fk.fresh_counts(binary)
    # in the build folder, so that the next run rebuilds only this file
    rows = os.path.join(fk.ROOT, o, "explore-selftest", "explored-%s.c" %
                        kernel)
    os.makedirs(os.path.dirname(rows), exist_ok=True)
    js = os.path.join(tmp, "explored-%s.json" % kernel)
    r = explore(binary, "--rows", rows, "--json", js)
    check("%s: the space breaks no rule" % kernel, r.rc == 0, r.out + r.err)
    reach(kernel, o, binary, built["FAULT_C"])
    with open(js, encoding="utf-8") as f:
        outside(kernel, json.load(f)["inputs"])
    table = fk.binary(kernel, o, EXTRA_ROWS=rows)
    n = sum(1 for s, _ in fk.list_rows(table) if s == "extra")
    v = fk.verdicts(table)
    failing = fk.failing(v)
    check("%s: its %d rows pass as rows of the table" % (kernel, n),
          n > 0 and not failing, " ".join(failing))
    trace_only(kernel, o, binary)


def unit(o, name, old, new):
    """A copy of the in-tree fault.c with @old replaced, built to explore
    (in the build folder, written only when it changes: built once)."""
    # the in-tree fault.c is the default profile's (the Makefile's)
    return fk.binary(None, o, EXPLORE=1,
                     FAULT_C=unit_source(o, name, old, new))


def unit_source(o, name, old, new):
    """The path of that copy, written if it changed."""
    with open(os.path.join(fk.ROOT, "arch", "x86", "mm", "fault.c"),
              encoding="utf-8") as f:
        src = f.read()
    if old not in src:
        raise Failed("%s: the in-tree fault.c has no %r" % (name, old))
    path = os.path.join(fk.ROOT, o, "explore-selftest", name, "fault.c")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    src = src.replace(old, new, 1)
    try:
        with open(path, encoding="utf-8") as f:
            same = f.read() == src
    except OSError:
        same = False
    if not same:
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
    return path


def sanitized(o, tmp):
    """The explorer itself (the fork server, the choices and their text,
    --json, --rows, --replay, a pair binary's --pair and --drop-check)
    under ASan and UBSan: any report, a leak included, fails."""
    os.makedirs(tmp, exist_ok=True)
    b = fk.binary(None, o, EXPLORE=1, SANITIZE=1, OPT="-O0")
    runs = [explore(b, "--json", os.path.join(tmp, "san.json"), "--rows",
                    os.path.join(tmp, "san-rows.c"))]
    # a pair of units, the second one retrying without end: its rules
    # and examples are kept and reported
    fault_c = unit_source(o, *BAD_UNITS[-1][:3])
    pair = fk.binary(None, o, EXPLORE=1, SANITIZE=1, OPT="-O0",
                     FAULT_C=fault_c, PAIR_WITH=os.path.join(
                         os.path.dirname(b), "unit.o"))
    runs += [fk.run([pair, "--pair", "--rules", os.path.join(fk.ROOT,
                     fk.RULES), "--unusual", UNUSUAL, "--json",
                     os.path.join(tmp, "pair.json")]),
             fk.run([b, "--pair", "--drop-check", "--unusual", UNUSUAL])]
    replay = os.path.join(tmp, "replay.txt")
    with open(replay, "w", encoding="utf-8") as f:
        f.write("mode=user address=null\nmode=kernel\n")
    runs += [fk.run([pair, "--replay", replay] + a)
             for a in ([], ["--as-rows"], ["--base"])]
    bad = [r.out + r.err for r in runs
           if r.rc or "Sanitizer" in r.err or "runtime error" in r.err]
    check("the explorer runs clean under ASan and UBSan", not bad,
          "\n".join(bad))


# Units that the explorer must refuse: (name, the line replaced, its
# replacement, what the check says, what the output must all contain).
BAD_UNITS = (
    ("held", "\tcheck_v8086_mode(regs, address, tsk);\n\n"
     "\tup_read(&mm->mmap_sem);", "\tcheck_v8086_mode(regs, address, tsk);",
     "a unit that keeps mmap_sem: exit 1, rows that say so",
     ["broke a rule: mmap_sem still held"]),
    ("crash", "\tvma = find_vma(mm, address);",
     "\tvma = find_vma(mm, address);\n"
     "\tif (vma && (vma->vm_flags & VM_EXEC))\n\t\t*(volatile int *)0 = 1;",
     "a unit that crashes: exit 1, the scenarios named",
     ["crashed with signal 11", "vma.prot="]),
    ("spin", "\tcheck_v8086_mode(regs, address, tsk);", "\tfor (;;)\n\t\t;",
     "a unit that spins: stopped, exit 1, a broken rule each",
     ["the unit spins (an empty loop", "runaway: the unit spins"]),
    ("retry", "\t\t\tflags &= ~FAULT_FLAG_ALLOW_RETRY;",
     "\t\t\t/* ALLOW_RETRY kept */",
     "a unit that retries without end: runaway, exit 1",
     ["runaway: handle_mm_fault called 3 times"]),
)


def unit_checks(o):
    for name, old, new, what, says in BAD_UNITS:
        r = explore(unit(o, name, old, new))
        check(what, r.rc == 1 and all(x in r.out for x in says), r.out)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    o = argv[argv.index("--o") + 1] if "--o" in argv else "build"
    kernels = [a for i, a in enumerate(argv[1:], 1)
               if not a.startswith("--") and argv[i - 1] != "--o"]
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(rows_replay, k, os.path.join(tmp, k), o) for k in kernels]
        if "--unit-checks" in argv:
            jobs += [(sanitized, o, os.path.join(tmp, "san")),
                     (unit_checks, o)]
        with ThreadPoolExecutor(max_workers=2) as pool:
            done = list(pool.map(lambda j: job(*j), jobs))
    failed = 0
    for lines, err in done:
        print("\n".join(lines))
        if err:
            print("explore-selftest: %s" % err, file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
