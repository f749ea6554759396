#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Summary, branch-to-rows map and gate of the unit's coverage.

   report.py --fault-c FILE --out DIR [--rows WORK/rows.json] [--min PCT]
             [--base IN_TREE_FAULT_C [--patch FILE]]

Reads OUT/unit.info (lcov, the whole table) and prints lines, functions
and branches of the unit, per function. With --rows (what collect.py
measured row by row) it names, for every branch, the rows that take it:
OUT/rows.txt, OUT/rows.json and OUT/html/rows.html. Exit status 1 when
line or branch coverage is below --min percent, after listing each missed
line and branch as file:line with its source text; 2 on bad input.
With --base (FILE is a patched copy of it), the lines the patch added or
changed are marked: listed with the rows that run them and the branches
taken, and flagged in rows.txt, rows.json and rows.html.
"""
import argparse
import html
import json
import os
import sys

import patched


def die(msg):
    print("coverage: " + msg, file=sys.stderr)
    sys.exit(2)


class Unit:
    """One source file of an lcov tracefile."""

    def __init__(self):
        self.lines = {}  # line -> count
        self.branches = {}  # (line, index on the line) -> taken
        self.functions = []  # (first line, name), sorted
        self.calls = {}  # name -> count


def parse_info(path):
    units, cur = {}, None
    try:
        text = open(path).read()
    except OSError as e:
        die("%s: %s" % (path, e.strerror))
    for rec in text.splitlines():
        key, _, val = rec.partition(":")
        if key == "SF":
            cur = units.setdefault(os.path.abspath(val), Unit())
        elif key == "DA":
            line, count = val.split(",")[:2]
            cur.lines[int(line)] = int(count)
        elif key == "BRDA":
            line, _, _, taken = val.split(",")
            # lcov lists a line's branches in gcov's order.
            idx = sum(1 for l, _ in cur.branches if l == int(line))
            cur.branches[(int(line), idx)] = 0 if taken == "-" else int(taken)
        elif key == "FN":
            line, name = val.split(",", 1)
            cur.functions.append((int(line), name))
        elif key == "FNDA":
            count, name = val.split(",", 1)
            cur.calls[name] = int(count)
    for u in units.values():
        u.functions.sort()
    return units


def pct(hit, total):
    return "%5.1f%%" % (100.0 * hit / total) if total else "    - "


def ratio(hit, total):
    return "%3d/%-3d %s" % (hit, total, pct(hit, total))


def function_of(unit, line):
    """C has no code outside functions: a line is in the last one begun."""
    name = None
    for first, fn in unit.functions:
        if first <= line:
            name = fn
    return name


def summary(unit, shown, nrows):
    out = ["coverage of %s by %s" % (shown, nrows),
           "  %-22s %-16s %-16s %s" % ("function", "lines", "branches",
                                      "calls")]
    for first, fn in unit.functions:
        ls = [c for l, c in unit.lines.items() if function_of(unit, l) == fn]
        bs = [t for (l, _), t in unit.branches.items()
              if function_of(unit, l) == fn]
        out.append("  %-22s %-16s %-16s %d" % (
            fn, ratio(sum(1 for c in ls if c), len(ls)),
            ratio(sum(1 for t in bs if t), len(bs)), unit.calls.get(fn, 0)))
    fh = sum(1 for _, fn in unit.functions if unit.calls.get(fn))
    out.append("  %-22s %-16s %-16s functions %s" % (
        "total", ratio(*hit_total(unit.lines)),
        ratio(*hit_total(unit.branches)),
        "%d/%d %s" % (fh, len(unit.functions),
                      pct(fh, len(unit.functions)).strip())))
    return out


def hit_total(counts):
    return sum(1 for c in counts.values() if c), len(counts)


def harness_line(path):
    if not os.path.exists(path):
        return None
    t = {"lines": [0, 0], "functions": [0, 0], "branches": [0, 0]}
    for u in parse_info(path).values():
        for k, d in (("lines", u.lines), ("branches", u.branches)):
            h, n = hit_total(d)
            t[k][0] += h
            t[k][1] += n
        t["functions"][0] += sum(1 for _, f in u.functions if u.calls.get(f))
        t["functions"][1] += len(u.functions)
    return "harness (engine, profile, shim, mm model): " + ", ".join(
        "%s %d/%d %s" % (k, h, n, pct(h, n).strip()) for k, (h, n) in t.items())


# ---- which rows take which branch ------------------------------------

def load_rows(path, unit, fault_c):
    try:
        data = json.load(open(path))
    except (OSError, ValueError) as e:
        die("%s: %s" % (path, e))
    if data["file"] != fault_c:
        die("%s measured %s, not %s" % (path, data["file"], fault_c))
    by_line, by_branch = {}, {}
    for r in data["rows"]:
        for l in r["lines"]:
            by_line.setdefault(l, []).append(r["row"])
        for l, i in r["branches"]:
            by_branch.setdefault((l, i), []).append(r["row"])
    # every line of code, with no row too: what no row runs is named
    for l in unit.lines:
        by_line.setdefault(l, [])
    kinds = {(int(l), i): k for l, ks in data["shape"].items()
             for i, k in enumerate(ks)}
    # Row by row must add up to the whole table, branch by branch.
    bad = sorted(set(kinds) ^ set(unit.branches))
    bad += sorted(b for b, t in unit.branches.items()
                  if bool(t) != bool(by_branch.get(b)))
    bad_lines = sorted(l for l, c in unit.lines.items()
                       if bool(c) != bool(by_line.get(l)))
    if bad or bad_lines:
        die("the rows run one by one disagree with the whole table at "
            + ", ".join(["line %d" % l for l in bad_lines] +
                        ["line %d branch %d" % b for b in bad]))
    return [r["row"] for r in data["rows"]], by_line, by_branch, kinds


def row_list(rows, reaching, limit=6):
    """Every name; or 'every row but' the few that do not take it."""
    rest = [r for r in reaching if r not in rows]
    if len(rows) > limit and len(rest) <= limit:
        return "every row reaching the line but " + ", ".join(rest)
    return ", ".join(rows)


def wrap(text, indent, width=79):
    """Wraps a list of names at the commas, under @indent."""
    out, cur = [], ""
    for word in text.split(" "):
        if cur and len(indent) + len(cur) + 1 + len(word) > width:
            out.append(indent + cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    return out + [indent + cur]


def write_rows_txt(path, shown, src, rows, by_line, by_branch, kinds,
                   marked):
    out = ["%s, branch by branch: the rows that take it" % shown,
           "(%d rows; branch numbers are gcov's: for each condition of a"
           % len(rows),
           " line, its fallthrough edge, then its jump%s)"
           % ("; '+': a line the patch added or changed" if marked else ""),
           ""]
    for line in sorted({l for l, _ in kinds}):
        reach = by_line.get(line, [])
        out.append("%s%s:%d  %s" % ("+ " if line in marked else "", shown,
                                    line, source(src, line)))
        out.append("    reached by %d row%s" % (len(reach),
                                                "" if len(reach) == 1 else "s"))
        idx = sorted(i for l, i in kinds if l == line)
        for i in idx:
            taken = by_branch.get((line, i), [])
            out.append("    branch %d (%s), %d row%s:" % (
                i, kinds[(line, i)], len(taken),
                "" if len(taken) == 1 else "s"))
            out += wrap(row_list(taken, reach) if taken else "NOT TAKEN",
                        " " * 8)
        out.append("")
    with open(path, "w") as f:
        f.write("\n".join(out))


def write_rows_json(path, shown, src, rows, by_line, by_branch, kinds,
                    marked):
    doc = {"file": shown, "path": os.path.abspath(shown), "rows": rows,
           "patch_lines": {str(l): w for l, w in sorted(marked.items())},
           "branches": [{"line": l, "branch": i, "kind": kinds[(l, i)],
                         "source": source(src, l),
                         "rows": by_branch.get((l, i), [])}
                        for l, i in sorted(kinds)],
           "lines": {str(l): r for l, r in sorted(by_line.items())}}
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)


HTML_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title><style>
body { font-family: sans-serif; }
pre { margin: 0; }
td { vertical-align: top; padding: 0 .5em; font-family: monospace; }
.miss { background: #fcc; } .hit { background: #dfd; }
.n { text-align: right; color: #666; }
details { font-family: sans-serif; font-size: 90%%; }
</style></head><body>
"""


