#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The 6.1 profile refuses, with one message and status 2, a KSRC tree it
# does not know: another series (6.6), and a 6.1 from before
# lock_mm_and_find_vma() (its fault.c stands in with the helper renamed).
# A tree it knows (the fetched one, as KSRC) runs the table.
set -eu
o=${1:-build}
src=$o/cache/linux-source-6.1
t=$o/version-selftest
rm -rf "$t"

fake() {	# fake DIR VERSION PATCHLEVEL SUBLEVEL
	mkdir -p "$1/arch/x86/mm"
	printf 'VERSION = %s\nPATCHLEVEL = %s\nSUBLEVEL = %s\n' "$2" "$3" "$4" \
		> "$1/Makefile"
	cp "$src/arch/x86/mm/fault.c" "$1/arch/x86/mm/fault.c"
}

refused() {	# refused DIR MESSAGE
	if out=$(make -s --no-print-directory check KERNEL=6.1 KSRC="$1" 2>&1); then
		echo "selftest-version: $1 was not refused"; exit 1
	fi
	case $out in
	*"$2"*) echo "selftest-version: refused $1: $(echo "$out" | head -1)" ;;
	*) echo "selftest-version: $1: unexpected message:"; echo "$out" | head -5
	   exit 1 ;;
	esac
	[ "$(echo "$out" | grep -c error)" -eq 0 ] || {
		echo "selftest-version: compiler errors shown for $1"; exit 1; }
}

fake "$t/linux-6.6" 6 6 8
refused "$t/linux-6.6" "knows 6.1.y only"
fake "$t/linux-6.1.30" 6 1 30
sed -i 's/lock_mm_and_find_vma/lock_mm_and_find_vma_later/' \
	"$t/linux-6.1.30/arch/x86/mm/fault.c"
refused "$t/linux-6.1.30" "knows 6.1.37 and later"
make -s --no-print-directory check KERNEL=6.1 KSRC="$src" | tail -1
