# SPDX-License-Identifier: GPL-2.0
"""make regress's report, from what regress.py found (a Run).

  text(run)          one screen by default: the verdict, the rows that
                     changed, each region of the space that behaves
                     otherwise with its predicate and size, trace-only
                     changes, then per region one example with its diff
                     and a row to paste (QUIET=1: not those); V=1 adds
                     every row, every diff and every region's example.
  mail(run)          FORMAT=mail: a review reply, each hunk of the patch
                     quoted and under it, in words, the regions it
                     changes; nothing in it depends on the machine or on
                     where the checkout is.

Vocabulary, the same everywhere: a row "fails" only when it fails in
make check; the patched unit "breaks a rule" (a kernel rule the model
enforces); a scenario or row "behaves otherwise".
"""
import re
import textwrap

DIFF_LINES = 14       # of one example's diff, shown by default
ROWS_SHOWN = 8        # changed rows listed by default


def where_text(where):
    return " ".join(where) if where else "(every scenario)"


def merged(regions):
    """Regions of one transition that differ only in one input's value,
    as one line each: [(from, to, where texts, scenarios, count)], where
    the varying input reads "input=a|b|c"."""
    out, used = [], set()
    for i, r in enumerate(regions):
        if i in used:
            continue
        same = [i]
        for j in range(i + 1, len(regions)):
            s = regions[j]
            if j in used or (s["from"], s["to"]) != (r["from"], r["to"]) \
                    or len(s["where"]) != len(r["where"]):
                continue
            a, b = set(r["where"]), set(s["where"])
            if len(a - b) == 1 and len(b - a) == 1 and \
                    (a - b).pop().split("=")[0] == (b - a).pop().split("=")[0]:
                same.append(j)
        if len(same) > 1:
            common = set.intersection(*(set(regions[k]["where"])
                                        for k in same))
            vary = [t for k in same for t in regions[k]["where"]
                    if t not in common]
            name = vary[0].split("=")[0]
            # only merge when every member varies in that one input
            if all(t.split("=")[0] == name for t in vary):
                used.update(same)
                where = [t for t in r["where"] if t in common] + \
                    ["%s=%s" % (name, "|".join(t.split("=", 1)[1]
                                               for t in vary))]
                out.append((r["from"], r["to"], where,
                            sum(regions[k]["scenarios"] for k in same),
                            same))
                continue
        used.add(i)
        out.append((r["from"], r["to"], r["where"], r["scenarios"], [i]))
    return out


def lines_text(region):
    """Which changed lines of the patch the region's example runs."""
    lines = region.get("lines") or []
    if not lines:
        return None
    hunks = sorted({l["hunk"] for l in lines if l.get("hunk")})
    at = ", ".join(re.sub(r"^.*:(\d+)$", r"\1", l["where"]) for l in lines
                   if l.get("line"))
    line = "lines" if "," in at else "line"
    return "runs %s%s" % ("the patch's %s %s" % (line, at) if at else "",
                          ("%shunk #%s" % (" in " if at else "",
                                           ", #".join(map(str, hunks))))
                          if hunks else "")


def row_lines(run, verbose):
    c = run.counts()
    out = ["rows: %d: %d unchanged, %d trace only, %d changed%s" % (
        c["rows"], c["unchanged"], c["trace only"], c["changed"],
        ", %d fail in make check" % c["fail"] if c["fail"] else "")]
    shown = 0
    for r in run.rows:
        if r["status"] == "unchanged" and not verbose:
            continue
        if r["status"] == "trace only" and not verbose:
            continue
        if shown == ROWS_SHOWN and not verbose:
            out.append("  ... %d more (V=1 or JSON=)" % (
                c["changed"] - shown))
            break
        shown += r["status"] == "changed"
        line = "  %-10s %s [%s]" % (r["status"], r["row"], r["suite"])
        if r["reason"]:
            line += ": " + r["reason"]
        elif r.get("outcome"):
            line += ": " + r["outcome"]
        if r["fails"]:
            line += " (fails in make check)"
        out.append(line)
        if verbose:
            out += ["      " + d for d in r["diff"]]
    return out


def space_lines(run):
    s = run.space
    if run.opts.unusual < 0:
        return []
    regions = s.get("regions", [])
    exact = all(not r["wrong_in"] and not r["wrong_out"] for r in regions)
    out = ["space: %d scenarios (at most %d unusual inputs each): %d behave "
           "otherwise%s%s" % (
               s["scenarios"], s["unusual"], s["changed"],
               ", in %d regions%s" % (len(regions), "" if exact else
                                      " (not exact: see below)")
               if regions else "",
               "; sampled 1 in %d" % s["sampled"]
               if s.get("sampled", 1) > 1 else "")]
    # a fix says first what it fixes: rules the base broke, kept now
    for r in s.get("fixed_rules", []):
        out.append("  keeps a rule the base unit breaks, in %d scenarios: %s"
                   % (r["scenarios"], r["rule"]))
    for frm, to, where, n, members in merged(regions):
        out.append("  %s -> %s, %d: %s" % (frm, to, n, where_text(where)))
        lt = lines_text(regions[members[0]])
        if lt:
            out.append("      " + lt)
        for k in members:
            r = regions[k]
            if r["wrong_in"] or r["wrong_out"]:
                out.append("      (holds for %d unchanged scenarios too, "
                           "and misses %d)" % (r["wrong_in"], r["wrong_out"]))
    for r in s["rules"]:
        out.append("  breaks a rule in %d scenarios: %s" % (r["scenarios"],
                                                             r["rule"]))
    for c in s["crash_scenarios"]:
        out.append("  crashes: %s" % " ".join(c))
    return out


