#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make test-mutate-schema: the mutant schema is the mutants it holds.

1. A small C file with every construct the schema reader meets: which
   mutants the schema holds, which are built on their own and why; the
   schema compiles and keeps every line's number.
2. The profile's fault.c: a mutant of each operator and of each kind of
   host, run from the schema (FK_MUTANT=N) and built on its own, must get
   the same verdict, failing rows and behaviour.

  selftest.py --fault-c FILE [--golden DIR] [--scope BRANCHES] [VAR=value]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk
import mutant_schema as schema
import mutate

SAMPLE = r'''typedef int num;
struct s { int v; };

void g(int a)
{
	if (a)
		return;
	a++;
}

int f(int a, struct s *p)
{
	int x = a + 1;
	int z[2];
	num n;

	n = 0;
	if (a > 1 && !p)
		x++;
	else if (a == 2)
		return 3;
	while (a < 4)
		a--;
	do {
		a++;
	} while (a < 5);
	for (z[0] = 0; z[0] < 6; z[0]++)
		x += n;
	switch (a) {
	case 7:
		x = 8;
		break;
	default:
		break;
	}
	if (a == /* a comment; with a semicolon */
	    9)
		x = 10;
#ifdef NEVER
	x = 11;
#endif
	if (a ==
#ifdef NEVER
	    12
#else
	    13
#endif
	    )
		x = 14;
out:
	return x;
}
'''

# {(line, op): in the schema?} for every mutant of SAMPLE
EXPECT = {
    (6, 'negate-if'): True,
    (7, 'return-delete'): True,
    (8, 'stmt-delete'): True,
    (13, 'const'): True,            # an initializer
    (14, 'const'): False,           # a declaration without one
    (15, 'stmt-delete'): False,     # deletes a declaration
    (17, 'const'): True,
    (17, 'stmt-delete'): True,
    (18, 'negate-if'): True,        # an if, many mutants in one host
    (18, 'rel'): True,
    (18, 'logic'): True,
    (18, 'not-drop'): True,
    (18, 'const'): True,
    (19, 'stmt-delete'): True,
    (20, 'negate-if'): True,        # else if
    (20, 'rel'): True,
    (20, 'const'): True,
    (21, 'const'): True,            # return VALUE;
    (22, 'rel'): True,              # while
    (22, 'const'): True,
    (22, 'stmt-delete'): False,     # the whole loop
    (25, 'stmt-delete'): True,
    (26, 'rel'): True,              # do ... while
    (26, 'const'): True,
    (27, 'rel'): False,             # a for header
    (27, 'const'): False,
    (27, 'stmt-delete'): False,
    (28, 'stmt-delete'): True,      # the for's body
    (29, 'stmt-delete'): False,     # "switch (a) {"
    (30, 'const'): False,           # a case label
    (31, 'const'): True,
    (31, 'stmt-delete'): True,
    (36, 'negate-if'): True,        # a comment in the condition
    (36, 'rel'): True,
    (37, 'const'): True,
    (38, 'const'): True,
    (38, 'stmt-delete'): True,
    (40, 'const'): True,            # inside #ifdef: one statement still
    (40, 'stmt-delete'): True,
    (42, 'negate-if'): False,       # preprocessor lines in the condition
    (42, 'rel'): False,
    (44, 'const'): False,
    (46, 'const'): False,
    (49, 'const'): True,
    (49, 'stmt-delete'): True,
}


def check_sample(failures):
    src = SAMPLE
    gen = mutate.Gen(src)
    mutants = gen.all(mutate.OPS)
    placed, alone = schema.place(src, gen.mask, mutants, gen.bodies)
    found = set()
    for mu in mutants:
        key = (mu.line, mu.op)
        want = EXPECT.get(key)
        if want is None:
            failures.append('line %d: a %s mutant the sample does not '
                            'expect' % key)
        elif (mu.id not in alone) != want:
            failures.append('line %d: %s mutant %d is %s' % (
                mu.line, mu.op, mu.id, alone.get(mu.id, 'in the schema')))
        found.add(key)
    for key in sorted(set(EXPECT) - found):
        failures.append('line %d: no %s mutant' % key)
    text = schema.write(src, placed, mutate.code_mask)
    body = text[text.index('#line 1\n') + len('#line 1\n'):]
    if body.count('\n') != src.count('\n'):
        failures.append('the schema has %d lines, the file %d' % (
            body.count('\n'), src.count('\n')))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'sample.c')
        with open(path, 'w') as f:
            f.write(text)
        r = subprocess.run(['gcc', '-fsyntax-only', '-Wall', '-Wno-unused',
                            path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, check=False)
        if r.returncode:
            failures.append('the schema of the sample does not compile:\n' +
                            r.stdout.decode())
    print('test-mutate-schema: sample: %d mutants, %d in the schema, %d on '
          'their own' % (len(mutants), len(mutants) - len(alone),
                         len(alone)))


def picks(src, gen, mutants):
    """The first mutant the schema holds of each operator and each kind
    of host."""
    placed, _ = schema.place(src, gen.mask, mutants, gen.bodies)
    first = {}
    for h, mus in sorted(placed.items(), key=lambda kv: kv[0].start):
        for mu in mus:
            first.setdefault(mu.op, mu)
            first.setdefault(h.kind, mu)
    return sorted({mu.id: mu for mu in first.values()}.values(),
                  key=lambda mu: mu.id)


def check_unit(args, make_vars, failures):
    fault_c = os.path.join(fk.ROOT, args.fault_c)
    binp = fk.binary(FAULT_C=fault_c, **make_vars)
    rel = os.path.relpath(fault_c, fk.ROOT)
    with open(fault_c) as f:
        src = f.read()
    gen = mutate.Gen(src, mutate.scope_spans(src, args.scope)
                     if args.scope else None)
    chosen = picks(src, gen, gen.all(mutate.OPS))
    base = mutate.baseline(argparse.Namespace(
        golden=args.golden and os.path.join(fk.ROOT, args.golden),
        timeout=60), binp, fault_c, rel)
    runs = {}
    for no_schema in (False, True):
        opts = argparse.Namespace(
            timeout=60, jobs=2, no_schema=no_schema, make_vars=make_vars,
            workdir=mutate.default_workdir(make_vars) + '-selftest')
        camp = mutate.Campaign(opts, src, fault_c, gen, base)
        for mu in chosen:
            mu.status, mu.rows, mu.golden, mu.detail = None, [], [], ''
        camp.run(chosen)
        if not no_schema and camp.alone:
            failures.append('mutants left out of the schema: %s' % camp.alone)
        runs[no_schema] = [(mu.id, mu.op, mu.status, mu.rows, mu.golden)
                           for mu in chosen]
    for a, b in zip(runs[False], runs[True]):
        if a != b:
            failures.append('mutant %d (%s): in the schema %s, on its own %s'
                            % (a[0], a[1], a[2:], b[2:]))
    print('test-mutate-schema: %s: %d mutants run from the schema and built '
          'on their own (%s)' % (rel, len(chosen), ', '.join(
              '%d %s %s' % (m[0], m[1], m[2] + (' golden only'
                                                if not m[3] and m[4]
                                                else ''))
              for m in runs[False])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--fault-c', required=True)
    ap.add_argument('--golden')
    ap.add_argument('--scope')
    ap.add_argument('make_args', nargs='*')
    args = ap.parse_args()
    make_vars = mutate.make_vars(args.make_args)
    failures = []
    check_sample(failures)
    check_unit(args, make_vars, failures)
    for f in failures:
        print('test-mutate-schema: FAILED: %s' % f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(fk.main('test-mutate-schema', main))