def write_rows_html(path, shown, src, unit, by_line, by_branch, kinds,
                    marked):
    e = html.escape
    out = [HTML_HEAD % e(shown), "<h1>%s: the rows behind each branch</h1>"
           % e(shown), "<p>Count: how many rows run the line. Under a line "
           "with branches: gcov's branches (per condition, fallthrough "
           "then jump) and the rows that take each. Red: never run or "
           "never taken.%s</p><table>"
           % (" <b>+</b>: a line the patch added or changed." if marked
              else "")]
    for n, text in enumerate(src, 1):
        cls = "" if n not in unit.lines else \
            ("hit" if unit.lines[n] else "miss")
        count = len(by_line.get(n, [])) if n in unit.lines else ""
        mark = '<b title="%s">+</b>' % e(marked[n] or "changed") \
            if n in marked else ""
        out.append('<tr class="%s"><td class="n">%s%d</td><td class="n">%s'
                   '</td><td><pre>%s</pre>' % (cls, mark, n, count, e(text)))
        for i in sorted(i for l, i in kinds if l == n):
            taken = by_branch.get((n, i), [])
            out.append('<details class="%s"><summary>branch %d (%s): %d '
                       'row%s</summary>%s</details>' % (
                           "hit" if taken else "miss", i, kinds[(n, i)],
                           len(taken), "" if len(taken) == 1 else "s",
                           e(", ".join(taken)) or "not taken"))
        out.append("</td></tr>")
    out.append("</table></body></html>\n")
    with open(path, "w") as f:
        f.write("\n".join(out))


