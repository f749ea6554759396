#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make model-check: our model of the rest of fault.c against a whole file.

  model-check.py EXCERPT_BIN WHOLE_BIN LISTED [SCENARIOS] [--quiet]

EXCERPT_BIN runs the seed's excerpt with our model of the rest
(fault_rest.c), WHOLE_BIN a whole fault.c whose own functions replace
the model. Every row of the table (or every scenario of SCENARIOS, a
file in tests/compare/scenarios.txt's form, or the explored space as
make explore SAVE=file.tsv wrote it) runs on both. A row's behaviour is compared as a
whole file shows it: the calls to the model's fakes of the file's own
functions (`--own`) are left out, and the calls that leave fault.c are
compared without their nesting, with outcome, counters and broken rules.

LISTED holds the reviewed differences, one a line:
  call NAME: reason      calls to NAME are left out on both sides
  row NAME: reason       the row may differ, for this reason
Any other difference is a defect of the model: exit 1.
"""
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "lib"))
import faultkit as fb  # noqa: E402


def read_listed(path):
    calls, rows = {}, {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = re.match(r"(call|row) (\S+): (.+)$", line)
            if not m:
                raise fb.Trouble("%s:%d: want 'call NAME: reason' or "
                                 "'row NAME: reason'" % (path, n))
            (calls if m.group(1) == "call" else rows)[m.group(2)] = \
                m.group(3)
    return calls, rows


def own(binary):
    r = fb.run([binary, "--own"], timeout=60)
    if r.rc:
        raise fb.Trouble("%s --own failed:\n%s" % (binary, r.out + r.err))
    return set(r.out.split())


def project(lines, skip):
    """The row as a whole file shows it; the listed calls it made."""
    out, seen = [], set()
    for line in lines[1:]:
        if line.startswith("broken "):
            line = "broken " + fb.rule_text(line)
        elif line.startswith("call "):
            line = "call " + line[5:].lstrip()
            fn = line[5:].split("(", 1)[0]
            if fn in skip:
                seen.add(fn)
                continue
        out.append(line)
    return out, seen


def runs(binary, scenarios):
    """{row: [lines]}: the table's rows, or the scenarios of a file: a
    scenario file (tests/compare/scenarios.txt's form), or the explored
    space as make explore SAVE= wrote it (a .tsv: its scenarios are
    replayed)."""
    if not scenarios:
        return fb.behaviour(binary)
    if scenarios.endswith(".tsv"):
        keys = sorted(fb.read_explored(scenarios))
        got = fb.replay(binary, keys, timeout=3600)
        return {k: ["row " + k] + [l for l in got[k][1]
                                   if not l.startswith("row ")]
                for k in keys if k in got}
    r = fb.run([binary, "--scenario", scenarios], timeout=1800)
    if r.rc not in (0, 1):
        raise fb.Trouble("%s --scenario %s failed:\n%s"
                         % (binary, scenarios, (r.out + r.err)[-2000:]))
    return fb.parse(r.out)


def verdict(row, calls, rows, seen, same):
    """same, listed or DIFFERS, and the listings that apply."""
    why = ["call " + c for c in sorted(seen & set(calls))]
    if not same:
        why.append("row " + row if row in rows else None)
    if not why:
        return "same", why
    return ("DIFFERS" if None in why else "listed"), why


def compare(excerpt, whole, listed, scenarios, quiet):
    calls, rows = listed
    skip_e, skip_w = own(excerpt) | set(calls), own(whole) | set(calls)
    got_e, got_w = runs(excerpt, scenarios), runs(whole, scenarios)
    if list(got_e) != list(got_w):
        raise fb.Trouble("the two binaries ran different rows")
    counts = {"same": 0, "listed": 0, "DIFFERS": 0}
    used = set()
    for row in got_e:
        e, seen_e = project(got_e[row], skip_e)
        w, seen_w = project(got_w[row], skip_w)
        status, why = verdict(row, calls, rows, seen_e ^ seen_w, e == w)
        counts[status] += 1
        used.update(x for x in why if x)
        if status == "same" and quiet:
            continue
        print("%-7s %s%s" % (status, row, "".join(
            "  (listed: %s)" % x for x in why if x)))
        if e != w:
            print("\n".join("    " + d for d in difflib.unified_diff(
                e, w, "excerpt+model", "whole", lineterm="")))
    for x in sorted(used):
        kind, name = x.split(" ", 1)
        print("listed %s: %s" % (x, (calls if kind == "call" else
                                     rows)[name]))
    print("model-check: %d %s: %d same, %d differ as listed, %d differ "
          "unlisted" % (len(got_e), "scenarios" if scenarios else "rows",
                        counts["same"], counts["listed"],
                        counts["DIFFERS"]))
    return 1 if counts["DIFFERS"] else 0


def main(argv):
    args = [a for a in argv[1:] if a != "--quiet"]
    if len(args) not in (3, 4):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        return compare(args[0], args[1], read_listed(args[2]),
                       args[3] if len(args) == 4 else None,
                       "--quiet" in argv)
    except fb.Trouble as e:
        print("faultkit: model-check: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
