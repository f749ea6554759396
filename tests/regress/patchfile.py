# SPDX-License-Identifier: GPL-2.0
"""A unified diff in the kernel's -p1 form, cut into per-file sections.

Only the section for arch/x86/mm/fault.c is applied (to a copy); the
others are reported and left out. Hunks keep the line of the patch file
they start on, so a hunk that does not apply, or a compiler message on a
line the patch added, can be named by the user's own file and line.
"""
import difflib
import os
import re

from faultkit import Trouble, run

HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class Hunk:
    def __init__(self, header, lineno):
        self.header = header            # the "@@ ... @@" line
        self.lineno = lineno            # its line in the patch file, from 1
        self.lines = []                 # body lines, with their prefix
        self.plus = []                  # (patch line, text) of '+' lines


class Section:
    def __init__(self, lineno):
        self.lineno = lineno
        self.old = self.new = None
        self.hunks = []
        self.header_only = False        # "diff --git" seen, no "---" yet

    def path(self):
        """The file it patches, with one leading component dropped."""
        name = self.new if self.new != "/dev/null" else self.old
        return strip_p1(name)


def strip_p1(name):
    if name is None:
        return None
    name = name.split("\t")[0].strip()
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1]
    return name.split("/", 1)[1] if "/" in name else name


def read_hunk(lines, i, hunk):
    """Reads the body of @hunk starting at @i; returns the next index."""
    m = HUNK_RE.match(hunk.header)
    old_n = int(m.group(2)) if m.group(2) is not None else 1
    new_n = int(m.group(4)) if m.group(4) is not None else 1
    while i < len(lines) and (old_n > 0 or new_n > 0):
        line = lines[i]
        tag = line[:1] if line else " "
        if tag == "\\":                 # "\ No newline at end of file"
            hunk.lines.append(line)
            i += 1
            continue
        if tag not in " -+":
            break
        hunk.lines.append(line if line else " ")
        if tag != "+":
            old_n -= 1
        if tag != "-":
            new_n -= 1
        if tag == "+":
            hunk.plus.append((i + 1, line[1:]))
        i += 1
    if old_n > 0 or new_n > 0:
        raise Trouble("line %d: hunk %s ends early (the patch is cut short "
                      "or was edited by hand)" % (hunk.lineno,
                                                  hunk.header.strip()))
    # A "\ No newline" marker may follow the last line.
    while i < len(lines) and lines[i].startswith("\\"):
        hunk.lines.append(lines[i])
        i += 1
    return i


def parse(text):
    """[Section] of a unified diff (git or plain); preamble is skipped."""
    lines = text.split("\n")
    sections, cur = [], None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("diff --git "):
            cur = Section(i + 1)
            sections.append(cur)
            parts = line.split()
            if len(parts) >= 4:
                cur.old, cur.new = parts[2], parts[3]
            cur.header_only = True
            i += 1
        elif line.startswith("--- ") and i + 1 < len(lines) and \
                lines[i + 1].startswith("+++ "):
            if cur is None or not cur.header_only:
                cur = Section(i + 1)
                sections.append(cur)
            cur.old, cur.new = line[4:], lines[i + 1][4:]
            cur.header_only = False
            i += 2
        elif line.startswith("@@ ") and cur is not None and HUNK_RE.match(line):
            hunk = Hunk(line, i + 1)
            i = read_hunk(lines, i + 1, hunk)
            cur.hunks.append(hunk)
        else:
            i += 1
    return [s for s in sections if s.hunks or s.old]


def split(text, target):
    """(sections for @target, {other path: hunk count}); checks the form."""
    sections = parse(text)
    if not any(s.hunks for s in sections):
        raise Trouble("no unified diff hunks in it (expected `diff -u` or "
                      "`git diff` output)")
    mine = [s for s in sections if s.path() == target and s.hunks]
    others = {}
    for s in sections:
        if s.path() != target:
            others[s.path()] = others.get(s.path(), 0) + len(s.hunks)
    if not mine:
        raise Trouble("no hunk for %s (paths are read in -p1 form, "
                      "a/%s; the patch names: %s)"
                      % (target, target, ", ".join(sorted(others)) or "none"))
    for s in mine:
        if "/dev/null" in (s.old.split("\t")[0].strip(),
                           s.new.split("\t")[0].strip()):
            raise Trouble("line %d: it creates or deletes %s; only changes "
                          "to it can be tested" % (s.lineno, target))
    return mine, others


