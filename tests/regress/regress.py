#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make regress: what a patch to fault.c changes, on the table and on the
explored space.

  regress.py (--patch FILE | --fault-c FILE) [--json FILE|-] [--quiet]
             [--o BUILD] [--kernel K] [--base FILE] [--golden DIR]
             [--unusual N] [--bisect] [--refused MESSAGE]

--patch applies FILE (-p1, a/arch/x86/mm/fault.c) to a copy of the base
fault.c in a folder of this run's own; --fault-c takes an already-patched
file as it is. Every row runs on the patched unit and is compared with
its golden behaviour:

  unchanged    the same
  trace only   only calls the profile lists as hints or tracing moved
               (FK_TRACE_ONLY: prefetchw, might_sleep, trace_* ...)
  changed      a unified diff of the behaviour; and if the patched unit
               breaks a kernel rule there (a lock held at the end, wrong
               accounting, a fault that runs away), crashes, or the row
               fails in make check, it says so

then the added or changed lines no row reaches, and every scenario of
the explored space runs on both units at once (a pair binary): how many
behave otherwise, by outcome, with the most typical scenario of each.

Exit status, the same as the JSON's "exit" (the JSON is written in every
case, a refusal too):
  0  no behaviour changes (trace-only changes are named)
  1  behaviour changes
  3  the patched unit breaks a kernel rule, crashes or runs away: the
     rule is named ("verdict" says which)
  2  could not judge: the patch does not apply, a file is missing or does
     not compile, a version is refused, machine trouble ("error" says)
