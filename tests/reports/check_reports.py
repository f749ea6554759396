#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Checks the table's reports against each other and their formats.

  check_reports.py ROWS KTAP JUNIT TAP

ROWS is `faultkit --list` output. KTAP must be well-formed KTAP v1 (the
subset kunit.py parse reads: version line, plan, one indented subtest per
suite, numbered results in order, each suite's result after its rows);
JUnit must be XML with one testcase per row; TAP (Check's log) must have one
result per row. Every report must name the same rows, in the same order.
If KUNIT_PY names the kernel's tools/testing/kunit/kunit.py, it parses the
KTAP too.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'lib'))
import faultkit as fk


def fail(msg):
    sys.exit('check_reports: ' + msg)


def check_ktap(path, suites):
    lines = open(path).read().splitlines()
    if not lines or lines[0] != 'KTAP version 1':
        fail('%s: first line is not "KTAP version 1"' % path)
    if lines[1] != '1..%d' % len(suites):
        fail('%s: plan %r, want 1..%d' % (path, lines[1], len(suites)))
    rows, i, si = [], 2, 0
    for name, want in suites:
        si += 1
        head = ['    KTAP version 1', '    # Subtest: ' + name,
                '    1..%d' % len(want)]
        if lines[i:i + 3] != head:
            fail('%s:%d: subtest header for %s malformed' % (path, i + 1,
                                                             name))
        i += 3
        n = 0
        while not re.match(r'^(not )?ok \d+ ', lines[i]):
            line = lines[i]
            m = re.match(r'^    (not )?ok (\d+) (\S+)$', line)
            if m:
                n += 1
                if int(m.group(2)) != n:
                    fail('%s:%d: result %s out of order' % (path, i + 1,
                                                            m.group(2)))
                rows.append(m.group(3))
            elif not line.startswith('    #'):
                fail('%s:%d: unexpected line %r' % (path, i + 1, line))
            i += 1
        m = re.match(r'^(not )?ok (\d+) (\S+)$', lines[i])
        if not m or int(m.group(2)) != si or m.group(3) != name:
            fail('%s:%d: suite result for %s malformed' % (path, i + 1,
                                                          name))
        if n != len(want):
            fail('%s: suite %s has %d results, plan %d' % (path, name, n,
                                                          len(want)))
        i += 1
    if i != len(lines):
        fail('%s:%d: trailing lines' % (path, i + 1))
    return rows


def main():
    if len(sys.argv) != 5:
        fail('usage: check_reports.py ROWS KTAP JUNIT TAP')
    listing, ktap, junit, tap = sys.argv[1:]
    order, suites = [], []
    try:
        rows = fk.parse_list(open(listing).read())
    except fk.Trouble as e:
        fail(str(e))
    for suite, row in rows:
        if not suites or suites[-1][0] != suite:
            suites.append((suite, []))
        suites[-1][1].append(row)
        order.append(row)

    if check_ktap(ktap, suites) != order:
        fail('KTAP rows differ from the table')
    cases = [tc.get('name') for tc in ET.parse(junit).iter('testcase')]
    if cases != order:
        fail('JUnit testcases differ from the table')
    taps = re.findall(r'^(?:not )?ok \d+ - [^:]*:([^:]+):',
                      open(tap).read(), re.M)
    if taps != order:
        fail('TAP results differ from the table')
    kunit = os.environ.get('KUNIT_PY')
    if kunit:
        r = fk.run([sys.executable, kunit, 'parse', os.path.abspath(ktap)])
        if r.rc:
            fail('kunit.py parse rejected %s:\n%s' % (ktap, r.out[-800:]))
        print('check_reports: kunit.py parse: ' +
              r.out.strip().splitlines()[-1])
    print('check_reports: KTAP, JUnit and TAP agree on %d rows in %d suites'
          % (len(order), len(suites)))


if __name__ == '__main__':
    main()
