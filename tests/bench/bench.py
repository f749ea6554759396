#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Speed figures of the harness, measured in one run (wall clock).

1. A clean `make check` (empty build folder, both cores) against a bare
   compile of the harness: one gcc command over the same sources and
   flags, no make, no table run. Also shown: the harness unit alone
   (tests/<k>/unit.c with fault.c included). Goal: <= 3x.
2. Rows per second in one process, without fork (`--bench`), for the -O0
   build make check uses and an -O2 build. Goal: >= 100,000.
3. The mutation campaigns as `make mutate` runs them (one schema build
   of every mutant it can hold, the table and the golden files per
   mutant, both cores): RHEL6's against the clean make check of (1),
   goal <= 3x; 6.1's (its fault.c in build/cache), goal <= 20 s.
4. A unit that loops forever in a common path (__do_page_fault()
   spins at its start): how long `make check FAULT_C=<that copy>` takes
   to refuse it, build included. Goal <= 20 s.
5. `make explore` for each profile at the default bound and at
   UNUSUAL=3, built beforehand: seconds, scenarios per second, the peak
   memory of its largest process. Goal at 3: <= 60 s each.
6. `make regress` with the explored space: a patch only the space sees
   (tests/rhel6/patches/kprobe-kernel-write.diff), goal <= 30 s; 6.1 at
   UNUSUAL=3 (a fault.c whose only change is trace only), goal <= 60 s
   and 500 MB; and a unit that retries without end, goal <= 60 s, 1 GB,
   200 MB written. Each with its peak memory and the bytes it left in
   build/; a saved scenario costs nothing, as none is saved (both units
   run in one pass).
7. With --clean-test (make bench CLEAN_TEST=1, a minute and more, and
   Debian's mirror for the kernel sources): `make -j2 test` in a fresh
   clone of HEAD, nothing built or fetched, and its steps' times. Goal
   < 90 s.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk

O = os.path.join(fk.ROOT, 'build', 'bench')


def timed(cmd, env=None, ok=(0,)):
    dt, out, _, _ = measured(cmd, env, ok)
    return dt, out


def measured(cmd, env=None, ok=(0,)):
    """(seconds, output, peak memory of its largest process in MB, bytes
    it left in build/) of @cmd."""
    before = tree_bytes(os.path.join(fk.ROOT, 'build'))
    t0 = time.time()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         env=env, cwd=fk.ROOT)
    out = p.stdout.read().decode('utf-8', 'replace')
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    dt = time.time() - t0
    if p.returncode not in ok:
        sys.exit('bench: %s failed (%d):\n%s' % (' '.join(cmd),
                                                 p.returncode, out[-3000:]))
    grown = tree_bytes(os.path.join(fk.ROOT, 'build')) - before
    return dt, out, usage.ru_maxrss / 1024.0, grown


def tree_bytes(top):
    n = 0
    for d, _, files in os.walk(top):
        for f in files:
            try:
                n += os.lstat(os.path.join(d, f)).st_size
            except OSError:
                pass
    return n


def bare_compile():
    """The harness sources and flags, as make would use them."""
    info = fk.testbin(o=O)[1]
    srcs = info['ENGINE_SRC'].split() + info['PROFILE_SRC'].split()
    unit = 'tests/%s/unit.c' % info['KERNEL']
    flags = info['BASE_CFLAGS'].split()
    # the profile's own flags carry quoted strings (its name): make
    # prints them as the shell reads them
    flags += shlex.split(info['PROFILE_CFLAGS'])
    shim = info['SHIM'].split()
    check_cflags = info['CHECK_CFLAGS'].split()
    libs = info['CHECK_LIBS'].split()
    out_bin = os.path.join(O, 'bare')
    all_cmd = (['gcc'] + flags + shim + check_cflags + srcs + [unit] +
               ['-o', out_bin] + libs)
    unit_cmd = ['gcc'] + flags + shim + ['-c', unit, '-o', out_bin + '.o']
    return all_cmd, unit_cmd


def campaign(kernel):
    """`make mutate KERNEL=@kernel` in the default build folder, its table
    binary built beforehand: (seconds, its summary lines)."""
    fk.binary(kernel)
    dt, out = timed(fk.make_argv(['mutate'], kernel), fk.make_env(),
                    ok=(0, 2))
    lines = [l for l in out.splitlines()
             if re.match(r'mutate: (\d+ mutants:|score|\d+ in one)', l)]
    return dt, lines


def hanging_unit():
    """Seconds for `make check` to refuse a unit that loops forever at
    the start of __do_page_fault(), its build included."""
    src = os.path.join(fk.ROOT, 'arch', 'x86', 'mm', 'fault.c')
    with open(src) as f:
        text = f.read()
    at = text.index('\ttsk = current;\n')
    path = os.path.join(O, 'hang', 'arch', 'x86', 'mm', 'fault.c')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text[:at] + '\tfor (;;)\n\t\t;\n' + text[at:])
    t0 = time.time()
    r = fk.run(fk.make_argv(['check'], o=O, FAULT_C=path), env=fk.make_env(),
               cwd=fk.ROOT, timeout=600)
    dt = time.time() - t0
    if not r.rc or 'the unit spins' not in r.out + r.err:
        sys.exit('bench: make check did not refuse a unit that loops '
                 'forever as one that spins (exit %d):\n%s' % (
                     r.rc, (r.out + r.err)[-1500:]))
    return dt


