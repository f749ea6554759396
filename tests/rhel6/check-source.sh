#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# What the rhel6 profile can run: the seed's excerpt of RHEL 6's
# arch/x86/mm/fault.c, or the whole file (2.6.32-431 and its patches),
# alone (FAULT_C=) or in a tree (KSRC=). Anything else is refused
# before the profile is read (tests/kernels/pick.sh: what the file uses,
# its tree's Makefile).
#
# usage: check-source.sh --kind FILE      prints excerpt, whole or other
#        check-source.sh --version FILE [TREE]   the version, for make check
set -eu

# Both forms have RHEL's __do_page_fault(regs, address, error_code), as
# the profile says it (PICK.rhel6.needs); only the whole file has
# do_page_fault(), which upstream 2.6.32 has alone.
# RHEL 7's (tests/rhel7, built on this profile) takes error_code before
# the address, as upstream does from 3.x; it is only ever whole.
kind() {
	re=$(sed -n 's/^PICK\.rhel6\.needs += //p' "$(dirname "$0")/profile.mk")
	re7=$(sed -n '/^PICK\.rhel7\.needs += /{s///p;q;}' \
		"$(dirname "$0")/../rhel7/profile.mk" 2>/dev/null || :)
	if ! grep -Eq -- "$re" "$1" &&
	   { [ -z "$re7" ] || ! grep -Eq -- "$re7" "$1"; }; then
		echo other
	elif grep -Eq '^do_page_fault\(' "$1"; then
		echo whole
	else
		echo excerpt
	fi
}

case $1 in
--kind)
	if [ -r "$2" ] && [ -f "$2" ]; then kind "$2"; else echo other; fi ;;
--version)
	if [ -n "${3:-}" ]; then	# a tree's: its Makefile's
		sh "$(dirname "$0")/../kernels/pick.sh" version "$3"
		exit 0
	fi
	# the excerpt's header names the kernel it was quoted from
	k=$(sed -n 's/.*(kernel \([^ ,]*\).*/\1/p' "$2" | head -1)
	if [ -n "$k" ]; then
		echo "RHEL 6 kernel $k ($2's header)"
	else
		echo "RHEL 6 (no version in $2)"
	fi ;;
esac