def write_index(path, shown):
    links = [("unit/index.html", "%s: lines, branches (genhtml)" % shown),
             ("rows.html", "%s: which rows take each branch" % shown),
             ("harness/index.html", "the harness itself (genhtml)")]
    with open(path, "w") as f:
        f.write(HTML_HEAD % "faultkit coverage" + "<h1>faultkit coverage</h1>"
                "<ul>" + "".join('<li><a href="%s">%s</a></li>'
                                 % (h, html.escape(t)) for h, t in links)
                + "</ul></body></html>\n")


# ---- the gate ---------------------------------------------------------

def source(src, line):
    return src[line - 1].strip() if 0 < line <= len(src) else "?"


def missed(unit, shown, src, kinds, by_line):
    """Each line never run and branch never taken, in line order."""
    out, hinted = [], set()
    for line in sorted(l for l, c in unit.lines.items() if not c):
        out.append((line, -1, ["  %s:%d: line never run: %s"
                               % (shown, line, source(src, line))]))
    for (line, i), t in sorted(unit.branches.items()):
        if t:
            continue
        n = sum(1 for l, _ in unit.branches if l == line)
        kind = " (%s)" % kinds[(line, i)] if (line, i) in kinds else ""
        text = ["  %s:%d: branch %d of %d%s never taken: %s"
                % (shown, line, i, n, kind, source(src, line))]
        reach = by_line.get(line) if by_line else None
        if reach and line not in hinted:
            hinted.add(line)
            # A row reaching the line is where a new row can start from.
            text.append("      reached by %d row%s: %s" % (
                len(reach), "" if len(reach) == 1 else "s",
                ", ".join(reach[:3]) + (", ..." if len(reach) > 3 else "")))
        out.append((line, i, text))
    return [t for _, _, lines in sorted(out) for t in lines]


