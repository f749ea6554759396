# SPDX-License-Identifier: GPL-2.0
"""Behaviour text of the table binary: running it, parsing it, golden files.

`faultkit-<k> --behaviour` prints one block per row, blocks separated by
an empty line, each starting with "row NAME". A row that crashed or hung
prints "trouble ..." instead of its behaviour; a row that broke a rule of
the harness has "broken ..." lines. Golden files hold the same blocks, one
file per suite, under tests/<k>/golden/<suite>.txt.
"""
import hashlib
import os
import re
import subprocess

GOLDEN_HEADER = (
    "# Behaviour of every row of suite {suite} on the unit below:\n"
    "# outcome, counters, broken rules, call trace.\n"
    "# Written by `make golden`; `make golden-check` keeps it honest.\n"
    "# unit: {unit}\n"
)
UNIT_RE = re.compile(r"^# unit: (.*) sha256:([0-9a-f]{64})$", re.M)


class Trouble(Exception):
    """Something that stops a run: one clear message, exit status 2.

    @detail (a compiler's messages, say) is printed before it.
    """

    def __init__(self, message, detail=None):
        super().__init__(message)
        self.detail = detail


def run(argv, env=None, timeout=600, cwd=None):
    """Runs @argv; returns (exit status, stdout + stderr)."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, env=env, cwd=cwd,
                           timeout=timeout, check=False)
    except OSError as e:
        raise Trouble("cannot run %s: %s" % (argv[0], e.strerror))
    except subprocess.TimeoutExpired:
        raise Trouble("%s did not finish in %d s" % (argv[0], timeout))
    return p.returncode, p.stdout.decode("utf-8", "replace")


def parse(text):
    """Behaviour text -> {row: [lines]} in the order printed."""
    rows = {}
    for block in text.split("\n\n"):
        lines = [l for l in block.split("\n") if l]
        if not lines:
            continue
        if not lines[0].startswith("row "):
            raise Trouble("unexpected behaviour text: %r" % lines[0])
        name = lines[0][4:]
        if name in rows:
            raise Trouble("row %s printed twice" % name)
        rows[name] = lines
    return rows


def list_rows(binary):
    """[(suite, row)] in table order."""
    rc, out = run([binary, "--list"], timeout=60)
    if rc:
        raise Trouble("%s --list failed:\n%s" % (binary, out))
    return [tuple(l.split(" ", 1)) for l in out.splitlines() if l]


def behaviour(binary):
    """Runs every row of @binary; {row: [lines]}. Crashes are rows' own."""
    # Row timeouts are the binary's; 89 rows of which a few may hang.
    rc, out = run([binary, "--behaviour"], timeout=1800)
    if rc not in (0, 1):
        raise Trouble("%s --behaviour failed (status %d):\n%s"
                      % (binary, rc, out[-2000:]))
    return parse(out)


def golden_path(golden_dir, suite):
    return os.path.join(golden_dir, suite + ".txt")


def unit_of(path, name):
    """How a golden file names the fault.c it was made from: @name (as
    the profile spells it), and its contents' sha256, which decides."""
    try:
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
    except OSError as e:
        raise Trouble("%s: %s" % (path, e.strerror))
    return "%s sha256:%s" % (name, digest)


def render_golden(suite, names, rows, unit):
    """The text of one suite's golden file."""
    out = [GOLDEN_HEADER.format(suite=suite, unit=unit)]
    for name in names:
        out.append("\n" + "\n".join(rows[name]) + "\n")
    return "".join(out)


def same_unit(path, text, unit):
    """A golden file made from another unit is refused, not diffed."""
    m = UNIT_RE.search(text)
    if not m:
        raise Trouble("%s names no unit it was made from (run `make "
                      "golden`)" % path)
    if m.group(2) != UNIT_RE.search("# unit: " + unit).group(2):
        raise Trouble("%s was made from another unit (%s, sha256 %s...), "
                      "not from %s: refused" % (path, m.group(1),
                                                m.group(2)[:12], unit))


def read_golden(golden_dir, table, unit):
    """{row: [lines]} from the golden files of the suites in @table,
    which must have been made from @unit (unit_of())."""
    rows = {}
    for suite in sorted({s for s, _ in table}):
        path = golden_path(golden_dir, suite)
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise Trouble("%s: %s (run `make golden`)" % (path, e.strerror))
        same_unit(path, text, unit)
        body = "\n".join(l for l in text.split("\n")
                         if not l.startswith("#"))
        rows.update(parse(body))
    return rows


def is_trouble(lines):
    return [l for l in lines if l.startswith("trouble ")]


def rule_text(line):
    """A broken rule without "broken " and the call number, which moves
    when a patch adds or drops a call before it."""
    return re.sub(r"^broken (call #\d+: )?", "", line)


def broken(lines):
    return [l for l in lines if l.startswith("broken ")]