def unreached_lines(run):
    o = run.opts
    out = []
    for u in run.unreached:
        if u["explored"]:
            continue
        where = "%s:%d" % (o.patch, u["patch_line"]) if u["patch_line"] \
            else "%s:%d" % (o.fault_c or run.TARGET, u["line"])
        out.append("  %s: %s" % (where, u["text"]))
    if out:
        out.insert(0, "lines the patch adds or changes that no row and no "
                   "explored scenario runs (nothing here judges them):")
    return out


def example_lines(run, verbose):
    """The largest region's most typical scenario, its diff and a row to
    paste (verbose: every region's)."""
    regions = run.space.get("regions", [])
    firsts = [m[0] for *_, m in merged(regions)]
    if verbose:
        firsts = range(len(regions))
    out = []
    for k in firsts[:None if verbose else 1]:
        r = regions[k]
        if not r.get("row"):
            continue
        out.append("")
        out.append("%s -> %s, most typical: %s" % (
            r["from"], r["to"], r["example"] if verbose else
            r.get("example_inputs") or r["example"]))
        diff = [d for d in r["diff"][2:]]
        if not verbose and len(diff) > DIFF_LINES:
            diff = diff[:DIFF_LINES] + ["... (V=1: the whole diff)"]
        out += ["  " + d for d in diff]
        out.append("  as a row for %s (paste it, run `make golden`, review "
                   "the golden diff):" % r["table"])
        out += ["  " + l for l in r["row"].split("\n")]
    if len(firsts) > 1 and not verbose:
        out.append("(V=1: an example and a row for each of the other %d "
                   "regions; JSON= holds them all)" % (len(regions) - 1))
    return out


def text(run):
    o = run.opts
    verbose = getattr(o, "verbose", False)
    code = run.status()
    out = ["regress: %s on %s (%s): %s" % (
        o.patch or o.fault_c, o.base_name, o.kernel,
        run.verdict_line(code))]
    out += ["note: " + n for n in run.notes]
    out += row_lines(run, verbose)
    out += space_lines(run)
    out += ["trace only: " + t for t in run.trace_summary()]
    out += unreached_lines(run)
    if not o.quiet:
        out += example_lines(run, verbose)
    return "\n".join(out) + "\n"


def quoted(hunk):
    return ["> " + hunk.header.rstrip()] + ["> " + l for l in hunk.lines]


def region_words(r):
    return "%d scenario%s go from %s to %s where %s" % (
        r["scenarios"], "s" * (r["scenarios"] != 1), r["from"], r["to"],
        where_text(r["where"]).replace(" ", ", "))


def wrapped(text, indent=""):
    return textwrap.wrap(text, 72, initial_indent=indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def mail(run):
    """The review reply: plain text, nothing of this machine in it."""
    o = run.opts
    c, s = run.counts(), run.space
    out = ["faultkit's make regress (the %s profile) on this patch:" %
           o.kernel, ""]
    verdict = run.verdict_line(run.status()).split(": ", 1)[1]
    out += wrapped("%s%s. Of the table's %d rows, %s." % (
        verdict[0].upper(), verdict[1:], c["rows"],
        "none changes" if not c["changed"] else
        "%d change%s" % (c["changed"], "s" * (c["changed"] == 1))))
    for r in run.rows:
        if r["status"] == "changed":
            out += wrapped("%s: %s" % (r["row"], r.get("outcome") or
                                       r["reason"] or "its calls change"),
                           "  ")
    if o.unusual >= 0:
        out += wrapped("Of the %d scenarios explored (at most %d unusual "
                       "inputs each), %d behave otherwise." % (
                           s["scenarios"], o.unusual, s["changed"]))
        for r in s.get("fixed_rules", []):
            out += wrapped("In %d of them the base unit breaks a rule the "
                           "patched one keeps: %s." % (r["scenarios"],
                                                       r["rule"]))
    for t in run.trace_summary():
        out += wrapped("Trace only: " + t)
    regions = s.get("regions", [])
    told = set()
    for i, h in enumerate(run.hunks()):
        out.append("")
        out += quoted(h)
        mine = [r for r in regions
                if i + 1 in {l.get("hunk") for l in r.get("lines") or []}]
        out.append("")
        if not mine:
            out += wrapped("No explored scenario that behaves otherwise "
                           "runs this hunk.")
        for frm, to, where, n, members in merged(mine):
            r = mine[members[0]]
            out += wrapped("This changes %d scenario%s from %s to %s, "
                           "where %s; for example %s." % (
                               n, "s" * (n != 1), frm, to,
                               where_text(where).replace(" ", ", "),
                               r.get("example_inputs") or r["example"]))
            told.update(id(mine[k]) for k in members)
    rest = [r for r in regions if id(r) not in told]
    if rest:
        out.append("")
        out += wrapped("Elsewhere (their examples run no hunk's lines):")
        for r in rest:
            out += wrapped(region_words(r), "  ")
    out.append("")
    return "\n".join(out)
