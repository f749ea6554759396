#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Mutation testing of the unit under test.

Generates mutants of a fault.c (boundary flips, negated conditions, &&/||
swapped, a flag dropped from a mask, a constant moved by one, a statement,
call or return deleted, major/minor swapped) and runs the table against
each: every row for a verdict (a crash or hang costs that row only), then,
if every row passes, every row's behaviour, which must be the original's
(with --golden: what the golden files say; rows state only the calls that
decide their case, the golden files the whole trace). It reports per
mutant: killed (by which rows, or "golden only" and the rows that behaved
otherwise), survived (with its diff), timed out, did not compile.

The mutants are compiled together, once, into a mutant schema
(mutant_schema.py) and picked at run time (FK_MUTANT=N); a mutant the
schema cannot hold, or that keeps it from compiling, is built on its own
(FAULT_C=...), as every mutant is with --no-schema.

A survivor fails the run unless the profile's equivalent.txt (tests/<k>/) lists it (op,
the original line, the mutated line) with the reason it cannot be told
apart from the original.
"""
import argparse
import concurrent.futures as cf
import difflib
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk
import mutant_schema as schema

OPS = ('negate-if', 'rel', 'logic', 'not-drop', 'flag-zero', 'const',
       'stmt-delete', 'return-delete', 'swap')

SWAPS = (('maj_flt', 'min_flt'),
         ('PERF_COUNT_SW_PAGE_FAULTS_MAJ', 'PERF_COUNT_SW_PAGE_FAULTS_MIN'),
         ('SEGV_MAPERR', 'SEGV_ACCERR'))

FLAG_RE = re.compile(r'\b(PF_[A-Z]+|X86_PF_[A-Z]+|FAULT_FLAG_[A-Z_]+|'
                     r'VM_FAULT_[A-Z_]+|VM_GROWSDOWN|X86_EFLAGS_IF|'
                     r'X86_EFLAGS_AC)\b')
NUM_RE = re.compile(r'(?<![\w.])(\d+)(?![\w.])')
REL_RE = re.compile(r'(?<![<>=!-])(<=|>=|==|!=|<|>)(?![<>=])')
NOT_RE = re.compile(r'!(?!=)')


class Mutant:
    def __init__(self, op, start, end, text, line):
        self.op, self.start, self.end, self.text = op, start, end, text
        self.line = line            # 1-based line of the change
        self.id = None
        self.status = None
        self.rows = []              # the rows that failed
        self.golden = []            # the rows that behaved otherwise
        self.detail = ''

    def apply(self, src):
        return src[:self.start] + self.text + src[self.end:]


def code_mask(src):
    """Marks which characters are code (not comment, string, directive)."""
    mask = [True] * len(src)
    i, n = 0, len(src)
    while i < n:
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
        elif src.startswith('//', i):
            j = src.find('\n', i)
            j = n if j < 0 else j
        elif src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == '\\' else 1
            j += 1
        elif src[i] == '#' and (i == 0 or src[i - 1] == '\n'):
            j = src.find('\n', i)
            j = n if j < 0 else j
        else:
            i += 1
            continue
        for k in range(i, min(j, n)):
            mask[k] = False
        i = j
    return mask


def matching_paren(src, i):
    depth = 0
    for j in range(i, len(src)):
        if src[j] == '(':
            depth += 1
        elif src[j] == ')':
            depth -= 1
            if depth == 0:
                return j
    return -1


def function_bodies(src, mask):
    """Spans of top-level { ... } blocks: mutants stay inside functions."""
    spans, depth, start = [], 0, None
    for i, ch in enumerate(src):
        if not mask[i]:
            continue
        if ch == '{':
            if depth == 0:
                start = i
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0 and start is not None:
                spans.append((start, i + 1))
    return spans


def lineno(src, pos):
    return src.count('\n', 0, pos) + 1


def scope_spans(src, path):
    """Character spans of the functions a profile's branches.txt lists
    ("function NAME"): a whole kernel file is mutated only there."""
    sys.path.insert(0, os.path.join(fk.ROOT, 'coverage'))
    from branches import body_range, parse_config
    lines = src.splitlines(True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    spans = []
    for fn in parse_config(path)[0]:
        rng = body_range([l.rstrip('\n') for l in lines], fn)
        if not rng:
            sys.exit('mutate: %s: function %s not found' % (path, fn))
        spans.append((starts[rng[0] - 1], starts[rng[1]]))
    return spans


class Gen:
    def __init__(self, src, scope=None):
        self.src = src
        self.mask = code_mask(src)
        self.bodies = function_bodies(src, self.mask)
        if scope is not None:
            self.bodies = [(a, b) for a, b in self.bodies
                           if any(s <= a < e for s, e in scope)]
        self.out = []

    def in_code(self, i, j=None):
        j = i + 1 if j is None else j
        return all(self.mask[i:j]) and any(a <= i and j <= b
                                           for a, b in self.bodies)

    def add(self, op, start, end, text):
        self.out.append(Mutant(op, start, end, text,
                               lineno(self.src, start)))

    def finditer(self, regex):
        for m in regex.finditer(self.src):
            if self.in_code(m.start(), m.end()):
                yield m

    def negate_if(self):
        for m in self.finditer(re.compile(r'\bif\s*\(')):
            open_ = m.end() - 1
            close = matching_paren(self.src, open_)
            cond = self.src[open_ + 1:close]
            self.add('negate-if', open_ + 1, close, '!(%s)' % cond)

    def rel(self):
        flip = {'<': '<=', '<=': '<', '>': '>=', '>=': '>',
                '==': '!=', '!=': '=='}
        for m in self.finditer(REL_RE):
            self.add('rel', m.start(), m.end(), flip[m.group(1)])

    def logic(self):
        for m in self.finditer(re.compile(r'&&|\|\|')):
            self.add('logic', m.start(), m.end(),
                     '||' if m.group() == '&&' else '&&')

    def not_drop(self):
        for m in self.finditer(NOT_RE):
            self.add('not-drop', m.start(), m.end(), '')

    def flag_zero(self):
        for m in self.finditer(FLAG_RE):
            self.add('flag-zero', m.start(), m.end(), '0')

    def const(self):
        for m in self.finditer(NUM_RE):
            v = int(m.group(1))
            for nv in (v - 1, v + 1):
                if nv >= 0:
                    self.add('const', m.start(), m.end(), str(nv))

    def statements(self):
        """Expression statements and gotos, whole, possibly multi-line."""
        stmt_re = re.compile(r'(?m)^[ \t]+(?!return\b|struct\b|int\b|'
                             r'unsigned\b|if\b|else\b|case\b)'
                             r'([A-Za-z_][\w>.\-]*\s*(\(|\+\+|[&|+\-]?=|'
                             r'\s+[A-Za-z_]\w*;))')
        for m in stmt_re.finditer(self.src):
            start = m.start(1)
            if not self.in_code(start):
                continue
            end, depth = start, 0
            while end < len(self.src):
                ch = self.src[end]
                if ch == '(':
                    depth += 1
                elif ch == ')':
                    depth -= 1
                elif ch == ';' and depth == 0:
                    break
                end += 1
            yield start, end + 1

    def stmt_delete(self):
        for start, end in self.statements():
            self.add('stmt-delete', start, end, '{}')

    def return_delete(self):
        for m in self.finditer(re.compile(r'\breturn\s*;')):
            self.add('return-delete', m.start(), m.end(), '{}')

    def swap(self):
        for a, b in SWAPS:
            for x, y in ((a, b), (b, a)):
                for m in self.finditer(re.compile(r'\b%s\b' % x)):
                    self.add('swap', m.start(), m.end(), y)

    def all(self, ops):
        for op in ops:
            getattr(self, op.replace('-', '_'))()
        seen, uniq = set(), []
        for mu in self.out:
            key = (mu.start, mu.end, mu.text)
            if key not in seen:
                seen.add(key)
                uniq.append(mu)
        for i, mu in enumerate(uniq, 1):
            mu.id = i
        return uniq


def diff_text(src, mutated, name):
    return ''.join(difflib.unified_diff(
        src.splitlines(True), mutated.splitlines(True),
        'a/' + name, 'b/' + name, n=1))


def changed_line(src, mutated, mu):
    a = src.splitlines()[mu.line - 1].strip()
    b = mutated.splitlines()[mu.line - 1].strip()
    return a, b


def line_above(src, line):
    """The nearest non-blank line above @line (1-based), stripped."""
    lines = src.splitlines()
    for i in range(line - 2, -1, -1):
        if lines[i].strip():
            return lines[i].strip()
    return ''


def load_equivalents(path):
    """Blocks of "op:", "from:", "to:", "why:" lines, blank-separated;
    "after:" (the source line above, stripped) pins an entry to one place
    when the same change (a deleted "return;") is made in many. A block
    "include: PATH" (relative to this file) reads another profile's
    entries: a profile built on it lists only its own."""
    eq, cur = {}, {}

    def close(n):
        if not cur:
            return
        if set(cur) == {'include'}:
            eq.update(load_equivalents(os.path.join(
                os.path.dirname(path), cur['include'])))
            cur.clear()
            return
        if set(cur) - {'after'} != {'op', 'from', 'to', 'why'} or \
           not cur['why']:
            sys.exit('mutate: %s: entry ending at line %d needs op:, from:, '
                     'to: and why:' % (path, n))
        eq[(cur['op'], cur['from'], cur['to'], cur.get('after', ''))] = \
            cur['why']
        cur.clear()

    if not path or not os.path.exists(path):
        return eq
    with open(path) as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines + [''], 1):
        if line.startswith('#'):
            continue
        if not line.strip():
            close(n)
            continue
        key, _, val = line.partition(':')
        if key not in ('op', 'from', 'to', 'why', 'after', 'include'):
            sys.exit('mutate: %s:%d: unknown key %r' % (path, n, key))
        cur[key] = val.strip()
    return eq


def make_vars(words):
    """{VAR: value} of the make variables on the command line."""
    bad = [w for w in words if '=' not in w]
    if bad:
        sys.exit('mutate: %s: expected VAR=value' % ' '.join(bad))
    return dict(w.split('=', 1) for w in words)


def plain_env():
    """The environment with no mutant picked (FK_MUTANT unset)."""
    return {k: v for k, v in os.environ.items() if k != 'FK_MUTANT'}


def baseline(args, binp, fault_c, rel):
    """The original's behaviour, which every mutant must keep; with
    --golden, it must be what the golden files say (make golden-check)."""
    now = fk.behaviour(binp, env=plain_env(), timeout=args.timeout)
    if args.golden:
        golden = fk.read_golden(args.golden, fk.list_rows(binp),
                                fk.unit_of(fault_c, rel))
        if golden != now:
            raise fk.Trouble('%s does not behave as its golden files in %s '
                             'say: `make golden-check` shows how'
                             % (rel, args.golden))
    return now


class Campaign:
    """The mutants of one file: which go into the schema, which are built
    on their own (alone: {mutant id: why}), and what each one did."""

    def __init__(self, args, src, fault_c, gen, base):
        self.args, self.src, self.fault_c = args, src, fault_c
        self.gen, self.base = gen, base
        self.alone = {}
        self.t_schema = None
        # units of other work folders (make test's) never meet these
        self.tag = os.path.basename(args.workdir)

    def judge(self, mu, binp, env):
        """Killed when a row fails, crashes or hangs, or else when a row
        behaves otherwise than in the original (the golden files)."""
        try:
            mu.rows = fk.failing(fk.verdicts(binp, env=env,
                                             timeout=self.args.timeout))
            if not mu.rows:
                now = fk.behaviour(binp, env=env, timeout=self.args.timeout)
                mu.golden = [r for r in dict.fromkeys(list(self.base) +
                                                      list(now))
                             if now.get(r) != self.base.get(r)]
        except fk.Timeout:
            mu.status = 'timed out'
            return mu
        except fk.Trouble as e:
            # A table that cannot even report on its rows caught the mutant.
            mu.status, mu.detail = 'killed', str(e).splitlines()[0]
            return mu
        mu.status = 'killed' if mu.rows or mu.golden else 'survived'
        return mu

    def built_alone(self, mu):
        """One build of the unit for @mu, as the mutant alone."""
        d = os.path.join(self.args.workdir, '%04d' % mu.id)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, os.path.basename(self.fault_c))
        with open(path, 'w') as f:
            f.write(mu.apply(self.src))
        try:
            binp = fk.binary(FAULT_C=path, UNIT_ID='mutant-%s-%04d' % (
                self.tag, mu.id), **self.args.make_vars)
        except fk.Trouble as e:
            mu.status, mu.detail = 'did not compile', (e.detail or '')[-400:]
            return mu
        return self.judge(mu, binp, plain_env())

    def in_schema(self, mu, binp):
        return self.judge(mu, binp, dict(plain_env(), FK_MUTANT=str(mu.id)))

    def leave(self, placed, why):
        """Takes the mutants of @placed out of the schema: built alone."""
        for h in list(placed):
            for mu in placed.pop(h):
                self.alone.setdefault(mu.id, why)

    def build_schema(self, placed):
        """The schema's binary, once it compiles (mutants that stop it
        are taken out) and behaves as the original with no mutant picked;
        None if it cannot."""
        t0 = time.time()
        d = os.path.join(self.args.workdir, 'schema')
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, os.path.basename(self.fault_c))
        binp = None
        while placed and not binp:
            with open(path, 'w') as f:
                f.write(schema.write(self.src, placed, code_mask))
            try:
                binp = fk.binary(FAULT_C=path,
                                 UNIT_ID='mutant-%s-schema' % self.tag,
                                 **self.args.make_vars)
            except fk.Trouble as e:
                drop = schema.drop_lines(self.src, placed, self.gen.bodies,
                                         schema.compile_errors(
                                             e.detail or '', path))
                if not drop:
                    self.leave(placed, 'the schema does not compile')
                    return None
                for h in list(placed):
                    placed[h] = [mu for mu in placed[h] if mu.id not in drop]
                    if not placed[h]:
                        del placed[h]
                for n, why in drop.items():
                    self.alone.setdefault(n, why)
        if not binp:
            return None
        env = plain_env()
        if fk.failing(fk.verdicts(binp, env=env, timeout=self.args.timeout)) \
           or fk.behaviour(binp, env=env,
                           timeout=self.args.timeout) != self.base:
            self.leave(placed, 'the schema without a mutant does not '
                       'behave as the original')
            return None
        self.t_schema = time.time() - t0
        return binp

    def run(self, mutants):
        """Every mutant judged: the schema built once and run per mutant
        (FK_MUTANT=N), the others built one by one, on args.jobs cores."""
        if self.args.no_schema:
            placed = {}
            self.alone = {mu.id: 'asked for (--no-schema)' for mu in mutants}
        else:
            placed, self.alone = schema.place(self.src, self.gen.mask,
                                              mutants, self.gen.bodies)
        first = set(self.alone)
        with cf.ThreadPoolExecutor(max_workers=self.args.jobs) as ex:
            build = ex.submit(self.build_schema, placed)
            jobs = [ex.submit(self.built_alone, mu) for mu in mutants
                    if mu.id in first]
            binp = build.result()
            jobs += [ex.submit(self.built_alone, mu) for mu in mutants
                     if mu.id in self.alone and mu.id not in first]
            jobs += [ex.submit(self.in_schema, mu, binp) for mu in mutants
                     if mu.id not in self.alone]
            for job in jobs:
                job.result()
        return mutants


def default_workdir(make_vars):
    """<O>/mutate/<KERNEL and the other variables>: campaigns of other
    profiles or variants never share their files."""
    o = make_vars.get('O') or 'build'
    name = '-'.join([make_vars.get('KERNEL') or 'rhel6'] + [
        '%s%s' % (k.lower(), v) for k, v in sorted(make_vars.items())
        if k not in ('KERNEL', 'O') and v])
    return os.path.join(fk.ROOT, o, 'mutate', name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--fault-c', default='arch/x86/mm/fault.c')
    ap.add_argument('--ops', default=','.join(OPS),
                    help='comma-separated, from: ' + ', '.join(OPS))
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--equivalent',
                    default=os.path.join(fk.ROOT, 'tests', 'rhel6',
                                         'equivalent.txt'))
    ap.add_argument('--golden', help="the golden files' folder of this "
                    'fault.c: the original must match them')
    ap.add_argument('--workdir', help='default: <O>/mutate/<KERNEL>')
    ap.add_argument('--scope', help='mutate only the functions this '
                    'branches.txt lists (a whole kernel file)')
    ap.add_argument('--no-schema', action='store_true',
                    help='build every mutant on its own')
    ap.add_argument('--list', action='store_true',
                    help='print the mutants and stop')
    ap.add_argument('make_args', nargs='*',
                    help='extra make variables, e.g. SANITIZE=1')
    args = ap.parse_args()
    args.make_vars = make_vars(args.make_args)
    args.workdir = args.workdir or default_workdir(args.make_vars)
    if args.golden:
        args.golden = os.path.join(fk.ROOT, args.golden)

    fault_c = os.path.abspath(os.path.join(fk.ROOT, args.fault_c)) \
        if not os.path.isabs(args.fault_c) else args.fault_c
    if not os.path.isfile(fault_c):
        sys.exit('mutate: %s: no such file' % args.fault_c)
    ops = [o for o in args.ops.split(',') if o]
    bad = [o for o in ops if o not in OPS]
    if bad:
        sys.exit('mutate: unknown operator(s): %s' % ', '.join(bad))
    with open(fault_c) as f:
        src = f.read()
    scope = scope_spans(src, args.scope) if args.scope else None
    gen = Gen(src, scope)
    mutants = gen.all(ops)
    rel = os.path.relpath(fault_c, fk.ROOT)
    if args.list:
        alone = schema.place(src, gen.mask, mutants, gen.bodies)[1]
        for mu in mutants:
            a, b = changed_line(src, mu.apply(src), mu)
            print('%4d %-13s %s:%d  %s  =>  %s%s' % (
                mu.id, mu.op, rel, mu.line, a, b,
                '  [own build: %s]' % alone[mu.id] if mu.id in alone
                else ''))
        return 0

    # The original must pass first, or no mutant verdict means anything.
    t0 = time.time()
    orig = fk.binary(FAULT_C=fault_c, **args.make_vars)
    failed = fk.failing(fk.verdicts(orig, env=plain_env(),
                                    timeout=args.timeout))
    if failed:
        sys.exit('mutate: the table does not pass on %s itself: %s'
                 % (rel, ', '.join(failed)))
    base = baseline(args, orig, fault_c, rel)
    t_check = time.time() - t0

    equivalents = load_equivalents(args.equivalent)
    print('mutate: %d mutants of %s (%s), %d jobs; a mutant is killed when '
          'a row fails, or else when a row behaves otherwise than %s' % (
              len(mutants), rel, ','.join(ops), args.jobs,
              'the golden files say' if args.golden else 'on the original'))
    t0 = time.time()
    camp = Campaign(args, src, fault_c, gen, base)
    done = camp.run(mutants)
    t_mut = time.time() - t0
    return report(src, rel, done, equivalents, camp, t_check, t_mut)


def id_ranges(ids):
    """"1-27 30 32-35" of sorted mutant numbers."""
    out = []
    for n in ids:
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ' '.join('%d' % a if a == b else '%d-%d' % (a, b)
                    for a, b in out)


def shortlist(rows):
    more = ' (+%d)' % (len(rows) - 3) if len(rows) > 3 else ''
    return ', '.join(rows[:3]) + more


def report(src, rel, done, equivalents, camp, t_check, t_mut):
    counts = {}
    unexplained, used_eq = [], set()
    for mu in done:
        mutated = mu.apply(src)
        a, b = changed_line(src, mutated, mu)
        key = (mu.op, a, b, line_above(src, mu.line))
        if key not in equivalents:
            key = (mu.op, a, b, '')
        status = mu.status
        if status == 'survived' and key in equivalents:
            status = 'equivalent'
            used_eq.add(key)
        counts[status] = counts.get(status, 0) + 1
        head = '%4d %-13s %s:%d %-15s' % (mu.id, mu.op, rel, mu.line, status)
        if status == 'killed' and not mu.rows and mu.golden:
            counts['golden only'] = counts.get('golden only', 0) + 1
            print('%s golden only, by %s' % (head, shortlist(mu.golden)))
        elif status == 'killed':
            print('%s by %s' % (head, shortlist(mu.rows or [mu.detail])))
        elif status == 'equivalent':
            print('%s %s  [%s]' % (head, b, equivalents[key]))
        else:
            print(head)
            if status == 'survived':
                unexplained.append(mu)
                sys.stdout.write(''.join(
                    '        ' + l + '\n' for l in
                    diff_text(src, mutated, rel).splitlines()))
            elif mu.detail:
                print('        ' + mu.detail.strip().splitlines()[-1])
    ops_run = {mu.op for mu in done}
    stale = {k for k in set(equivalents) - used_eq if k[0] in ops_run}
    for key in sorted(stale):
        print('mutate: note: equivalent.txt entry matched no survivor: '
              '%s: %s => %s' % key[:3])
    golden_only = counts.pop('golden only', 0)
    killed = counts.get('killed', 0) + counts.get('timed out', 0)
    scored = killed + counts.get('survived', 0)
    score = 100.0 * killed / scored if scored else 100.0
    print('mutate: %d mutants: %s%s' % (len(done), ', '.join(
        '%d %s' % (v, k) for k, v in sorted(counts.items())),
        ' (%d by the golden files only)' % golden_only if golden_only
        else ''))
    print('mutate: score %.1f%% (%d of %d non-equivalent mutants killed)' % (
        score, killed, scored))
    reasons = {}
    for n, why in sorted(camp.alone.items()):
        reasons.setdefault(why, []).append(n)
    print('mutate: %d in one schema build%s, %d built on their own%s' % (
        len(done) - len(camp.alone),
        ' (%.1f s to build and check)' % camp.t_schema
        if camp.t_schema else '', len(camp.alone),
        ': ' + '; '.join('%s (%s)' % (id_ranges(ids), why)
                         for why, ids in reasons.items())
        if camp.alone else ''))
    print('mutate: campaign %.1f s; the table on the original: %.1f s' % (
        t_mut, t_check))
    if unexplained:
        print('mutate: %d survivor(s) not listed in equivalent.txt' %
              len(unexplained))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(fk.main('mutate', main))
