# SPDX-License-Identifier: GPL-2.0
"""A unified diff in the kernel's -p1 form, cut into per-file sections.

Only the section for arch/x86/mm/fault.c is applied (to a copy); the
others are reported and left out. Hunks keep the line of the patch file
they start on, so a hunk that does not apply, or a compiler message on a
line the patch added, can be named by the user's own file and line.
"""
import re

from faultkit import Trouble

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
