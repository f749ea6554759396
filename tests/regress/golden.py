#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Golden behaviour: the baseline that patch reports are diffed against.

  golden.py write BINARY DIR UNIT NAME   record every row's behaviour,
                                         one file per suite
  golden.py check BINARY DIR UNIT NAME   the files must match what BINARY
                                         does now

BINARY is the table binary built from UNIT, the fault.c that NAME names
(as the profile spells it): each file's header records both, and the
unit's sha256. `check` refuses files made from another unit (exit 2),
and prints a unified diff of each suite that moved and exits 1; the
baseline of `make regress` would otherwise be wrong.
"""
import difflib
import glob
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk


def expected_files(binary, golden_dir, unit):
    """{path: text} the golden folder should hold for @binary."""
    table = fk.list_rows(binary)
    rows = fk.behaviour(binary)
    missing = [r for _, r in table if r not in rows]
    if missing:
        raise fk.Trouble("no behaviour printed for rows: %s"
                         % " ".join(missing))
    trouble = [r for r in rows if fk.is_trouble(rows[r])]
    if trouble:
        raise fk.Trouble("rows crash or hang on the in-tree fault.c: %s"
                         % " ".join(trouble))
    files = {}
    for suite in dict.fromkeys(s for s, _ in table):
        names = [r for s, r in table if s == suite]
        files[fk.golden_path(golden_dir, suite)] = \
            fk.render_golden(suite, names, rows, unit)
    return files


def write(binary, golden_dir, unit):
    files = expected_files(binary, golden_dir, unit)
    os.makedirs(golden_dir, exist_ok=True)
    for stale in set(glob.glob(os.path.join(golden_dir, "*.txt"))) - \
            set(files):
        os.unlink(stale)
        print("golden: removed %s (no such suite)" % stale)
    for path, text in files.items():
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("golden: %s %s" % ("updated" if old else "wrote", path))
    print("golden: %d suites, %d rows in %s" %
          (len(files), sum(t.count("\nrow ") for t in files.values()),
           golden_dir))
    return 0


def check(binary, golden_dir, unit):
    files = expected_files(binary, golden_dir, unit)
    bad = 0
    for stale in set(glob.glob(os.path.join(golden_dir, "*.txt"))) - \
            set(files):
        print("golden: %s is for no suite of the table" % stale)
        bad += 1
    for path, text in files.items():
        try:
            with open(path, encoding="utf-8") as f:
                old = f.read()
        except OSError as e:
            print("golden: %s: %s" % (path, e.strerror))
            bad += 1
            continue
        fk.same_unit(path, old, unit)
        if old != text:
            bad += 1
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), text.splitlines(True),
                path + " (recorded)", path + " (the unit now)"))
    if bad:
        print("golden: %d file(s) differ from the unit's behaviour now: "
              "review the diff, then `make golden`" % bad)
        return 1
    print("golden: %d suites match %s" % (len(files), unit.split(" ")[0]))
    return 0


def run(action, binary, golden_dir, unit_path, name):
    return action(binary, golden_dir, fk.unit_of(unit_path, name))


def main(argv):
    if len(argv) != 6 or argv[1] not in ("write", "check"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return fk.main("golden", run, write if argv[1] == "write" else check,
                   *argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
