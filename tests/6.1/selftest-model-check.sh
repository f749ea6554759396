#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# make model-check holds the model against the kernel's own leaf
# functions, and it can tell them apart: at bound 1 (the table and the
# space with one unusual input) it finds no difference, and a unit whose
# unhandled_signal() forgets the tracer (the kernel's, with `return
# !tsk->ptrace;` made `return 1;`) fails the table's ptraced row with the
# leaf named. 6.12 runs the same (tests/6.12/selftest-model-check.sh).
set -eu
k=${KERNEL:-6.1}
o=${1:-build}
mk() { make -s --no-print-directory KERNEL="$k" O="$o" "$@"; }

out=$(mk model-check UNUSUAL=1 2>&1) || { echo "$out"; exit 1; }
echo "selftest-model-check: $(echo "$out" | tail -1)"
unit=$o/leaves/$k/leafcheck-unit.c
mutant=$o/leaves/$k/leafcheck-mutant.c
sed 's/return !tsk->ptrace;/return 1;/' "$unit" > "$mutant"
cmp -s "$unit" "$mutant" && {
	echo "selftest-model-check: no 'return !tsk->ptrace;' in $unit to break"
	exit 1; }
if out=$(mk check EXTRA_ROWS="$mutant" 2>&1); then
	echo "selftest-model-check: a unit whose unhandled_signal() ignores ptrace passed"
	exit 1
fi
case $out in
*"model-check: unhandled_signal(): the model answers 0, the kernel 1"*)
	echo "selftest-model-check: a kernel whose unhandled_signal() ignores ptrace is told apart" ;;
*)	echo "selftest-model-check: unexpected output for the broken unit:"
	echo "$out" | tail -20
	exit 1 ;;
esac
rm -f "$mutant"