def render(sections, target):
    """The sections as a patch whose only file is @target."""
    out = []
    for s in sections:
        out.append("--- a/%s\n+++ b/%s\n" % (target, target))
        for h in s.hunks:
            out.append(h.header + "\n")
            out.extend(l + "\n" for l in h.lines)
    return "".join(out)


def hunks(sections):
    """All hunks in the order patch(1) numbers them within one file."""
    return [h for s in sections for h in s.hunks]


def plus_lines(sections):
    """(patch line, text) of every added line, in patch order."""
    return [p for h in hunks(sections) for p in h.plus]


def read_text(path, what, spelt):
    """The text of a file the user named (@what=@spelt), or one Trouble."""
    if not os.path.exists(path):
        raise Trouble("%s=%s: no such file" % (what, spelt))
    if not os.path.isfile(path):
        raise Trouble("%s=%s: not a regular file" % (what, spelt))
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise Trouble("%s=%s: %s" % (what, spelt, e.strerror))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def apply(sections, base, stage, target, name):
    """Applies @sections to a copy of @base at @stage/@target with exact
    context; the notes (hunks at an offset). Trouble names the hunks
    patch(1) refused, by @name, the patch as the user spelt it."""
    copy = os.path.join(stage, target)
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    with open(base, "rb") as f, open(copy, "wb") as g:
        g.write(f.read())
    diff = os.path.abspath(os.path.join(stage, "fault.c.diff"))
    with open(diff, "w", encoding="utf-8") as f:
        f.write(render(sections, target))
    # Exact context only: this file repeats the same few lines
    # ("bad_area(...); return; }") too often for fuzz to be safe.
    rc, out, err = run(["patch", "-p1", "--fuzz=0", "--batch", "--forward",
                        "--no-backup-if-mismatch", "--reject-file=-", "-d",
                        stage, "-i", diff])
    out += err
    notes = ["%s: hunk #%s applies at line %s (offset %s)" % (name, n, at, off)
             for n, at, off in re.findall(r"Hunk #(\d+) succeeded at (\d+) "
                                          r"\(offset (-?\d+) lines?\)", out)]
    if rc:
        raise Trouble(hunk_failure(sections, out, name, target))
    return notes


def hunk_failure(sections, out, name, target):
    """One message naming the hunks patch(1) refused."""
    section, failed = -1, []
    for line in out.splitlines():
        if line.startswith("patching file"):
            section += 1
        m = re.match(r"Hunk #(\d+) FAILED at (\d+)", line)
        num = int(m.group(1)) if m else 0
        if m and 0 <= section < len(sections) and \
                num <= len(sections[section].hunks):
            h = sections[section].hunks[num - 1]
            failed.append("%s:%d: hunk #%s %s does not apply to %s "
                          "(expected near line %s)"
                          % (name, h.lineno, m.group(1), h.header.strip(),
                             target, m.group(2)))
    if "Reversed (or previously applied)" in out:
        failed.insert(0, "%s: looks reversed or already applied" % name)
    if not failed:
        failed = ["%s: patch(1) failed:\n%s" % (name, out.strip())]
    return "\n".join(failed)


def map_lines(sections, tree, new):
    """Maps each line of @new (the built file) to the patch or to @tree:
    (the added or changed line numbers of @new, in order; {line of @new:
    ("patch", patch line) or ("tree", line of @tree)})."""
    sm = difflib.SequenceMatcher(None, tree, new, autojunk=False)
    plus = plus_lines(sections) if sections else []
    k, added, where = 0, [], {}
    for tag, i1, _, j1, j2 in sm.get_opcodes():
        for j in range(j1, j2):
            if tag == "equal":
                where[j + 1] = ("tree", i1 + j - j1 + 1)
                continue
            added.append(j + 1)
            while k < len(plus) and plus[k][1] != new[j]:
                k += 1
            if k < len(plus):
                where[j + 1] = ("patch", plus[k][0])
                k += 1
    return added, where
