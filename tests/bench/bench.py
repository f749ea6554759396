#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Speed figures of the harness, measured in one run (wall clock).

1. A clean `make check` (empty build folder, both cores) against a bare
   compile of the harness: one gcc command over the same sources and
   flags, no make, no table run. Also shown: the harness unit alone
   (tests/<k>/unit.c with fault.c included). Goal: <= 3x.
2. Rows per second in one process, without fork (`--bench`), for the -O0
   build make check uses and an -O2 build. Goal: >= 100,000.
3. The whole mutation campaign (`make mutate`) against the clean make check
   of (1). Goal: <= 10x.
"""
import os
import re
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk

O = os.path.join(fk.ROOT, 'build', 'bench')


def timed(cmd, env=None):
    t0 = time.time()
    r = fk.run(cmd, env=env, cwd=fk.ROOT, timeout=3600)
    dt = time.time() - t0
    if r.rc:
        sys.exit('bench: %s failed:\n%s%s' % (' '.join(cmd), r.out[-1500:],
                                             r.err[-1500:]))
    return dt, r.out


def bare_compile():
    """The harness sources and flags, as make would use them."""
    info = fk.testbin(o=O)[1]
    srcs = info['ENGINE_SRC'].split() + info['PROFILE_SRC'].split()
    unit = 'tests/%s/unit.c' % info['KERNEL']
    flags = info['BASE_CFLAGS'].split()
    shim = info['SHIM'].split()
    check_cflags = info['CHECK_CFLAGS'].split()
    libs = info['CHECK_LIBS'].split()
    out_bin = os.path.join(O, 'bare')
    all_cmd = (['gcc'] + flags + shim + check_cflags + srcs + [unit] +
               ['-o', out_bin] + libs)
    unit_cmd = ['gcc'] + flags + shim + ['-c', unit, '-o', out_bin + '.o']
    return all_cmd, unit_cmd


def main():
    shutil.rmtree(O, ignore_errors=True)
    t_clean, _ = timed(fk.make_argv(['check'], o=O, jobs=2), fk.make_env())
    all_cmd, unit_cmd = bare_compile()
    t_bare, _ = timed(all_cmd)
    t_unit, _ = timed(unit_cmd)

    rates = []
    for b in (fk.binary(o=O), fk.binary(o=O + '-O2', OPT='-O2')):
        _, out = timed([b, '--bench', '2000'])
        rates.append(float(re.search(r'([\d.]+) rows/s', out).group(1)))

    t_mut, out = timed(['python3', 'tests/mutate/mutate.py', '--jobs', '2',
                        'O=' + os.path.join(fk.ROOT, 'build', 'bench-mutate')])
    score = re.search(r'mutate: score .*', out).group(0)

    print('bench: clean make check %.2f s; bare compile of the harness '
          '(one gcc, %d files) %.2f s: %.1fx (goal <= 3x)' % (
              t_clean, len([a for a in all_cmd if a.endswith('.c')]),
              t_bare, t_clean / t_bare))
    print('bench:   the harness unit alone (unit.c + fault.c) compiles in '
          '%.2f s: clean make check is %.1fx that' % (t_unit,
                                                     t_clean / t_unit))
    print('bench: %.0f rows/s in one process without fork at -O0 (as make '
          'check builds), %.0f at -O2 (goal >= 100,000)' % tuple(rates))
    print('bench: mutation campaign %.1f s = %.1fx a clean make check '
          '(goal <= 10x); %s' % (t_mut, t_mut / t_clean, score))


if __name__ == '__main__':
    sys.exit(fk.main('bench', main))
