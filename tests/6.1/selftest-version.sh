#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The 6.1 profile, and the series built on it, refuse with one message
# and status 2 a KSRC tree they do not know: a series no profile knows
# (6.6: the message names those known), another known series (it names
# the KERNEL= to use), and a 6.1 from before lock_mm_and_find_vma() (its
# fault.c stands in with the helper renamed). A tree it knows (the
# fetched one, as KSRC) runs the table.
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

refused() {	# refused KERNEL DIR MESSAGE
	if out=$(make -s --no-print-directory check KERNEL="$1" KSRC="$2" 2>&1)
	then
		echo "selftest-version: $2 was not refused"; exit 1
	fi
	first=$(echo "$out" | head -1)
	case $out in
	*"$3"*) echo "selftest-version: KERNEL=$1 refused $2: $first" ;;
	*) echo "selftest-version: $2: unexpected message:"
	   echo "$out" | head -5
	   exit 1 ;;
	esac
	[ "$(echo "$out" | grep -c error)" -eq 0 ] || {
		echo "selftest-version: compiler errors shown for $2"; exit 1; }
}

known=$(for p in tests/[0-9]*.[0-9]*/profile.mk; do
	basename "$(dirname "$p")"; done | sort -t. -k1,1n -k2,2n | tr '\n' ' ')
fake "$t/linux-6.6" 6 6 8
refused 6.1 "$t/linux-6.6" "no profile knows 6.6.y (known: ${known% })"
fake "$t/linux-6.12" 6 12 117
refused 6.1 "$t/linux-6.12" "knows 6.1.y only: use KERNEL=6.12"
fake "$t/linux-6.1.192" 6 1 192
refused 6.12 "$t/linux-6.1.192" "knows 6.12.y only: use KERNEL=6.1"
fake "$t/linux-6.1.30" 6 1 30
sed -i 's/lock_mm_and_find_vma/lock_mm_and_find_vma_later/' \
	"$t/linux-6.1.30/arch/x86/mm/fault.c"
refused 6.1 "$t/linux-6.1.30" "knows 6.1.37 and later"
make -s --no-print-directory check KERNEL=6.1 KSRC="$src" | tail -1
