#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Scenario diffs across kernels.

Runs one scenario file on every kernel profile (each profile's test
binary, --scenario) and prints, per scenario, what each kernel does and
where they differ. The file also says what each kernel is expected to do
("expect KERNEL RESULT") and why they differ ("why ...", one line per
change): those lines are checked here and hidden from the kernels. A
"why" cites the upstream commit that explains it (12-hex id, "title",
first mainline release as (vX.Y ...)), or says "not upstream:". A result
is the outcome, plus maj_flt/min_flt when the fault was counted; "n/a"
when the kernel cannot express the scenario; "impossible" when it breaks
a rule of that kernel's mm model. Exit 1 when a kernel does not do what the file expects, or two
kernels differ without a "why".
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk

CITES = re.compile(r'\b[0-9a-f]{12} "[^"]+" \(v\d+\.\d+')


def split(path):
    """The file for the kernels, and {scenario: (expects, [whys])}."""
    kept, meta, name = [], {}, None
    with open(path) as f:
        for n, line in enumerate(f, 1):
            words = line.split(None, 2)
            if words and words[0] == 'scenario' and len(words) > 1:
                name = words[1]
                if name in meta:
                    sys.exit('compare: %s:%d: scenario %s twice' % (
                        path, n, name))
                meta[name] = ({}, [])
            if words and words[0] in ('expect', 'why'):
                if name is None:
                    sys.exit('compare: %s:%d: %s before any scenario' % (
                        path, n, words[0]))
                exp, why = meta[name]
                if words[0] == 'why':
                    why.append(line.split(None, 1)[1].strip())
                    if not CITES.search(why[-1]) and \
                            not why[-1].startswith('not upstream:'):
                        sys.exit('compare: %s:%d: a "why" cites no upstream '
                                 'commit (12-hex id "title" (vX.Y)) and '
                                 'does not say "not upstream:"' % (path, n))
                elif len(words) < 3:
                    sys.exit('compare: %s:%d: want "expect KERNEL RESULT"'
                             % (path, n))
                else:
                    exp[words[1]] = words[2].strip()
                kept.append('\n')       # keep line numbers
                continue
            kept.append(line)
    return ''.join(kept), meta


def shipped(k):
    """Whether profile @k runs without a tree: not PROFILE_TREE_ONLY
    (RHEL's minors, whose fault.c faultkit does not ship)."""
    mk = os.path.join(fk.ROOT, 'tests', k, 'profile.mk')
    if not os.path.exists(mk):
        return False
    with open(mk) as f:
        return not any(line.startswith('PROFILE_TREE_ONLY') for line in f)


def profiles(meta):
    """Every profile that runs without a tree, ordered as the first
    scenario lists them."""
    found = sorted(d for d in os.listdir(os.path.join(fk.ROOT, 'tests'))
                   if shipped(d))
    first = list(next(iter(meta.values()))[0]) if meta else []
    return [k for k in first if k in found] + \
        [k for k in found if k not in first]


def expected(exp, kernel, bases):
    """What @kernel is expected to do: its own "expect" line, else that
    of the nearest profile it is built on (PROFILE_BASE), whose
    behaviour it keeps unless the file says otherwise."""
    for k in [kernel] + bases:
        if k in exp:
            return exp[k]
    return None


def result(lines):
    """(result, detail) of one scenario's behaviour lines."""
    cur = {'counters': []}
    for line in lines[1:]:
        key, _, val = line.partition(' ')
        if key == 'n/a':
            cur['na'] = val
        elif key == 'broken' and not val.startswith('script for '):
            # answers a kernel never asks for are not its rule broken
            cur.setdefault('broken', val)
        elif key in ('outcome', 'trouble'):
            cur[key] = val
        elif key == 'counter' and val.split()[0] in ('maj_flt', 'min_flt'):
            cur['counters'].append(val.split()[0])
    if 'na' in cur:
        res = 'n/a'
    elif 'broken' in cur:
        res = 'impossible'
    elif 'trouble' in cur:
        res = 'trouble: ' + cur['trouble']
    else:
        res = ' '.join([cur.get('outcome', '?')] + cur['counters'])
    return res, cur.get('na') or cur.get('broken') or ''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('scenarios')
    ap.add_argument('--o', help='the build folder (make\'s O=)')
    ap.add_argument('--kernels', help='comma-separated profiles (default: '
                    'every tests/<k>/profile.mk, in the order of the '
                    'first scenario\'s expect lines)')
    args = ap.parse_args()

    text, meta = split(args.scenarios)
    kernels = args.kernels.split(',') if args.kernels else \
        profiles(meta)
    work = os.path.join(fk.ROOT, 'build', 'compare')
    os.makedirs(work, exist_ok=True)
    plain = os.path.join(work, 'scenarios.txt')
    with open(plain, 'w') as f:
        f.write(text)
    got, bases = {}, {}
    for k in kernels:
        binary, built = fk.testbin(k, o=args.o)
        bases[k] = built.get('PROFILE_BASE', '').split()
        rc, out, err = fk.run([binary, '--scenario', plain])
        if rc:
            sys.exit('compare: the %s profile: %s' % (k, err.strip()))
        got[k] = {name: result(lines)
                  for name, lines in fk.parse(out).items()}

    width = max(len(k) for k in kernels)
    bad = ndiff = 0
    for name, (exp, why) in meta.items():
        res = {k: got[k].get(name, ('(missing)',))[0] for k in kernels}
        differ = len(set(res.values())) > 1
        ndiff += differ
        print('%s %s' % ('DIFFERS' if differ else 'same   ', name))
        for k in kernels:
            detail = got[k].get(name, ('', ''))[1]
            print('    %-*s  %s%s' % (width, k, res[k],
                                      ' (%s)' % detail if detail else ''))
            want = expected(exp, k, bases[k])
            if want is None:
                print('    compare: no "expect %s" line' % k)
                bad = 1
            elif want != res[k]:
                print('    compare: expected %s' % want)
                bad = 1
        if differ and why:
            for w in why:
                print('    why: ' + w)
        elif differ:
            print('    compare: the kernels differ and no "why" says why')
            bad = 1
    print('compare: %d scenarios on %s: %d differ%s' % (
        len(meta), ', '.join(kernels), ndiff,
        '' if not bad else '; some results are not what the file expects'))
    return bad


if __name__ == '__main__':
    sys.exit(fk.main('compare', main))
