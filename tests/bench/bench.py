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
import subprocess
import sys
import time

TOP = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
O = os.path.join(TOP, 'build', 'bench')


def timed(cmd, **kw):
    t0 = time.time()
    r = subprocess.run(cmd, cwd=TOP, capture_output=True, text=True, **kw)
    dt = time.time() - t0
    if r.returncode:
        sys.exit('bench: %s failed:\n%s%s' % (' '.join(cmd), r.stdout[-1500:],
                                             r.stderr[-1500:]))
    return dt, r.stdout


def make_vars(o, *extra):
    return ['make', '-s', '--no-print-directory', 'O=' + o] + list(extra)


def bare_compile():
    """The harness sources and flags, as make would use them."""
    _, out = timed(make_vars(O, 'print-build') )
    info = dict(line.split('=', 1) for line in out.splitlines() if '=' in line)
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
    t_clean, _ = timed(make_vars(O, '-j2', 'check'))
    all_cmd, unit_cmd = bare_compile()
    t_bare, _ = timed(all_cmd)
    t_unit, _ = timed(unit_cmd)

    _, testbin = timed(make_vars(O, 'print-testbin'))
    testbin = os.path.join(TOP, testbin.strip())
    o2 = O + '-O2'
    timed(make_vars(o2, '-j2', 'build', 'OPT=-O2'))
    _, testbin2 = timed(make_vars(o2, 'print-testbin', 'OPT=-O2'))
    testbin2 = os.path.join(TOP, testbin2.strip())
    rates = []
    for b in (testbin, testbin2):
        _, out = timed([b, '--bench', '2000'])
        rates.append(float(re.search(r'([\d.]+) rows/s', out).group(1)))

    t_mut, out = timed(['python3', 'tests/mutate/mutate.py', '--jobs', '2',
                        'O=' + os.path.join(TOP, 'build', 'bench-mutate')])
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
    main()