--bisect (make regress BISECT=1) answers 125 for 2: `git bisect run`
skips a commit it cannot judge, and marks 1 and 3 bad.
The base fault.c is only ever read; nothing of a run is left in BUILD.
"""
import argparse
import difflib
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import threading

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk
import patchfile
import report

TARGET = "arch/x86/mm/fault.c"

# Exit statuses: one meaning each.
SAME, CHANGED, NO_VERDICT, BREAKS = 0, 1, 2, 3
VERDICTS = {SAME: "same", CHANGED: "changed", NO_VERDICT: "could not judge",
            BREAKS: "breaks a rule"}


class Background(threading.Thread):
    """Runs @fn alongside; join() raises what it raised."""

    def __init__(self, fn, enabled=True):
        super().__init__(daemon=True)
        self.fn, self.error = fn, None
        if enabled:
            self.start()

    def run(self):
        try:
            self.fn()
        except fk.Trouble as e:
            self.error = e

    def join(self, timeout=None):
        if self.is_alive() or self.ident:
            super().join(timeout)
        if self.error:
            raise self.error


# ---- this run's own folder ---------------------------------------------------

def run_tag():
    """A name no other run has: the unit builds of this run carry it
    (make UNIT_ID=), so runs side by side share no file they write."""
    return "r%dx%s" % (os.getpid(), os.urandom(3).hex())


def sweep(o):
    """Removes what runs that are gone left behind (killed, say): their
    folders under BUILD/regress and their unit builds; and what earlier
    versions kept there (saved spaces, staged copies by patch name)."""
    for d in glob.glob(os.path.join(o, "regress", "*")):
        m = re.match(r"r(\d+)x[0-9a-f]+$", os.path.basename(d))
        if m and pid_alive(int(m.group(1))):
            continue
        if m:
            remove_run(o, os.path.basename(d))
        else:
            shutil.rmtree(d, ignore_errors=True)


def pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_run(o, tag):
    shutil.rmtree(os.path.join(o, "regress", tag), ignore_errors=True)
    for d in glob.glob(os.path.join(o, "*", "unit*-" + tag)):
        shutil.rmtree(d, ignore_errors=True)


def outcome_of(lines):
    return next((l[len("outcome "):] for l in lines
                 if l.startswith("outcome ")), "?")


class Run:
    """One regression run: its inputs, what it found, its report."""

    TARGET = TARGET

    def __init__(self, opts):
        self.opts = opts
        self.tag = run_tag()
        self.notes = []
        self.rows = []
        self.unreached = []
        # unexplored: of the unreached, those no explored scenario
        # reaches either (None: the space was not explored, or not whole)
        self.changed_lines = {"total": 0, "executable": 0, "unreached": 0,
                              "unexplored": None}
        self.source = None          # the fault.c that is built
        self.sections = None        # patch sections for TARGET
        self.line_map = {}          # source line -> ("patch"|"tree", line)
        self.unit = None            # the base, as golden files name it
        self.trace = {}             # trace-only call -> why
        self.space = {"scenarios": 0, "changed": 0, "broken": 0,
                      "crashed": 0, "trace_only": 0, "unusual": opts.unusual,
                      "mismatch": 0, "classes": [], "rules": [],
                      "fixed": 0, "fixed_rules": [],
                      "trace_only_calls": [], "crash_scenarios": []}
        self.added = []             # lines of the built file the patch adds
        self.table, self.now = [], {}   # rows, their patched behaviour

    # ---- inputs ----------------------------------------------------------
    def check_golden(self):
        """The baseline must describe today's base fault.c and table."""
        o = self.opts
        try:
            binary = fk.binary(o.kernel, o=o.o, FAULT_C=o.base_name)
        except fk.Trouble as e:
            raise fk.Trouble("the table does not build for %s"
                             % o.base_name, e.detail)
        table = fk.list_rows(binary)
        now = fk.behaviour(binary)
        if fk.read_golden(o.golden, table, self.unit) != now:
            raise fk.Trouble("%s does not match %s: "
                             "`make golden-check` shows how, `make golden` "
                             "records it" % (o.golden, o.base_name))

    def stage_patch(self):
        """Applies the patch to a copy in this run's folder; its path."""
        patch = self.opts.patch
        text = patchfile.read_text(self.opts.patch_abs, "PATCH", patch)
        try:
            self.sections, others = patchfile.split(text, TARGET)
        except fk.Trouble as e:
            raise fk.Trouble("PATCH=%s: %s" % (patch, e))
        for path, n in sorted(others.items()):
            self.notes.append("%s: %d hunk%s for %s left out: only %s is "
                              "under test" % (patch, n, "s" * (n != 1),
                                              path, TARGET))
        stage = os.path.join(self.opts.o, "regress", self.tag)
        os.makedirs(stage)
        self.notes += patchfile.apply(self.sections, self.opts.base, stage,
                                      TARGET, patch)
        return os.path.abspath(os.path.join(stage, TARGET))

    # ---- build -----------------------------------------------------------
    def build(self, **make_vars):
        """The table binary of the patched unit (make_vars: UNIT_COV=1,
        EXPLORE=1 ...), in folders of this run's own."""
        try:
            return fk.binary(self.opts.kernel, o=self.opts.o,
                             FAULT_C=self.source, UNIT_ID=self.tag,
                             **make_vars)
        except fk.Trouble as e:
            if "does not compile against" in (e.detail or ""):
                raise self.compile_failure(e.detail)
            # a refusal (the profile cannot run the patched file) is
            # make's one line: that is the message, with what to do
            refused = re.search(r"\*\*\* faultkit: (.*?)\.  Stop\.",
                                e.detail or "", re.S)
            if refused:
                raise fk.Trouble(" ".join(refused.group(1).split()))
            raise fk.Trouble("building the table for %s failed"
                             % self.shown(self.source), e.detail)

    def compile_failure(self, out):
        """The compiler's messages, pointing at the user's own lines."""
        keep = []
        for line in out.splitlines():
            if line.startswith(("make", "  CC ", "  LD ")) or \
                    "does not compile against" in line:
                continue
            keep.append(self.map_message(line))
        what = TARGET + " with " + self.opts.patch + " applied" \
            if self.opts.patch else self.opts.fault_c
        return fk.Trouble("%s does not compile against the %s shim"
                          % (what, self.opts.kernel), "\n".join(keep))

    def map_message(self, line):
        """copy:L:C: ... -> patch:P: ... or fault.c:L: ...; FAULT_C's own
        path as the user spelt it."""
        if not line.startswith(self.source + ":"):
            return line
        if not self.opts.patch:
            return self.opts.fault_c + line[len(self.source):]
        rest = line[len(self.source) + 1:]
        m = re.match(r"(\d+):(\d+:)?(.*)", rest, re.S)
        if not m:
            return TARGET + " (patched):" + rest
        where = self.line_map.get(int(m.group(1)))
        col = m.group(2) or ""
        if where and where[0] == "patch":
            if col:
                col = "%d:" % (int(col[:-1]) + 1)   # the '+' in front
            return "%s:%d:%s%s" % (self.opts.patch, where[1], col, m.group(3))
        if where:
            return "%s:%d:%s%s" % (TARGET, where[1], col, m.group(3))
        return "%s (patched):%s" % (TARGET, rest)

    # ---- the rows --------------------------------------------------------
    def compare(self, table, golden, now, verdicts):
        """Each row: unchanged, trace only, or changed; of a changed one,
        the kernel rule the patched unit breaks there (one the golden row
        keeps), its crash, and whether it fails in make check."""
        names = set(self.trace)
        for suite, row in table:
            g, p = golden.get(row), now.get(row)
            if g is None:
                raise fk.Trouble("row %s has no golden behaviour: run "
                                 "`make golden`" % row)
            entry = {"suite": suite, "row": row, "status": "unchanged",
                     "fails": verdicts.get(row, ("pass",))[0] != "pass",
                     "breaks": None, "crashed": None, "runaway": False,
                     "reason": None, "diff": [], "trace": {}}
            self.rows.append(entry)
            if p is None:
                raise fk.Trouble("row %s printed no behaviour" % row)
            if p == g:
                continue
            trouble = fk.is_trouble(p)
            if trouble:
                why = trouble[0][len("trouble "):]
                if why.startswith("machine"):
                    raise fk.Trouble("row %s: %s" % (row, why))
                entry.update(status="changed", crashed=why, reason=why)
                continue
            if fk.without_trace(g, names) == fk.without_trace(p, names):
                entry["status"] = "trace only"
                entry["trace"] = self.trace_moved(g, p)
                continue
            entry["diff"] = list(difflib.unified_diff(
                g, p, "golden", "patched", lineterm=""))
            entry["status"] = "changed"
            before, after = outcome_of(g), outcome_of(p)
            if before != after:
                entry["outcome"] = "%s -> %s" % (before, after)
            old = [fk.rule_text(b) for b in fk.broken(g)]
            new = [fk.rule_text(b) for b in fk.broken(p)
                   if fk.rule_text(b) not in old]
            # a contract row that still passes breaks the rule it shows
            # first, on both units: what follows is its fallout (runner.c
            # violations_ok()), not the patch's doing
            first = [fk.rule_text(b) for b in fk.broken(g)[:1]]
            if not entry["fails"] and first and \
                    first == [fk.rule_text(b) for b in fk.broken(p)[:1]]:
                new = []
            if new:
                entry.update(breaks=new[0], reason="breaks a rule: " +
                             new[0], runaway=new[0].startswith("runaway:"))

    def trace_moved(self, g, p):
        """{call: (golden count, patched count)} of the listed calls that
        moved."""
        a = fk.trace_counts(g, self.trace)
        b = fk.trace_counts(p, self.trace)
        return {c: (a[c], b[c]) for c in a if a[c] != b[c]}

    def lost_rows(self):
        """Rows whose run died: they count for no line of coverage."""
        return [r for r in self.rows if r["crashed"]]

    def coverage(self, binary, added, verdicts):
        """Added or changed lines with zero hits, from gcov's JSON."""
        self.changed_lines["total"] = len(added)
        if not added:
            return
        counts = fk.gcov(self.source, [os.path.join(os.path.dirname(binary),
                                                    "unit.o")])[0]
        with open(self.source, encoding="utf-8", errors="replace") as f:
            text = f.read().split("\n")
        for n in added:
            if n not in counts:
                continue
            self.changed_lines["executable"] += 1
            if counts[n]["count"]:
                continue
            where = self.line_map.get(n)
            self.unreached.append({
                "line": n, "text": text[n - 1].strip(),
                "patch_line": where[1] if where and where[0] == "patch"
                else None, "explored": None})
        self.changed_lines["unreached"] = len(self.unreached)
        if self.unreached and self.lost_rows():
            self.notes.append("rows that crashed count for no line")
        del verdicts

    # ---- the explored space ----------------------------------------------
    def explore_space(self):
        """Every scenario of the space on both units in one pass: the
        patched unit (with gcov counters: which changed lines no row
        reaches the space reaches) and the base linked beside it."""
        o = self.opts
        if o.unusual < 0:
            return
        base = fk.binary(o.kernel, o=o.o, EXPLORE=1, FAULT_C=o.base_name)
        base_obj = os.path.join(os.path.dirname(base), "unit.o")
        try:
            pair = self.build(EXPLORE=1, UNIT_COV=1, PAIR_WITH=base_obj)
        except fk.Trouble as e:
            raise fk.Trouble("the pair binary of %s and %s does not build"
                             % (self.shown(self.source), o.base_name),
                             e.detail)
        work = os.path.join(o.o, "regress", self.tag)
        os.makedirs(work, exist_ok=True)
        doc, _ = fk.pair(pair, os.path.join(work, "pair.json"), o.unusual)
        s = self.space
        for k in ("scenarios", "changed", "broken", "crashed", "trace_only",
                  "mismatch", "classes", "regions", "sampled", "rules",
                  "fixed", "fixed_rules", "trace_only_calls"):
            s[k] = doc[k]
        s["crash_scenarios"] = [l.split("\t") for l in
                                doc["crash_scenarios"].splitlines()]
        if [c for c in s["crash_scenarios"] if c[0] == "base"]:
            raise fk.Trouble("the base unit %s crashes in the explored "
                             "space: %s" % (o.base_name,
                                            s["crash_scenarios"][0][1]))
        if doc["stopped"]:
            self.notes.append("the space was not run to its end: %s" % {
                "crashes": "the patched unit crashed too often",
                "spins": "the patched unit spins (an empty loop)",
            }.get(doc["stopped"], doc["stopped"]))
        else:
            self.space_reach(pair)
        if doc["mismatch"]:
            self.notes.append("%d scenarios set a value the base unit "
                              "cannot read there (the patch passes other "
                              "flags, say): the base took its first legal "
                              "value" % doc["mismatch"])
        self.show_regions(pair)

    def space_reach(self, binary):
        """Marks each line no row reaches: does an explored scenario?"""
        if not self.unreached:
            self.changed_lines["unexplored"] = 0
            return
        counts = fk.gcov(self.source, [os.path.join(os.path.dirname(binary),
                                                    "unit.o")])[0]
        for u in self.unreached:
            u["explored"] = bool(counts.get(u["line"], {}).get("count"))
        self.changed_lines["unexplored"] = sum(not u["explored"]
                                               for u in self.unreached)

    def show_regions(self, pair):
        """Each region's most typical scenario on both units: the diff,
        the patch's lines it runs, and a row of the patched unit's
        behaviour to paste (the calls the base does not make, the table
        file it belongs in)."""
        regions = self.space["regions"][:self.opts.classes]
        examples = list(dict.fromkeys(r["example"] for r in regions))
        if not examples:
            return
        before = fk.replay(pair, examples, base=True)
        after = fk.replay(pair, examples)
        rows = fk.replay(pair, examples, deciding=True)
        for r in regions:
            k = r["example"]
            r["diff"], r["row"], r["table"] = [], None, None
            if k not in before or k not in after or k not in rows:
                continue
            r["diff"] = list(difflib.unified_diff(
                before[k][1], after[k][1], "base", "patched", lineterm="",
                n=1))
            r["row"] = self.named_row(r, "\n".join(rows[k][1]))
            r["table"] = self.table_of(after[k][1])
            r["lines"] = self.lines_run(pair, k)

    def named_row(self, region, text):
        """The row, named after its region (a name no other row has)."""
        words = [re.sub(r"[^a-z0-9]+", "_", t.lower()).strip("_")
                 for t in region["where"]]
        name = "_".join(["regress"] + words + [region["from"].lower(), "to",
                                               region["to"].lower()])[:72]
        taken = getattr(self, "row_names", set())
        unique, k = name, 1
        while unique in taken:
            k += 1
            unique = "%s_%d" % (name, k)
        taken.add(unique)
        self.row_names = taken
        return re.sub(r'\.name = "regress_[0-9a-f]+"',
                      '.name = "%s"' % unique, text, count=1)

    def table_of(self, lines):
        """The table file of the row whose trace shares the longest start
        with @lines: where a row of that kind is written."""
        calls = [l for l in lines if l.startswith("call ")]
        best, suite = -1, None
        for (s, row), got in zip(self.table, (self.now.get(r)
                                              for _, r in self.table)):
            theirs = [l for l in got or [] if l.startswith("call ")]
            n = 0
            while n < min(len(calls), len(theirs)) and \
                    calls[n] == theirs[n]:
                n += 1
            if n > best:
                best, suite = n, s
        for layer in [self.opts.kernel] + sorted(os.listdir(
                os.path.join(fk.ROOT, "tests"))):
            path = os.path.join("tests", layer, "table_%s.c" % suite)
            if os.path.exists(os.path.join(fk.ROOT, path)):
                return path
        return "tests/%s/table_%s.c" % (self.opts.kernel, suite)

    def lines_run(self, pair, scenario):
        """What the scenario runs of the patch on the patched unit, by
        gcov's counters of it alone: each added or changed line, and each
        hunk one of whose lines (context too: a hunk may only remove) it
        runs."""
        fk.fresh_counts(pair)
        fk.replay(pair, [scenario])
        counts = fk.gcov(self.source, [os.path.join(os.path.dirname(pair),
                                                    "unit.o")])[0]
        ran = {n for n, c in counts.items() if c["count"]}
        out = []
        for n in self.added:
            if n not in ran:
                continue
            where = self.line_map.get(n)
            out.append({"line": n, "hunk": self.hunk_of(n),
                        "where": "%s:%d" % (self.opts.patch, where[1])
                        if where and where[0] == "patch" else
                        "line %d" % n})
        for i, (start, count) in enumerate(self.hunk_ranges()):
            if i + 1 not in {l["hunk"] for l in out} and \
                    ran & set(range(start, start + count)):
                out.append({"line": None, "hunk": i + 1,
                            "where": "hunk #%d" % (i + 1)})
        return out

    def hunk_ranges(self):
        """(first line, count) of each hunk's new side, from 1."""
        out = []
        for h in self.hunks():
            m = patchfile.HUNK_RE.match(h.header)
            out.append((int(m.group(3)), int(m.group(4) or 1)))
        return out

    def hunks(self):
        return patchfile.hunks(self.sections) if self.sections else []

    def hunk_of(self, n):
        """The hunk (from 1) whose new lines hold line @n, or None."""
        for i, (start, count) in enumerate(self.hunk_ranges()):
            if start <= n < start + count:
                return i + 1
        return None

    def go(self):
        o = self.opts
        if o.refused:
            raise fk.Trouble(re.sub(r"^faultkit: ", "", o.refused))
        if o.patch:
            patchfile.read_text(o.patch_abs, "PATCH", o.patch)
        else:
            patchfile.read_text(o.fault_c_abs, "FAULT_C", o.fault_c)
            if re.search(r"[\s:#$]", o.fault_c_abs):
                raise fk.Trouble("FAULT_C=%s: make cannot build from a path "
                                 "with spaces, ':', '#' or '$'; copy it "
                                 "elsewhere" % o.fault_c)
        self.unit = fk.unit_of(o.base, o.base_name)
        # The baseline check runs while the patched unit builds.
        baseline = Background(self.check_golden, not o.no_golden_check)
        try:
            if o.patch:
                self.source = self.stage_patch()
            else:
                self.source = o.fault_c_abs
            with open(o.base, encoding="utf-8") as f:
                tree = f.read().split("\n")
            with open(self.source, encoding="utf-8", errors="replace") as f:
                added, self.line_map = patchfile.map_lines(
                    self.sections, tree, f.read().split("\n"))
            self.added = added
            binary = self.build(UNIT_COV=1)
        finally:
            baseline.join()
        self.trace = fk.trace_only(binary)
        self.table = table = fk.list_rows(binary)
        golden = fk.read_golden(o.golden, table, self.unit)
        # --results writes the gcov counters (--behaviour's children do
        # not) and says which rows fail in make check
        fk.fresh_counts(binary)
        verdicts = fk.verdicts(binary)
        self.now = fk.behaviour(binary)
        self.compare(table, golden, self.now, verdicts)
        self.coverage(binary, added, verdicts)
        self.explore_space()

    # ---- the verdict -------------------------------------------------------
    def counts(self):
        c = {"rows": len(self.rows), "unchanged": 0, "trace only": 0,
             "changed": 0, "fail": 0, "breaks": 0}
        for r in self.rows:
            c[r["status"]] += 1
            c["fail"] += r["fails"]
            c["breaks"] += bool(r["breaks"] or r["crashed"])
        return c

    def broken_rule(self):
        """The first kernel rule the patched unit breaks, a row's or a
        scenario's (or its crash); None if it keeps them all."""
        for r in self.rows:
            if r["breaks"]:
                return "row %s: %s" % (r["row"], r["breaks"])
            if r["crashed"]:
                return "row %s %s" % (r["row"], r["crashed"])
        s = self.space
        if s["rules"]:
            return "%d explored scenarios: %s" % (s["rules"][0]["scenarios"],
                                                  s["rules"][0]["rule"])
        if s["crash_scenarios"]:
            return "an explored scenario: %s" % \
                " ".join(s["crash_scenarios"][0][1:])
        return None

    def status(self):
        if self.broken_rule():
            return BREAKS
        c = self.counts()
        return CHANGED if c["changed"] or self.space["changed"] else SAME

    def trace_summary(self):
        """One line per trace-only call that moved: "prefetchw() no longer
        called", with the rows and scenarios where it did."""
        calls = {}
        for r in self.rows:
            for c, (a, b) in r["trace"].items():
                calls.setdefault(c, [0, 0, 0, 0])[0 if b < a else 1] += 1
        for t in self.space["trace_only_calls"]:
            v = calls.setdefault(t["call"], [0, 0, 0, 0])
            v[2] += t["fewer"]
            v[3] += t["more"]
        out = []
        for c, (rf, rm, sf, sm) in sorted(calls.items()):
            how = "no longer called" if (rf or sf) and not (rm or sm) else \
                "newly called" if not (rf or sf) else "called otherwise"
            out.append("%s() %s (%d rows, %d scenarios): %s" % (
                c, how, rf + rm, sf + sm, self.trace.get(c, "")))
        return out

    def as_json(self, error=None, detail=None):
        o = self.opts
        code = NO_VERDICT if error else self.status()
        return {
            "tool": "faultkit regress", "kernel": o.kernel,
            "patch": o.patch, "fault_c": o.fault_c or TARGET,
            "built_from": self.shown(self.source) if self.source and
            o.fault_c else None,
            "golden": o.golden, "notes": self.notes,
            "verdict": VERDICTS[code],
            "broken_rule": None if error else self.broken_rule(),
            "trace_only": [] if error else self.trace_summary(),
            "rows": self.rows, "summary": self.counts(),
            "changed_lines": self.changed_lines,
            "unreached": self.unreached,
            "space": self.space,
            "error": error, "error_detail": detail,
            "exit": code,
        }

    # ---- report ------------------------------------------------------------
    @staticmethod
    def shown(path):
        """@path relative to the tree when inside it."""
        if path is None:
            return None
        rel = os.path.relpath(path, fk.ROOT)
        return path if rel.startswith("..") else rel

    def verdict_line(self, code):
        return verdict_line(code, self.broken_rule())

    def text(self):
        if self.opts.format == "mail":
            return report.mail(self)
        return report.text(self)


