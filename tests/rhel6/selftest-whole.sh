#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The whole-file mechanism on the assembled file (make test-whole): bad
# input gets one message and exit status 2 (a tree of another kernel, a
# file of another kernel, a file that does not compile, a patch that
# does not apply, golden files of another unit); a patch anywhere in a
# tree's fault.c reports as for the excerpt; and no tree is written to.
set -eu
o=${1:-build}
whole=$o/rhel6-assembled
t=$o/whole-selftest
rm -rf "$t"
mkdir -p "$t"
fail=0

say() { echo "selftest-whole: $*"; }
bad() { say "FAILED: $*"; fail=1; }

sums() { find "$@" -type f -exec sha256sum {} + | sort; }

tree() {	# tree DIR VERSION PATCHLEVEL SUBLEVEL RHEL_MAJOR [sed script]
	mkdir -p "$1/arch/x86/mm"
	printf 'VERSION = %s\nPATCHLEVEL = %s\nSUBLEVEL = %s\n' "$2" "$3" "$4" \
		> "$1/Makefile"
	[ -z "$5" ] || printf 'RHEL_MAJOR = %s\n' "$5" >> "$1/Makefile"
	sed "${6:-}" "$whole/arch/x86/mm/fault.c" > "$1/arch/x86/mm/fault.c"
}

refused() {	# refused WHAT MESSAGE make-arguments...
	what=$1 msg=$2
	shift 2
	if out=$(make -s --no-print-directory "$@" 2>&1); then
		bad "$what was not refused"; return
	fi
	case $out in
	*"$msg"*) say "refused $what: $(echo "$out" | grep -m1 faultkit)" ;;
	*) bad "$what: no '$msg' in:"; echo "$out" | tail -5 ;;
	esac
}

tree "$t/linux-6.1" 6 1 90 ""
tree "$t/linux-2.6.32" 2 6 32 ""
tree "$t/rhel6-other" 2 6 32 6 's/__do_page_fault(struct pt_regs \*regs, unsigned long address/__do_page_fault(struct pt_regs *regs, unsigned long addr/'
tree "$t/rhel6-broken" 2 6 32 6 's/^\tmm = tsk->mm;/\tmm = tsk->mm_struct;/'
before=$(sums "$t" "$whole")

refused "a 6.1 tree" "but its fault.c lacks exc_page_fault" \
	check KSRC="$t/linux-6.1"
refused "an upstream 2.6.32 tree" "is Linux 2.6.32: no profile is for it" \
	check KSRC="$t/linux-2.6.32"
refused "a file of another kernel" "KERNEL=rhel6 cannot run" \
	check KERNEL=rhel6 FAULT_C="$t/rhel6-other/arch/x86/mm/fault.c"
refused "a file that does not compile" "does not compile against the rhel6 shim" \
	check KSRC="$t/rhel6-broken"
refused "a patch that does not apply" "does not apply to arch/x86/mm/fault.c" \
	regress KSRC="$whole" PATCH=tests/rhel6/fixtures/does-not-apply.diff

# Golden files record their unit; another unit's are refused.
bin=$(make -s --no-print-directory testbin KSRC="$whole" | tail -1)
if out=$(python3 tests/regress/golden.py check "$bin" tests/rhel6/golden \
	"$whole/arch/x86/mm/fault.c" whole 2>&1); then
	bad "the excerpt's golden files were taken for the whole file's"
else
	case $out in
	*"made from another unit"*) say "refused another unit's golden files" ;;
	*) bad "golden files of another unit: $out" ;;
	esac
fi

# A patch of __do_page_fault, applied to the whole file, reports the row
# the excerpt's .expect names, and only that one (the rows: the space is
# regress-selftest's).
out=$(make -s --no-print-directory regress KSRC="$whole" QUIET=1 UNUSUAL=-1 \
	PATCH=tests/rhel6/patches/stack-cushion-removal.diff 2>&1) || true
row=$(sed -n 's/^changed //p' tests/rhel6/patches/stack-cushion-removal.expect)
if echo "$out" | grep -q "^  changed *$row " &&
   echo "$out" | grep -Eq "^rows: [0-9]+: [0-9]+ unchanged, 0 trace only, 1 changed"; then
	say "stack-cushion-removal.diff on the whole file: $row changed, alone"
else
	bad "stack-cushion-removal.diff on the whole file:"; echo "$out" | tail -5
fi

[ "$(sums "$t" "$whole")" = "$before" ] || bad "a tree was written to"
[ $fail = 0 ] && say "all passed"
exit $fail