def explore(kernel, unusual):
    """`make explore KERNEL=@kernel UNUSUAL=@unusual`: (seconds,
    scenarios, per second, peak MB)."""
    fk.binary(kernel, EXPLORE=1)
    dt, out, mb, _ = measured(fk.make_argv(['explore'], kernel,
                                           UNUSUAL=str(unusual)),
                              fk.make_env())
    m = re.search(r'^explore: \S+: (\d+) scenarios', out, re.M)
    return dt, int(m.group(1)), int(m.group(1)) / dt, mb


def regress(what, want, kernel='rhel6', **make_vars):
    """`make regress` as @what: (seconds, peak MB, bytes left in build/,
    scenarios). ./run regress gives its own status, @want."""
    argv = [os.path.join(fk.ROOT, 'run'), 'regress', 'QUIET=1'] + \
        ['%s=%s' % kv for kv in dict(make_vars, KERNEL=kernel).items()]
    dt, out, mb, grown = measured(argv, fk.make_env(), ok=(want,))
    m = re.search(r'^space: (\d+) scenarios', out, re.M)
    if not m:
        sys.exit('bench: make regress (%s) printed no summary:\n%s'
                 % (what, out[-1500:]))
    return dt, mb, grown, int(m.group(1))


def variant(name, kernel, old, new):
    """A copy of @kernel's fault.c with @old replaced by @new."""
    src = fk.testbin(kernel)[1]['FAULT_C']
    with open(src) as f:
        text = f.read()
    if old not in text:
        sys.exit('bench: %s has no %r' % (src, old))
    path = os.path.join(O, name, 'fault.c')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text.replace(old, new, 1))
    return path


def clean_test():
    """`make -j2 test` in a fresh clone of HEAD: (seconds, its times line)."""
    with tempfile.TemporaryDirectory(prefix='faultkit-bench-') as tmp:
        tree = os.path.join(tmp, 'faultkit')
        r = fk.run(['git', 'clone', '-q', fk.ROOT, tree])
        if r.rc:
            sys.exit('bench: git clone of %s failed:\n%s' % (fk.ROOT, r.err))
        t0 = time.time()
        r = fk.run(['make', '-j2', 'test'], env=fk.make_env(), cwd=tree,
                   timeout=1800)
        dt = time.time() - t0
    if r.rc:
        sys.exit('bench: make test in a clean clone failed:\n%s%s'
                 % (r.out[-3000:], r.err[-1500:]))
    m = re.search(r'every step passed: (.*)', r.out)
    return dt, m.group(1) if m else '?'


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

    t_rhel6, sum_rhel6 = campaign('rhel6')
    t_61, sum_61 = campaign('6.1')
    t_hang = hanging_unit()
    explored = [(k, u) + explore(k, u) for k in ('rhel6', '6.1', '6.12')
                for u in (2, 3)]
    regressed = [
        ('kprobe-kernel-write.diff (only the space sees it), goal <= 30 s',
         regress('kprobe', 1, PATCH='tests/rhel6/patches/'
                 'kprobe-kernel-write.diff')),
        ('KERNEL=6.1 UNUSUAL=3, prefetchw() dropped (trace only), goal <= '
         '60 s and 500 MB', regress('6.1 at 3', 0, '6.1', UNUSUAL='3',
                                    FAULT_C=variant(
                                        'trace-only', '6.1',
                                        '\tprefetchw(&current->mm->mmap_lock);',
                                        ''))),
        ('a unit that retries without end, goal <= 60 s, 1 GB, 200 MB',
         regress('retries', 3, FAULT_C=variant(
             'retry', 'rhel6', '\t\t\tflags &= ~FAULT_FLAG_ALLOW_RETRY;',
             '\t\t\t/* ALLOW_RETRY kept */'))),
    ]

    print('bench: clean make check %.2f s; bare compile of the harness '
          '(one gcc, %d files) %.2f s: %.1fx (goal <= 3x)' % (
              t_clean, len([a for a in all_cmd if a.endswith('.c')]),
              t_bare, t_clean / t_bare))
    print('bench:   the harness unit alone (unit.c + fault.c) compiles in '
          '%.2f s: clean make check is %.1fx that' % (t_unit,
                                                     t_clean / t_unit))
    print('bench: %.0f rows/s in one process without fork at -O0 (as make '
          'check builds), %.0f at -O2 (goal >= 100,000)' % tuple(rates))
    print('bench: make mutate (RHEL6) %.1f s = %.1fx a clean make check '
          '(goal <= 3x)' % (t_rhel6, t_rhel6 / t_clean))
    print('bench: make mutate KERNEL=6.1 %.1f s (goal <= 20 s)' % t_61)
    for kernel, lines in (('rhel6', sum_rhel6), ('6.1', sum_61)):
        for line in lines:
            print('bench:   %s %s' % (kernel, line))
    print('bench: a unit that loops forever in __do_page_fault() is refused '
          'by make check in %.1f s, its build included (goal <= 20 s)'
          % t_hang)
    for kernel, unusual, dt, n, rate, mb in explored:
        print('bench: make explore KERNEL=%s UNUSUAL=%d: %d scenarios in '
              '%.1f s, %.0f/s, %.0f MB at most%s' % (
                  kernel, unusual, n, dt, rate, mb,
                  ' (goal <= 60 s)' if unusual == 3 else ''))
    for what, (dt, mb, grown, n) in regressed:
        print('bench: make regress, %s: %.1f s, %d scenarios, %.0f MB at '
              'most, %d bytes left in build/, 0 bytes per saved scenario '
              '(none is saved)' % (what, dt, n, mb, grown))
    if '--clean-test' in sys.argv:
        dt, steps = clean_test()
        print('bench: make -j2 test in a clean clone of HEAD, sources '
              'fetched: %.0f s (goal < 90 s)' % dt)
        print('bench:   %s' % steps)


if __name__ == '__main__':
    sys.exit(fk.main('bench', main))
