#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run the table under gcov and capture what it reached.

   collect.py --bin BIN --fault-c FILE --work DIR --out DIR [--gate-only]

The whole table runs once, as `make check` runs it, with its counters
written under WORK/all (GCOV_PREFIX), so that nothing else that uses the
build folder mixes into them. lcov captures that run with branch coverage
on: OUT/unit.info keeps the unit under test only, OUT/harness.info the rest
of the harness (engine, profile, shim, mm model).

Then, unless --gate-only, every row runs again on its own (Check's
CK_RUN_SUITE/CK_RUN_CASE, one process per row) with its counters under
WORK/rows/ROW; gcov's JSON of each row says which lines and branches of the
unit that row reaches (WORK/rows.json). genhtml writes the HTML reports and
gcovr the Cobertura XML and JSON summary.

Nothing here knows a kernel: the rows come from `BIN --list`.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../tests/lib"))
import faultkit as fk

LCOV_RC = ["--rc", "lcov_branch_coverage=1"]
# lcov 1.16 under Debian 12's perl warns about itself on every run.
LCOV_NOISE = re.compile(r"^Subroutine \S+ redefined at ")
# What the user may have set to pick rows; honoured by the whole-table run.
PICK_VARS = ("CK_RUN_SUITE", "CK_RUN_CASE", "CK_INCLUDE_TAGS",
             "CK_EXCLUDE_TAGS")


def die(msg, code=2):
    print("coverage: " + msg, file=sys.stderr)
    sys.exit(code)


def tool(argv):
    """Runs a tool; its own warnings are shown, lcov's noise is not."""
    p = fk.run(argv)
    err = [l for l in p.err.splitlines() if not LCOV_NOISE.match(l)]
    if p.rc:
        sys.stderr.write("\n".join(err) + "\n")
        die("%s failed (exit %d)" % (argv[0], p.rc))
    if err:
        sys.stderr.write("\n".join(err) + "\n")
    return p.out


def prefixed(prefix, path):
    """Where libgcov puts @path's counters under GCOV_PREFIX=@prefix."""
    return os.path.join(prefix, os.path.abspath(path).lstrip("/"))


def link_notes(prefix):
    """Puts each .gcno next to the .gcda the run wrote under @prefix."""
    for top, _, files in os.walk(prefix):
        for f in files:
            if not f.endswith(".gcda"):
                continue
            data = os.path.join(top, f)
            notes = "/" + os.path.relpath(data, prefix)[:-5] + ".gcno"
            link = data[:-5] + ".gcno"
            if not os.path.exists(notes):
                die("no %s for %s (a stale build folder? make clean, then "
                    "make coverage)" % (notes, data))
            if not os.path.lexists(link):
                os.symlink(notes, link)


def run_env(prefix, **pick):
    env = dict(os.environ)
    for v in PICK_VARS:
        env.pop(v, None)
    env.update(GCOV_PREFIX=prefix, GCOV_PREFIX_STRIP="0", **pick)
    return env


def run_table(binary, prefix, failing_ok):
    """The whole table under Check; rows the user picked or left out too.
    A patched unit's failing rows are counted too (@failing_ok)."""
    env = run_env(prefix)
    env.update({v: os.environ[v] for v in PICK_VARS if v in os.environ})
    p = fk.run([binary], env=env)
    out = (p.out + p.err).strip().splitlines()
    if p.rc and not failing_ok:
        print("\n".join(out))
        die("the table fails; fix the rows before measuring coverage "
            "(make check names them)", 1)
    summary = [l for l in out if "Checks:" in l]
    print("table: " + (summary[-1] if summary else "(no summary)") +
          ("; the patch changes what rows do: make regress says how"
           if p.rc else ""))


def picked(suite, row):
    """Mirrors Check's selection, the row's name being its tag."""
    env = os.environ
    if env.get("CK_RUN_SUITE") and env["CK_RUN_SUITE"] != suite:
        return False
    if env.get("CK_RUN_CASE") and env["CK_RUN_CASE"] != row:
        return False
    if env.get("CK_INCLUDE_TAGS") and row not in env["CK_INCLUDE_TAGS"].split():
        return False
    return row not in env.get("CK_EXCLUDE_TAGS", "").split()


def run_row(binary, rowdir, suite, row):
    prefix = os.path.join(rowdir, row)
    # One row, one process: without Check's fork, counters are written
    # once per row instead of twice.
    env = run_env(prefix, CK_RUN_SUITE=suite, CK_RUN_CASE=row,
                  CK_VERBOSITY="silent", CK_FORK="no")
    return row, fk.run([binary], env=env).rc, prefix


def row_hits(counts):
    """Lines and branches of the unit one row's gcov counts say it took."""
    lines = [n for n, l in counts.items() if l["count"]]
    branches = [[n, i] for n, l in counts.items()
                for i, b in enumerate(l["branches"]) if b["count"]]
    shape = {n: [("fallthrough" if b["fallthrough"]
                  else "throw" if b["throw"] else "jump")
                 for b in l["branches"]]
             for n, l in counts.items() if l["branches"]}
    return lines, branches, shape


