#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Every branch of the profile's chosen functions taken by the table?

Reads gcov's branch counts for the unit (built with --coverage, the table
run once) and the profile's tests/<k>/branches.txt:

    function NAME                    its branches must all be taken
    unreachable NAME | SOURCE | WHY  a reviewed branch no row can take: the
                                     source line's text (not its number,
                                     which moves between releases) and why
    include PATH                     another profile's file, read here
                                     (PATH relative to this file): a
                                     profile built on it says only what
                                     differs
    inline NAME INTO                 NAME's body lies in INTO in this
                                     kernel's file: what the lines read
                                     so far say of NAME, they say of INTO

Prints, per function, branches taken of all; lists every branch not taken
that is not reviewed, and reviewed entries that match nothing (stale).
Exit 1 if an unreviewed branch is not taken or a function is missing.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../tests/lib"))
import faultkit as fk


def parse_config(path):
    funcs, unreachable = [], {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            kind, _, rest = line.partition(' ')
            if kind == 'function':
                funcs.append(rest.strip())
            elif kind == 'include':
                more = parse_config(os.path.join(os.path.dirname(path),
                                                 rest.strip()))
                funcs += more[0]
                unreachable.update(more[1])
            elif kind == 'inline':
                name, into = rest.split()
                funcs = [f for f in funcs if f != name]
                unreachable = {(into if f == name else f, s): w
                               for (f, s), w in unreachable.items()}
            elif kind == 'unreachable':
                parts = [p.strip() for p in rest.split(' | ')]
                if len(parts) != 3 or not all(parts):
                    sys.exit('branches: %s:%d: want "unreachable NAME | '
                             'SOURCE | WHY"' % (path, n))
                unreachable[(parts[0], parts[1])] = parts[2]
            else:
                sys.exit('branches: %s:%d: unknown line %r' % (path, n,
                                                              kind))
    return funcs, unreachable


def gcov_lines(objdir, source):
    """{line number: [taken? per branch]} of @source, from gcov."""
    counts = fk.gcov(source, [os.path.join(objdir, 'unit.gcda')],
                     branches=True)[0]
    if not counts:
        sys.exit('branches: gcov has no lines of %s' % source)
    return {n: [b['count'] > 0 for b in l['branches']]
            for n, l in counts.items()}


def body_ranges(src, name):
    """First and last line (1-based) of each definition of function
    @name, kernel style: the name starts its line (or a DEFINE_...(name)
    line defines it), the body ends at a "}" in column 0."""
    head = re.compile(r'^(?:(?:[\w\s\*]*[\s\*])?%s\(|\w+\(%s\)$)'
                      % (re.escape(name), re.escape(name)))
    for i, text in enumerate(src):
        if not head.match(text):
            continue
        for j in range(i, len(src)):
            if src[j].rstrip().endswith(';') and '{' not in src[j] and \
               not any('{' in t for t in src[i:j + 1]) and \
               src[j].rstrip().endswith(');'):
                break           # a prototype, not the definition
            if src[j].rstrip() == '}':
                yield i + 1, j + 1
                break


def body_range(src, name, counts=None):
    """The definition the build compiled, where fault.c has one per
    word size (5.4's vmalloc_fault()): the one gcov has lines of, or
    without them the last, as x86_64's follows CONFIG_X86_32's there."""
    found = list(body_ranges(src, name))
    for rng in found:
        if counts and any(n in counts for n in range(rng[0], rng[1] + 1)):
            return rng
    return found[-1] if found else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--objdir', required=True)
    ap.add_argument('--source', required=True, help='the fault.c built')
    ap.add_argument('--config', required=True)
    args = ap.parse_args()

    if not os.path.exists(args.config):
        sys.exit('branches: no %s: a profile lists the functions whose '
                 'branches its table takes there' % args.config)
    funcs, unreachable = parse_config(args.config)
    if not os.path.exists(os.path.join(args.objdir, 'unit.gcda')):
        sys.exit('branches: no unit.gcda in %s: run the table with '
                 'COVERAGE=1 first' % args.objdir)
    with open(args.source) as f:
        src = f.read().splitlines()
    counts = gcov_lines(args.objdir, args.source)
    bad, used = 0, set()
    for fn in funcs:
        rng = body_range(src, fn, counts)
        if not rng:
            print('branches: %-28s not in %s (renamed?)' % (fn, args.source))
            bad = 1
            continue
        mine = [(src[n - 1].strip(), t) for n in range(rng[0], rng[1] + 1)
                for t in counts.get(n, [])]
        taken = sum(1 for b in mine if b[1])
        print('branches: %-28s %3d of %3d taken' % (fn, taken, len(mine)))
        for text, t in mine:
            why = unreachable.get((fn, text))
            if t:
                continue
            if why:
                used.add((fn, text))
                print('    reviewed: %s  [%s]' % (text, why))
            else:
                print('    NOT TAKEN: %s' % text)
                bad = 1
    for key in sorted(set(unreachable) - used):
        print('branches: note: reviewed entry matched no untaken branch: '
              '%s | %s' % key)
    print('branches: %s' % ('every branch taken or reviewed' if not bad
                            else 'branches not taken (see above)'))
    return bad


if __name__ == '__main__':
    sys.exit(fk.main('branches', main))
