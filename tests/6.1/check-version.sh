#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The 6.1 shim knows the 6.1 LTS series: a tree of another version gets
# one clear message instead of a wall of compiler errors.
#
# usage: check-version.sh TREE [FAULT_C]   (TREE/Makefile holds VERSION)
set -eu
tree=$1
mk=$tree/Makefile
if [ ! -f "$mk" ]; then
	echo "faultkit: $tree: no Makefile, cannot tell the kernel version" >&2
	exit 2
fi
v=$(sed -n 's/^VERSION = //p' "$mk" | head -1)
p=$(sed -n 's/^PATCHLEVEL = //p' "$mk" | head -1)
s=$(sed -n 's/^SUBLEVEL = //p' "$mk" | head -1)
if [ "$v.$p" != 6.1 ]; then
	echo "faultkit: $tree is Linux $v.$p.$s; the 6.1 profile's shim knows 6.1.y only" >&2
	echo "  (a new kernel is a new profile: tests/<k>, stubs/<k>, mm/<k>)" >&2
	exit 2
fi
# The shim and mm model follow lock_mm_and_find_vma(), which reached 6.1's
# x86 fault.c in 6.1.37; older 6.1 releases took mmap_lock inline.
fc=${2:-$tree/arch/x86/mm/fault.c}
if ! grep -qw 'lock_mm_and_find_vma' "$fc"; then
	echo "faultkit: $fc (Linux $v.$p.$s) does not call lock_mm_and_find_vma();" \
	     "the 6.1 shim knows 6.1.37 and later" >&2
	exit 2
fi
