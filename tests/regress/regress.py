#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make regress: which rows of the table a patch to fault.c changes.

  regress.py (--patch FILE | --fault-c FILE) [--json FILE|-] [--quiet]
             [--o BUILD] [--kernel K] [--base FILE] [--golden DIR]
             [--no-golden-check]

--patch applies FILE (-p1, a/arch/x86/mm/fault.c) to a copy of the in-tree
fault.c under BUILD/regress/<name>/; --fault-c takes an already-patched
file as it is. Either way the unit is built with gcov, every row runs, and
each row's behaviour is compared with the golden file of its suite:

  unchanged   the same text
  changed     a unified diff of the behaviour
  failing     the row crashed, hung, or broke a rule the golden row keeps

then the added or changed lines that no row reaches. Exit status as
diff(1): 0 no change, 1 changes, 2 trouble (the patch does not apply,
the file is missing or does not compile, a row fails to run).
The in-tree fault.c is only ever read.
"""
import argparse
import difflib
import hashlib
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

TARGET = "arch/x86/mm/fault.c"


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


class Run:
    """One regression run: its inputs, what it found, its report."""

    def __init__(self, opts):
        self.opts = opts
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
        self.space = {"scenarios": 0, "changed": 0, "broken": 0,
                      "trouble": 0, "unusual": opts.unusual,
                      "not_compared": 0, "classes": []}
        self.classes = {}

    # ---- inputs ----------------------------------------------------------
    def read_input(self, path, what, spelt):
        """Contents of a file the user named, or one clear Trouble."""
        if not os.path.exists(path):
            raise fk.Trouble("%s=%s: no such file" % (what, spelt))
        if not os.path.isfile(path):
            raise fk.Trouble("%s=%s: not a regular file" % (what, spelt))
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise fk.Trouble("%s=%s: %s" % (what, spelt, e.strerror))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")

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
        """Applies the patch to a fresh copy; returns the copy's path."""
        patch = self.opts.patch
        text = self.read_input(self.opts.patch_abs, "PATCH", patch)
        try:
            self.sections, others = patchfile.split(text, TARGET)
        except fk.Trouble as e:
            raise fk.Trouble("PATCH=%s: %s" % (patch, e))
        for path, n in sorted(others.items()):
            self.notes.append("%s: %d hunk%s for %s left out: only %s is "
                              "under test" % (patch, n, "s" * (n != 1),
                                              path, TARGET))
        name = re.sub(r"[^A-Za-z0-9_.-]", "_",
                      os.path.splitext(os.path.basename(patch))[0]) or "patch"
        top = os.path.join(self.opts.o, "regress")
        final = os.path.join(top, name)
        # Nothing of an earlier run of this name survives a failed one.
        shutil.rmtree(final, ignore_errors=True)
        os.makedirs(top, exist_ok=True)
        stage = tempfile.mkdtemp(prefix=".stage-", dir=top)
        try:
            self.apply(stage, patch)
            os.rename(stage, final)
        finally:
            shutil.rmtree(stage, ignore_errors=True)
        return os.path.abspath(os.path.join(final, TARGET))

    def apply(self, stage, patch):
        copy = os.path.join(stage, TARGET)
        os.makedirs(os.path.dirname(copy))
        shutil.copyfile(self.opts.base, copy)
        diff = os.path.abspath(os.path.join(stage, "fault.c.diff"))
        with open(diff, "w", encoding="utf-8") as f:
            f.write(patchfile.render(self.sections, TARGET))
        # Exact context only: this file repeats the same few lines
        # ("bad_area(...); return; }") too often for fuzz to be safe.
        rc, out, err = fk.run(["patch", "-p1", "--fuzz=0", "--batch",
                               "--forward", "--no-backup-if-mismatch",
                               "--reject-file=-", "-d", stage, "-i", diff])
        out += err
        offsets = re.findall(r"Hunk #(\d+) succeeded at (\d+) \(offset "
                             r"(-?\d+) lines?\)", out)
        for num, at, off in offsets:
            self.notes.append("%s: hunk #%s applies at line %s (offset %s)"
                              % (patch, num, at, off))
        if rc == 0:
            return
        raise fk.Trouble(self.hunk_failure(out, patch))

    def hunk_failure(self, out, patch):
        """One message naming the hunks patch(1) refused."""
        section, failed = -1, []
        for line in out.splitlines():
            if line.startswith("patching file"):
                section += 1
            m = re.match(r"Hunk #(\d+) FAILED at (\d+)", line)
            num = int(m.group(1)) if m else 0
            if m and 0 <= section < len(self.sections) and \
                    num <= len(self.sections[section].hunks):
                h = self.sections[section].hunks[num - 1]
                failed.append("%s:%d: hunk #%s %s does not apply to %s "
                              "(expected near line %s)"
                              % (patch, h.lineno, m.group(1), h.header.strip(),
                                 TARGET, m.group(2)))
        if "Reversed (or previously applied)" in out:
            failed.insert(0, "%s: looks reversed or already applied"
                          % patch)
        if not failed:
            failed = ["%s: patch(1) failed:\n%s" % (patch, out.strip())]
        return "\n".join(failed)

    # ---- build -----------------------------------------------------------
    def build(self):
        """Builds the unit from self.source with gcov (the unit only: the
        harness is the in-tree build's); returns the binary."""
        try:
            binary = fk.binary(self.opts.kernel, o=self.opts.o, UNIT_COV=1,
                               FAULT_C=self.source)
        except fk.Trouble as e:
            if "does not compile against" not in (e.detail or ""):
                raise fk.Trouble("building the table for %s failed"
                                 % self.shown(self.source), e.detail)
            raise self.compile_failure(e.detail)
        # Counts of an earlier run of the same file must not add up.
        fk.fresh_counts(binary)
        return binary

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

    def map_lines(self, tree, new):
        """Maps each line of the built file to the patch or the tree file.

        Returns the added or changed line numbers, in order.
        """
        sm = difflib.SequenceMatcher(None, tree, new, autojunk=False)
        plus = patchfile.plus_lines(self.sections) if self.sections else []
        k, added = 0, []
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            for j in range(j1, j2):
                if tag == "equal":
                    self.line_map[j + 1] = ("tree", i1 + j - j1 + 1)
                    continue
                added.append(j + 1)
                while k < len(plus) and plus[k][1] != new[j]:
                    k += 1
                if k < len(plus):
                    self.line_map[j + 1] = ("patch", plus[k][0])
                    k += 1
        return added

    # ---- run and compare ---------------------------------------------------
    def compare(self, table, golden, now):
        """Sorts each row: unchanged, changed, or failing (its kind: a
        crash, a hang, a rule the golden row keeps, or no output)."""
        for suite, row in table:
            g, p = golden.get(row), now.get(row)
            entry = {"suite": suite, "row": row, "status": "unchanged",
                     "failure": None, "reason": None, "diff": []}
            self.rows.append(entry)
            if g is None:
                raise fk.Trouble("row %s has no golden behaviour: run "
                                 "`make golden`" % row)
            if p is None:
                entry.update(status="failing", failure="missing",
                             reason="no behaviour printed")
                continue
            trouble = fk.is_trouble(p)
            if trouble:
                why = trouble[0][len("trouble "):]
                entry.update(status="failing", reason=why,
                             failure="hang" if why.startswith("timed out")
                             else "crash")
                continue
            if p == g:
                continue
            entry["diff"] = list(difflib.unified_diff(
                g, p, "golden", "patched", lineterm=""))
            entry["status"] = "changed"
            old_rules = [fk.rule_text(b) for b in fk.broken(g)]
            new_rules = [fk.rule_text(b) for b in fk.broken(p)
                         if fk.rule_text(b) not in old_rules]
            if new_rules:
                entry.update(status="failing", failure="rule",
                             reason="broke a rule: " + new_rules[0])

    def lost_rows(self):
        """Rows whose run died: they count for no line of coverage."""
        return [r for r in self.rows if r["failure"] in ("crash", "hang")]

    def coverage(self, binary, added):
        """Added or changed lines with zero hits, from gcov's JSON."""
        self.changed_lines["total"] = len(added)
        if not added:
            return
        # --behaviour runs rows in children that write no counters: the
        # rows run once more for them (a row that crashes or hangs writes
        # none).
        fk.verdicts(binary)
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
            self.notes.append("rows that crashed or hung count for no line")

    # ---- the explored space ------------------------------------------------
    KIND = ("(none)", "HANDLED", "SIGNAL", "OOM", "FIXUP", "OOPS",
            "OOPS_RETURNED", "KILLED", "RETURNED_EARLY", "RUNAWAY")

    def explore_space(self):
        """Every scenario of the space on both units: each that behaves
        otherwise is counted in a class (outcome and trace shape before
        and after); one minimal scenario per class is shown."""
        o = self.opts
        if o.unusual < 0:
            return
        work = os.path.join(o.o, "regress", "explore")
        os.makedirs(work, exist_ok=True)
        base = fk.binary(o.kernel, o=o.o, EXPLORE=1, FAULT_C=o.base_name)
        # beside the in-tree explore build: only the unit is its own,
        # with gcov counters, to say which lines no row reaches the space
        # does not reach either
        patched = fk.binary(o.kernel, o=o.o, EXPLORE=1, UNIT_COV=1,
                            FAULT_C=self.source)
        fk.fresh_counts(patched)
        # several runs may share the build folder: each its own file
        mine = os.path.join(work, "patched-%s.tsv" % hashlib.sha256(
            self.source.encode()).hexdigest()[:16])
        # the explorer compares the two spaces itself: @a and @b hold only
        # the scenarios that differ or that one side alone reached
        d, out = fk.explore(patched, mine, o.unusual,
                            against=self.base_space(base, work))
        a, b = d.base, d.this
        self.space["scenarios"] = d.union
        trouble = re.findall(r"^(.*)\t((crashed|timed out|exited).*)$", out,
                             re.M)
        self.space["trouble"] = len(trouble)
        self.space["trouble_scenarios"] = ["%s: %s" % (t[0], t[1])
                                           for t in trouble[:10]]
        if "explore: stopped after" in out:
            # the patched unit hangs or crashes too often to be explored:
            # what it did run is not compared with what it did not
            self.notes.append("the patched unit's exploration stopped "
                              "after %d scenarios crashed or hung"
                              % len(trouble))
            return
        if not trouble:
            # a worker that crashed wrote no counters: then unknown
            self.space_reach(patched)
        # a scenario one unit never ran (it read other inputs): run it
        self.fill(a, base, [k for k in b if k not in a], b)
        self.fill(b, patched, [k for k in a if k not in b], a)
        self.classes = {}
        for k, ra in a.items():
            rb = b.get(k)
            if rb is None or rb == ra:
                continue
            sa, sb = a[k], b[k] = fk.scenario(ra), fk.scenario(rb)
            if sb.fp != sa.fp:
                # the same calls with other arguments are one class
                key = (sa.kind, sb.kind) + ((sa.shape, sb.shape)
                                            if sa.shape != sb.shape else
                                            ("args", "args"))
                self.classes.setdefault(key, []).append(k)
                if sb.broken > sa.broken:
                    self.space["broken"] += 1
        self.space["changed"] = sum(len(v) for v in self.classes.values())
        self.show_classes(base, patched, a, b)

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

    def base_space(self, base, work):
        """The in-tree unit's saved space (its path), kept while its
        binary, the bound and the list of what cannot happen stay the
        same."""
        h = hashlib.sha256()
        for path in (base, os.path.join(fk.ROOT, fk.RULES)):
            with open(path, "rb") as f:
                h.update(f.read())
        h.update(str(self.opts.unusual).encode())
        # one saved space per kernel and bound: a run at another bound
        # (two may run at once) never deletes the file this one reads
        mine = "base-%s-u%d-" % (self.opts.kernel, self.opts.unusual)
        save = os.path.join(work, mine + "%s.tsv" % h.hexdigest()[:16])
        if os.path.exists(save):
            return save
        for old in os.listdir(work):
            if old.startswith(mine) and old.endswith(".tsv"):
                try:
                    os.unlink(os.path.join(work, old))
                except OSError:
                    pass        # another run's, gone already
        fk.explore(base, "%s.%d.tmp" % (save, os.getpid()),
                   self.opts.unusual, keep=save)
        return save

    FILL_MAX = 20000

    def fill(self, found, binary, keys, other):
        """Runs on @binary the scenarios only the other unit reached (the
        patch changed which inputs a fault reads): the simplest first,
        at most FILL_MAX; the rest are counted, not compared."""
        keys.sort(key=lambda k: (fk.scenario(other[k]).unusual, len(k)))
        if len(keys) > self.FILL_MAX:
            self.space["not_compared"] += len(keys) - self.FILL_MAX
            keys = keys[:self.FILL_MAX]
        if keys:
            for k, (sc, _) in fk.replay(binary, keys).items():
                if sc:
                    found[k] = sc

    def show_classes(self, base, patched, a, b):
        """One minimal scenario per class: fewest unusual inputs, then
        fewest choices."""
        reps = []
        for key, keys in self.classes.items():
            keys.sort(key=lambda k: ((fk.scenario(a[k]).unusual or 0) +
                                     (fk.scenario(b[k]).unusual or 0),
                                     len(k.split()),
                                     k))
            reps.append((key, keys))
        reps.sort(key=lambda r: (-len(r[1]), r[1][0]))
        shown = [keys[0] for _, keys in reps[:self.opts.classes]]
        before = fk.replay(base, shown)
        after = fk.replay(patched, shown)
        rows = fk.replay(base, shown, as_rows=True)
        for key, keys in reps:
            k = keys[0]
            entry = {"scenarios": len(keys), "from": self.KIND[key[0]],
                     "to": self.KIND[key[1]], "scenario": k,
                     "same_calls": key[2] == "args",
                     "broken": sum(fk.scenario(b[x]).broken >
                                   fk.scenario(a[x]).broken for x in keys),
                     "diff": [], "row": None}
            if k in before and k in after:
                entry["diff"] = list(difflib.unified_diff(
                    before[k][1], after[k][1], "in-tree", "patched",
                    lineterm=""))
                entry["row"] = "\n".join(rows[k][1])
            self.space["classes"].append(entry)

    def go(self):
        o = self.opts
        if o.patch:
            self.read_input(o.patch_abs, "PATCH", o.patch)
        else:
            self.read_input(o.fault_c_abs, "FAULT_C", o.fault_c)
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
                added = self.map_lines(tree, f.read().split("\n"))
            binary = self.build()
        finally:
            baseline.join()
        table = fk.list_rows(binary)
        golden = fk.read_golden(o.golden, table, self.unit)
        self.compare(table, golden, fk.behaviour(binary))
        self.coverage(binary, added)
        self.explore_space()

    # ---- report ------------------------------------------------------------
    def space_text(self):
        s = self.space
        if self.opts.unusual < 0:
            return []
        out = ["    crashed or hung: " + t for t in
               s.get("trouble_scenarios", [])]
        out += ["explored space: %d scenarios (at most %d unusual inputs "
               "each): %d behave otherwise, in %d classes%s%s" % (
                   s["scenarios"], s["unusual"], s["changed"],
                   len(s["classes"]),
                   "; %d break a rule" % s["broken"] if s["broken"] else "",
                   "; %d crash or hang" % s["trouble"] if s["trouble"]
                   else "")]
        if s["not_compared"]:
            out.append("    (%d scenarios only one unit reaches were not "
                       "run on the other: the patch changes which inputs "
                       "a fault reads; the %d simplest were)"
                       % (s["not_compared"], 2 * self.FILL_MAX))
        for i, c in enumerate(s["classes"]):
            out.append("class %d: %d scenarios, %s -> %s%s%s" % (
                i + 1, c["scenarios"], c["from"], c["to"],
                ", the same calls with other arguments"
                if c["same_calls"] else "",
                ", %d breaking a rule" % c["broken"] if c["broken"]
                else ""))
            if not c["diff"]:
                out.append("    e.g. %s" % c["scenario"])
                continue
            out.append("    minimal: %s" % c["scenario"])
            out += ["    " + d for d in c["diff"]]
            out.append("    as a row (the in-tree behaviour):")
            out += ["    " + r for r in c["row"].split("\n")]
        return out


    @staticmethod
    def shown(path):
        """@path relative to the tree when inside it."""
        if path is None:
            return None
        rel = os.path.relpath(path, fk.ROOT)
        return path if rel.startswith("..") else rel

    def counts(self):
        c = {"rows": len(self.rows), "unchanged": 0, "changed": 0,
             "failing": 0}
        for r in self.rows:
            c[r["status"]] += 1
        return c

    def status(self):
        c, s = self.counts(), self.space
        if c["failing"] or s["broken"] or s["trouble"]:
            return 2
        return 1 if c["changed"] or s["changed"] else 0

    def as_json(self, error=None, detail=None):
        o = self.opts
        return {
            "tool": "faultkit regress", "kernel": o.kernel,
            "patch": o.patch, "fault_c": o.fault_c or TARGET,
            "built_from": self.shown(self.source),
            "golden": o.golden, "notes": self.notes,
            "rows": self.rows, "summary": self.counts(),
            "changed_lines": self.changed_lines,
            "unreached": self.unreached,
            "space": self.space,
            "error": error, "error_detail": detail,
            "exit": 2 if error else self.status(),
        }

    def text(self):
        o = self.opts
        out = ["regress: %s against %s (%d rows)" % (
            o.patch + " on " + o.base_name if o.patch else o.fault_c,
            o.golden, len(self.rows))]
        out += ["note: " + n for n in self.notes]
        for r in self.rows:
            if r["status"] == "unchanged" and o.quiet:
                continue
            line = "%-9s %s [%s]" % (r["status"], r["row"], r["suite"])
            if r["reason"]:
                line += ": " + r["reason"]
            out.append(line)
            out += ["    " + d for d in r["diff"]]
        if self.unreached:
            out.append("added or changed lines that no row reaches:")
            for u in self.unreached:
                if u["patch_line"]:
                    where = "%s:%d (line %d of the patched fault.c)" % (
                        o.patch, u["patch_line"], u["line"])
                else:
                    where = "%s:%d" % (o.fault_c or TARGET, u["line"])
                out.append("    %s: %s%s" % (where, u["text"], {
                    None: "", True: "  [an explored scenario reaches it]",
                    False: "  [no explored scenario either]"}[
                        u["explored"]]))
            if self.changed_lines["unexplored"]:
                out.append("    (reached by no explored scenario either: "
                           "nothing here sees what %s; it needs inputs "
                           "outside the space (%s), ruled out (%s), or "
                           "more than %d unusual at once)" % (
                               "it does" if self.changed_lines[
                                   "unexplored"] == 1 else "they do",
                               os.path.relpath(fk.outside_path(o.kernel),
                                               fk.ROOT),
                               fk.RULES, o.unusual))
        out += self.space_text()
        c, cl = self.counts(), self.changed_lines
        out.append("summary: %d rows: %d unchanged, %d changed, %d failing; "
                   "lines added or changed: %d, code: %d, reached by no "
                   "row: %d%s; explored scenarios: %d, %d behave otherwise "
                   "(exit %d)" % (
                       c["rows"], c["unchanged"], c["changed"], c["failing"],
                       cl["total"], cl["executable"], cl["unreached"],
                       "" if cl["unexplored"] is None else
                       ", nor by the space: %d" % cl["unexplored"],
                       self.space["scenarios"], self.space["changed"],
                       self.status()))
        return "\n".join(out) + "\n"


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
    ap.add_argument("--classes", type=int, default=10,
                    help="classes of changed scenarios shown in full")
    opts = ap.parse_args(argv)
    if bool(opts.patch) == bool(opts.fault_c):
        print("faultkit: regress: give PATCH=file.diff or "
              "FAULT_C=path/to/fault.c (one of them)", file=sys.stderr)
        sys.exit(2)
    return opts


def emit_json(opts, doc):
    text = json.dumps(doc, indent=1) + "\n"
    if opts.json == "-":
        sys.stdout.write(text)
        return
    with open(opts.json, "w", encoding="utf-8") as f:
        f.write(text)


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
    os.chdir(fk.ROOT)
    r = Run(opts)
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
        return 2
    if opts.json:
        emit_json(opts, r.as_json())
    if opts.json != "-":
        sys.stdout.write(r.text())
    return r.status()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
