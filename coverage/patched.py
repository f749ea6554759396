#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make coverage PATCH=x.diff: the patched copy, and the patch's lines.

   patched.py --patch FILE --base FAULT_C --o BUILD   prints the copy's path

The patch is applied as make regress applies it (tests/regress: only its
hunks for arch/x86/mm/fault.c, exact context, to a copy under
BUILD/regress/<name>/; the base is only read), so that a patch either
target takes, the other takes too. changed() says which lines of a
patched file the patch added or changed, by the patch's own line where
it can: report.py marks them.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lib"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "regress"))
import faultkit as fk  # noqa: E402
import patchfile  # noqa: E402
import regress  # noqa: E402


def run_of(patch, base, o):
    """make regress's run, for its staging and line map alone."""
    return regress.Run(argparse.Namespace(
        patch=patch, patch_abs=patch and os.path.abspath(patch),
        base=os.path.abspath(base), o=o, unusual=-1))


def stage(patch, base, o):
    """Applies @patch to a copy of @base under @o; the copy's path."""
    return run_of(patch, base, o).stage_patch()


def changed(base, fault_c, patch=None):
    """[(line of @fault_c, "PATCH:line" or None)] of the lines that differ
    from @base, in order."""
    r = run_of(patch, base, None)
    if patch:
        text = r.read_input(os.path.abspath(patch), "PATCH", patch)
        r.sections = patchfile.split(text, regress.TARGET)[0]
    with open(base, encoding="utf-8", errors="replace") as f:
        tree = f.read().split("\n")
    with open(fault_c, encoding="utf-8", errors="replace") as f:
        new = f.read().split("\n")
    added = r.map_lines(tree, new)
    out = []
    for n in added:
        where = r.line_map.get(n)
        out.append((n, "%s:%d" % (patch, where[1])
                    if where and where[0] == "patch" else None))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patch", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--o", required=True)
    a = ap.parse_args()
    print(stage(a.patch, a.base, a.o))


if __name__ == "__main__":
    sys.exit(fk.main("coverage", main))