def per_row(binary, unit_gcda, fault_c, work, jobs, failing_ok):
    """Runs each row alone and maps it to what it reaches in the unit."""
    rowdir = os.path.join(work, "rows")
    rows = [r for r in fk.list_rows(binary) if picked(*r)]
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        done = list(ex.map(lambda r: run_row(binary, rowdir, *r), rows))
    failed = [row for row, rc, _ in done if rc]
    if failed and not failing_ok:
        die("rows fail when run alone (make check CK_FORK=no CK_RUN_CASE=row "
            "shows one): " + ", ".join(failed), 1)

    gcdas = []
    notes = unit_gcda[:-5] + ".gcno"
    for row, _, prefix in done:
        data = prefixed(prefix, unit_gcda)
        if not os.path.exists(data):
            die("row %s left no counters for the unit (%s)" % (row, data))
        os.symlink(notes, data[:-5] + ".gcno")
        gcdas.append(data)
    result, shape = [], {}
    for (suite, row), counts in zip(rows, fk.gcov(fault_c, gcdas,
                                                  branches=True)):
        lines, branches, shape = row_hits(counts)
        result.append({"suite": suite, "row": row, "lines": lines,
                       "branches": branches})
    return {"file": fault_c, "rows": result,
            "shape": {str(k): v for k, v in sorted(shape.items())}}


def lcov(*args):
    return tool(["lcov", "--quiet"] + LCOV_RC + list(args))


def capture(prefix, unit_dir, fault_c, out, gate_only):
    """lcov: the unit in unit.info, the rest of the harness in harness.info."""
    allinfo = os.path.join(out, "all.info")
    # The gate needs the unit only: capture its object's folder alone.
    where = prefixed(prefix, unit_dir) if gate_only else prefix
    lcov("--capture", "--directory", where, "--output-file", allinfo)
    lcov("--extract", allinfo, fault_c,
         "--output-file", os.path.join(out, "unit.info"))
    if not gate_only:
        lcov("--remove", allinfo, fault_c, "/usr/*",
             "--output-file", os.path.join(out, "harness.info"))
    os.unlink(allinfo)


def html(out, fault_c):
    top = os.getcwd() + "/"
    for name, title in (("unit", "faultkit: " + os.path.basename(fault_c)),
                        ("harness", "faultkit: the harness itself")):
        dest = os.path.join(out, "html", name)
        shutil.rmtree(dest, ignore_errors=True)
        tool(["genhtml", "--quiet", "--branch-coverage", "--legend"]
             + LCOV_RC + ["--title", title, "--prefix", top,
                          "--output-directory", dest,
                          os.path.join(out, name + ".info")])


def gcovr(prefix, fault_c, out, jobs):
    """Cobertura XML and gcovr's JSON summary of the unit, for CI."""
    tool(["gcovr", "--root", os.getcwd(), "-j", str(jobs),
          "--filter", re.escape(fault_c) + "$",
          # Else gcovr drops functions named __*, such as __do_page_fault.
          "--include-internal-functions",
          "--xml-pretty", "--xml", os.path.join(out, "coverage.xml"),
          "--json-summary-pretty",
          "--json-summary", os.path.join(out, "summary.json"), prefix])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="the table binary (--coverage)")
    ap.add_argument("--fault-c", required=True, help="the unit under test")
    ap.add_argument("--work", required=True, help="scratch folder (build/)")
    ap.add_argument("--out", required=True, help="where reports go")
    ap.add_argument("--gate-only", action="store_true",
                    help="capture the unit for the gate; no rows, no HTML")
    ap.add_argument("--patched", action="store_true",
                    help="a patched unit: rows that fail are counted too")
    a = ap.parse_args()

    binary = os.path.abspath(a.bin)
    fault_c = os.path.abspath(a.fault_c)
    unit_dir = os.path.dirname(binary)
    unit_gcda = os.path.join(unit_dir, "unit.gcda")
    if not os.path.exists(os.path.join(unit_dir, "unit.gcno")):
        die("%s was not built with --coverage (make coverage builds it)"
            % binary)
    jobs = os.cpu_count() or 2

    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(a.work)
    os.makedirs(a.out, exist_ok=True)
    work = os.path.abspath(a.work)
    prefix = os.path.join(work, "all")
    run_table(binary, prefix, a.patched)
    link_notes(prefix)
    capture(prefix, unit_dir, fault_c, a.out, a.gate_only)
    if a.gate_only:
        return
    rows = per_row(binary, unit_gcda, fault_c, work, jobs, a.patched)
    with open(os.path.join(work, "rows.json"), "w") as f:
        json.dump(rows, f)
    html(a.out, fault_c)
    gcovr(prefix, fault_c, a.out, jobs)


if __name__ == "__main__":
    sys.exit(fk.main("coverage", main))