def patch_lines(unit, shown, src, marked, by_line, base, patch):
    """The lines the patch added or changed: each line of code, with the
    rows that run it (or how often the table did) and its branches."""
    code = [l for l in sorted(marked) if l in unit.lines]
    out = ["lines the patch added or changed in %s (%s): %d, %d of code"
           % (shown, "%s, on %s" % (patch, base) if patch else
              "against " + base, len(marked), len(code))]
    for l in code:
        runs = "run by %d row%s" % (len(by_line[l]), "" if
                                     len(by_line[l]) == 1 else "s") \
            if by_line is not None else "run %d times" % unit.lines[l]
        bs = [t for (bl, _), t in unit.branches.items() if bl == l]
        br = ", branches %d/%d taken" % (sum(1 for t in bs if t), len(bs)) \
            if bs else ""
        out.append("  + line %d%s: %s%s" % (
            l, " (%s)" % marked[l] if marked[l] else "",
            runs if unit.lines[l] else "NEVER RUN", br))
        out.append("      " + source(src, l))
    return out


def gate(unit, minimum):
    lh, lt = hit_total(unit.lines)
    bh, bt = hit_total(unit.branches)
    verdict = []
    ok = True
    for what, h, t in (("lines", lh, lt), ("branches", bh, bt)):
        p = 100.0 * h / t if t else 100.0
        below = p < minimum
        ok &= not below
        verdict.append("%s %s %s %g%%" % (what, pct(h, t).strip(),
                                          "<" if below else ">=", minimum))
    return ok, ", ".join(verdict)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fault-c", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rows", help="rows.json from collect.py")
    ap.add_argument("--min", default="100", help="gate threshold, percent")
    ap.add_argument("--report-only", action="store_true",
                    help="no whole-file gate: the profile gates elsewhere")
    ap.add_argument("--base", help="the in-tree fault.c FILE patches")
    ap.add_argument("--patch", help="the patch that made FILE from --base")
    a = ap.parse_args()
    try:
        minimum = float(a.min)
    except ValueError:
        minimum = -1
    if not 0 <= minimum <= 100:
        die("COVERAGE_MIN=%s: expected a percentage, 0 to 100" % a.min)

    fault_c = os.path.abspath(a.fault_c)
    shown = os.path.relpath(fault_c) \
        if fault_c.startswith(os.getcwd() + "/") else fault_c
    try:
        src = open(fault_c, errors="replace").read().splitlines()
    except OSError as e:
        die("%s: %s" % (a.fault_c, e.strerror))
    units = parse_info(os.path.join(a.out, "unit.info"))
    if fault_c not in units:
        die("%s/unit.info has no data for %s" % (a.out, fault_c))
    unit = units[fault_c]

    marked = {}
    if a.base and os.path.abspath(a.base) != fault_c:
        try:
            marked = dict(patched.changed(a.base, fault_c, a.patch))
        except patched.fk.Trouble as e:
            die(str(e))

    kinds, by_line, nrows = {}, None, "the table"
    if a.rows:
        rows, by_line, by_branch, kinds = load_rows(a.rows, unit, fault_c)
        nrows = "%d rows" % len(rows)
        args = (shown, src, rows, by_line, by_branch, kinds, marked)
        write_rows_txt(os.path.join(a.out, "rows.txt"), *args)
        write_rows_json(os.path.join(a.out, "rows.json"), *args)
        write_rows_html(os.path.join(a.out, "html", "rows.html"), shown, src,
                        unit, by_line, by_branch, kinds, marked)
        write_index(os.path.join(a.out, "html", "index.html"), shown)

    text = summary(unit, shown, nrows)
    h = harness_line(os.path.join(a.out, "harness.info"))
    if h and a.rows:
        text.append(h)
    if a.base and os.path.abspath(a.base) != fault_c:
        text += patch_lines(unit, shown, src, marked, by_line, a.base,
                            a.patch)
    with open(os.path.join(a.out, "summary.txt"), "w") as f:
        f.write("\n".join(text) + "\n")
    print("\n".join(text))
    if a.rows:
        o = a.out
        print("reports: %s/html/index.html, %s/coverage.xml, "
              "%s/summary.json, %s/rows.txt" % (o, o, o, o))

    ok, verdict = gate(unit, minimum)
    miss = missed(unit, shown, src, kinds, by_line)
    if miss:
        print("missed in %s:" % shown)
        print("\n".join(miss))
    if a.report_only:
        print("gate: none on the whole file (the profile gates on its "
              "chosen functions)")
        sys.exit(0)
    print("gate: %s: %s" % ("pass" if ok else "FAIL", verdict))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
