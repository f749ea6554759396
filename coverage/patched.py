#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make coverage PATCH=x.diff: the patched copy, and the patch's lines.

   patched.py --patch FILE --base FAULT_C --o BUILD   prints the copy's path

The patch is applied as make regress applies it (tests/regress/
patchfile.py: only its hunks for arch/x86/mm/fault.c, exact context), to
a copy under BUILD/patched/<the patched file's sha256>/, written whole
or not at all: two runs of one patch share it, and the base is only
read. changed() says which lines of a patched file the patch added or
changed, by the patch's own line where it can: report.py marks them.
"""
import argparse
import hashlib
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "lib"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "regress"))
import faultkit as fk  # noqa: E402
import patchfile  # noqa: E402

TARGET = "arch/x86/mm/fault.c"


def sections_of(patch):
    """The patch's sections for TARGET, or one Trouble."""
    text = patchfile.read_text(os.path.abspath(patch), "PATCH", patch)
    try:
        return patchfile.split(text, TARGET)[0]
    except fk.Trouble as e:
        raise fk.Trouble("PATCH=%s: %s" % (patch, e))


def stage(patch, base, o):
    """Applies @patch to a copy of @base under @o; the copy's path."""
    sections = sections_of(patch)
    top = os.path.join(o, "patched")
    os.makedirs(top, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".stage-", dir=top)
    try:
        patchfile.apply(sections, base, tmp, TARGET, patch)
        with open(os.path.join(tmp, TARGET), "rb") as f:
            name = hashlib.sha256(f.read()).hexdigest()[:16]
        final = os.path.join(top, name)
        if not os.path.exists(final):
            try:
                os.rename(tmp, final)
            except OSError:
                pass        # another run staged the same file first
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return os.path.abspath(os.path.join(final, TARGET))


def changed(base, fault_c, patch=None):
    """[(line of @fault_c, "PATCH:line" or None)] of the lines that differ
    from @base, in order."""
    sections = sections_of(patch) if patch else None
    with open(base, encoding="utf-8", errors="replace") as f:
        tree = f.read().split("\n")
    with open(fault_c, encoding="utf-8", errors="replace") as f:
        new = f.read().split("\n")
    added, where = patchfile.map_lines(sections, tree, new)
    return [(n, "%s:%d" % (patch, where[n][1])
             if where.get(n, ("",))[0] == "patch" else None) for n in added]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patch", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--o", required=True)
    a = ap.parse_args()
    print(stage(a.patch, a.base, a.o))


if __name__ == "__main__":
    sys.exit(fk.main("coverage", main))