def verdict_line(code, rule=None, error=None):
    if code == BREAKS:
        return "exit 3: the patched unit breaks a kernel rule: %s" % rule
    if code == CHANGED:
        return "exit 1: behaviour changes"
    if code == SAME:
        return "exit 0: no behaviour changes"
    return "exit 2: could not judge: %s" % error


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog="make regress", description=__doc__.split("\n")[0])
    ap.add_argument("--patch")
    ap.add_argument("--fault-c")
    ap.add_argument("--json")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--o", default="build")
    ap.add_argument("--kernel", default="rhel6")
    # The profile's own fault.c: in the tree for RHEL6, fetched for 6.1.
    ap.add_argument("--base", default=TARGET)
    ap.add_argument("--golden", default="tests/rhel6/golden")
    ap.add_argument("--no-golden-check", action="store_true")
    ap.add_argument("--unusual", type=int, default=2,
                    help="the explored space's bound; -1: rows only")
    ap.add_argument("--classes", type=int, default=16,
                    help="regions of changed scenarios shown in full")
    ap.add_argument("--format", choices=("text", "mail"), default="text",
                    help="mail: a review reply, each hunk quoted")
    ap.add_argument("--verbose", action="store_true",
                    help="every row, every diff, every region in full")
    ap.add_argument("--rows",
                    help="write the regions' rows as a table file "
                    "(make check EXTRA_ROWS= runs them)")
    ap.add_argument("--bisect", action="store_true",
                    help="answer 125 for could not judge (git bisect run)")
    ap.add_argument("--refused",
                    help="make refused the run: this message, exit 2")
    opts = ap.parse_args(argv)
    if not opts.refused and bool(opts.patch) == bool(opts.fault_c):
        opts.refused = ("give PATCH=file.diff or FAULT_C=path/to/fault.c "
                        "(one of them): make regress PATCH=my.diff")
    return opts


