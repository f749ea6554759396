#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Self-test of the coverage gate: a row that alone takes a branch is left
out of the table, and the gate must fail naming exactly what only that row
reached, as file:line.

   selftest.py --bin BIN --map OUT/rows.json --work DIR

The row is found in the map the last `make coverage` wrote, never named
here; it is left out with Check's CK_EXCLUDE_TAGS (each row is tagged with
its name). The table files are not touched.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../tests/lib"))
import faultkit as fk

HERE = os.path.dirname(os.path.abspath(__file__))
MISSED = re.compile(r"^  (\S+):(\d+): (?:branch (\d+) of \d+.* never taken"
                    r"|line never run):")


def die(msg, code=2):
    print("coverage-selftest: " + msg, file=sys.stderr)
    sys.exit(code)


def load_map(path, binary):
    try:
        m = json.load(open(path))
    except (OSError, ValueError) as e:
        die("%s: %s; run `make coverage` first" % (path, e))
    if m["rows"] != [row for _, row in fk.list_rows(binary)]:
        die("%s is older than the table; run `make coverage` first" % path)
    return m


def pick(m):
    """The first branch, in line order, that one row alone takes."""
    for b in m["branches"]:
        if len(b["rows"]) == 1:
            return b["rows"][0], b
    die("no branch is taken by one row only: nothing to leave out")


def expected(m, row):
    """Everything that row alone (or no row) reaches goes missing."""
    shown = m["file"]
    lines = {(shown, int(l), None) for l, rows in m["lines"].items()
             if set(rows) <= {row}}
    branches = {(shown, b["line"], b["branch"]) for b in m["branches"]
                if set(b["rows"]) <= {row}}
    return lines | branches


def run_gate(binary, fault_c, work, row):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CK_")}
    env["CK_EXCLUDE_TAGS"] = row
    out = ""
    for argv in (["collect.py", "--gate-only", "--bin", binary,
                  "--fault-c", fault_c, "--work", os.path.join(work, "run"),
                  "--out", work],
                 ["report.py", "--fault-c", fault_c, "--out", work,
                  "--min", "100"]):
        p = fk.run([sys.executable, os.path.join(HERE, argv[0])] + argv[1:],
                   env=env)
        out += p.out + p.err
        if p.rc and argv[0] == "collect.py":
            # The table itself must pass without the row.
            die("collecting without row %s failed:\n%s" % (row, out), 1)
    return p.rc, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--map", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()

    m = load_map(a.map, a.bin)
    row, b = pick(m)
    want = expected(m, row)
    rc, out = run_gate(a.bin, m["path"], a.work, row)
    got = {(f, int(l), None if br is None else int(br))
           for f, l, br in (MISSED.match(x).groups()
                            for x in out.splitlines() if MISSED.match(x))}
    print("coverage-selftest: without row %s, the only row that takes "
          "branch %d of %s:%d (%s), the gate says:"
          % (row, b["branch"], m["file"], b["line"], b["source"]))
    print("\n".join("  | " + x for x in out.strip().splitlines()))
    if rc != 1:
        die("the gate exited %d, expected 1 (fail)" % rc, 1)
    if got != want:
        die("the gate named %s; expected %s" % (sorted(got, key=str),
                                                sorted(want, key=str)), 1)
    print("coverage-selftest: pass (the gate failed and named all %d "
          "line(s) and branch(es) that row alone, or no row, reaches)"
          % len(want))


if __name__ == "__main__":
    sys.exit(fk.main("coverage-selftest", main))
