#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# What the rhel6 profile can run: the seed's excerpt of RHEL 6's
# arch/x86/mm/fault.c, or the whole file (2.6.32-431 and its patches),
# alone (FAULT_C=) or in a tree (KSRC=) whose Makefile says RHEL 6.
# Anything else gets one message instead of a wall of compiler errors.
#
# usage: check-source.sh --kind FILE      prints excerpt, whole or other
#        check-source.sh --version FILE [TREE]   the version, for make check
#        check-source.sh FILE [TREE]      exit 2, with the message, if
#                                         neither is RHEL 6's
set -eu

# Both forms have RHEL's __do_page_fault(regs, address, error_code); only
# the whole file has do_page_fault(), which upstream 2.6.32 has alone.
kind() {
	if ! grep -Eq '__do_page_fault\(struct pt_regs \*regs, *unsigned long address' "$1"; then
		echo other
	elif grep -Eq '^do_page_fault\(' "$1"; then
		echo whole
	else
		echo excerpt
	fi
}

if [ "$1" = --kind ]; then
	if [ -r "$2" ] && [ -f "$2" ]; then kind "$2"; else echo other; fi
	exit 0
fi

print=
if [ "$1" = --version ]; then
	print=1
	shift
fi
file=$1
tree=${2:-}
if [ -n "$print" ] && [ -z "$tree" ]; then
	# the excerpt's header names the kernel it was quoted from
	k=$(sed -n 's/.*(kernel \([^ ,]*\).*/\1/p' "$file" | head -1)
	if [ -n "$k" ]; then
		echo "RHEL 6 kernel $k ($file's header)"
	else
		echo "RHEL 6 (no version in $file)"
	fi
	exit 0
fi
if [ -n "$tree" ]; then
	mk=$tree/Makefile
	if [ ! -f "$mk" ]; then
		echo "faultkit: KSRC=$tree: no Makefile, cannot tell the kernel version (give KSRC= the top of a RHEL 6 tree)" >&2
		exit 2
	fi
	val() { sed -n "s/^$1 *= *//p" "$mk" | head -1; }
	v=$(val VERSION).$(val PATCHLEVEL).$(val SUBLEVEL)
	r=$(val RHEL_MAJOR)
	if [ -n "$print" ]; then
		echo "Linux $v${r:+ RHEL $r} ($mk)"
		exit 0
	fi
	if [ "$v" != 2.6.32 ] || [ "$r" != 6 ]; then
		echo "faultkit: KSRC=$tree is Linux $v${r:+ (RHEL $r)}${r:- (not RHEL)};" \
		     "the rhel6 profile knows RHEL 6 (2.6.32, RHEL_MAJOR 6) only" >&2
		echo "  (another kernel is another profile: make check KERNEL=<k> KSRC=...)" >&2
		exit 2
	fi
fi
if [ "$(kind "$file")" = other ]; then
	echo "faultkit: $file is not RHEL 6's arch/x86/mm/fault.c" \
	     "(no __do_page_fault(regs, address, error_code));" \
	     "the rhel6 profile runs the seed's excerpt or the whole 2.6.32 file" >&2
	echo "  (another kernel is another profile: make check KERNEL=<k> FAULT_C=...)" >&2
	exit 2
fi