def write_rows(path, regions):
    """The regions' rows as a table file, as make explore ROWS= writes
    its own (tests/engine/explore_main.c): the suite "extra"."""
    rows = [r["row"] for r in regions if r.get("row")]
    with open(path, "w", encoding="utf-8") as f:
        f.write("// SPDX-License-Identifier: GPL-2.0\n/* Written by make "
                "regress: a row of each region. */\n#include <rows.h>\n\n"
                "static const struct fk_row rows[] = {\n%s\n};\n\n"
                "FK_SUITE(extra);\n" % "\n".join(rows))
    return len(rows)


def emit_json(opts, doc):
    text = json.dumps(doc, indent=1) + "\n"
    if opts.json == "-":
        sys.stdout.write(text)
        return
    tmp = opts.json + ".%d.tmp" % os.getpid()
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, opts.json)


def judge(opts, r):
    """Runs @r; its exit status, every report written."""
    try:
        r.go()
    except fk.Trouble as e:
        if opts.json:
            emit_json(opts, r.as_json(error=str(e), detail=e.detail))
        for n in r.notes:
            print("note: " + n, file=sys.stderr)
        if e.detail:
            print(e.detail, file=sys.stderr)
        print("faultkit: regress: %s" % e, file=sys.stderr)
        return NO_VERDICT
    if opts.json:
        emit_json(opts, r.as_json())
    if opts.rows:
        n = write_rows(opts.rows, r.space.get("regions", []))
        r.notes.append("wrote %d rows to %s (make check EXTRA_ROWS=%s "
                       "runs them)" % (n, opts.rows, opts.rows))
    if opts.json != "-":
        sys.stdout.write(r.text())
    return r.status()


def main(argv):
    opts = parse_args(argv)
    # The user's paths are theirs (relative to where they ran us); ours
    # are the tree's.
    opts.patch_abs = opts.patch and os.path.abspath(opts.patch)
    opts.fault_c_abs = opts.fault_c and os.path.abspath(opts.fault_c)
    opts.base_name = opts.base
    opts.base = os.path.join(fk.ROOT, opts.base)
    if opts.json and opts.json != "-":
        opts.json = os.path.abspath(opts.json)
    if opts.rows:
        opts.rows = os.path.abspath(opts.rows)
    os.chdir(fk.ROOT)
    sweep(opts.o)
    r = Run(opts)
    try:
        code = judge(opts, r)
    finally:
        remove_run(opts.o, r.tag)
    return 125 if opts.bisect and code == NO_VERDICT else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
