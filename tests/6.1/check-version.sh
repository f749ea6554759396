#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# A profile's shim knows one LTS series: a tree of another version gets
# one clear message, naming the series the profiles know, instead of a
# wall of compiler errors. The 6.1 profile and those built on it share it.
#
# usage: check-version.sh SERIES TREE [FAULT_C [PROFILES]]
#        (TREE/Makefile holds VERSION; PROFILES: every profile's name)
#        check-version.sh --print TREE   the version, for make check
set -eu
series=$1
tree=$2
mk=$tree/Makefile
if [ ! -f "$mk" ]; then
	echo "faultkit: $tree: no Makefile, cannot tell the kernel version" \
	     "(give KSRC= the top of a kernel tree)" >&2
	exit 2
fi
v=$(sed -n 's/^VERSION = //p' "$mk" | head -1)
p=$(sed -n 's/^PATCHLEVEL = //p' "$mk" | head -1)
s=$(sed -n 's/^SUBLEVEL = //p' "$mk" | head -1)
if [ "$series" = --print ]; then
	echo "Linux $v.$p.$s ($mk)"
	exit 0
fi
if [ "$v.$p" != "$series" ]; then
	known=""
	for k in ${4:-}; do
		case $k in
		[0-9]*.[0-9]*) known="$known $k" ;;
		esac
	done
	case " $known " in
	*" $v.$p "*)
		echo "faultkit: $tree is Linux $v.$p.$s; the $series profile's" \
		     "shim knows $series.y only: use KERNEL=$v.$p" >&2 ;;
	*)
		echo "faultkit: $tree is Linux $v.$p.$s; no profile knows" \
		     "$v.$p.y (known:$known)" >&2
		echo "  (a new kernel is a new profile: tests/<k>, stubs/<k>," \
		     "mm/<k>, built on another with PROFILE_BASE)" >&2 ;;
	esac
	exit 2
fi
# The shim and mm model follow lock_mm_and_find_vma(), which reached 6.1's
# x86 fault.c in 6.1.37 (and mainline in v6.5); older 6.1 releases took
# mmap_lock inline.
fc=${3:-$tree/arch/x86/mm/fault.c}
if ! grep -qw 'lock_mm_and_find_vma' "$fc"; then
	echo "faultkit: $fc (Linux $v.$p.$s) does not call lock_mm_and_find_vma();" \
	     "the shim knows 6.1.37 and later: use a later 6.1 tree" >&2
	exit 2
fi
