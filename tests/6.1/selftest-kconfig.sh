#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The kernel's configuration is an input (mk/kconfig.mk): a run says which
# one it used; a tree's .config is read (KSRC=), as is a file (KCONFIG=);
# a missing file, a file that is no configuration, and one the shim cannot
# build (no CONFIG_X86_64) are refused with one message and status 2; and
# the profile's own configuration comes back afterwards.
set -eu
k=${KERNEL:-6.1}
o=${1:-build}
src=$o/cache/linux-source-$k
t=$o/kconfig-selftest
rm -rf "$t"
mkdir -p "$t"
# a header of its own: the profile's objects are not rebuilt for it
mk() { make -s --no-print-directory KERNEL="$k" O="$o" KCONFIG_DIR="$t/h" "$@"; }

refused() {	# refused MESSAGE make-args...
	msg=$1
	shift
	if out=$(mk kconfig "$@" 2>&1); then
		echo "selftest-kconfig: $* was not refused"; exit 1
	fi
	case $out in
	*"$msg"*) echo "selftest-kconfig: refused $*: $(echo "$out" | head -1)" ;;
	*) echo "selftest-kconfig: $*: unexpected message:"
	   echo "$out" | head -5; exit 1 ;;
	esac
}

refused "KCONFIG=$t/none: no such file" KCONFIG="$t/none"
echo 'not a configuration' > "$t/junk"
refused "is not a kernel configuration" KCONFIG="$t/junk"
mine=$(mk kconfig-note)
grep -v '^CONFIG_X86_64=\|^# faultkit:' "$(mk kconfig-path)" > "$t/no-x86_64"
refused "does not set CONFIG_X86_64=y" KCONFIG="$t/no-x86_64"

# a tree with a .config of its own: read, named, its options taken
mkdir -p "$t/tree/arch/x86/mm"
cp "$src/Makefile" "$t/tree/"
cp "$src/arch/x86/mm/fault.c" "$t/tree/arch/x86/mm/"
{ echo '#'; echo "# Linux/x86 $k.0 Kernel Configuration"; echo '#'
  sed '/^#/d; s/^CONFIG_KPROBES=y$/# CONFIG_KPROBES is not set/' \
	"$(mk kconfig-path)"; } > "$t/tree/.config"
out=$(mk kconfig KSRC="$t/tree")
case $out in
*"configuration: $t/tree/.config (Linux/x86 $k.0 Kernel Configuration)"*"/* CONFIG_KPROBES is not set */"*)
	echo "selftest-kconfig: KSRC=tree: $(echo "$out" | head -1)" ;;
*) echo "selftest-kconfig: KSRC=tree's .config not read:"; echo "$out" | head -3
   exit 1 ;;
esac
[ "$(mk kconfig-note)" = "$mine" ] || {
	echo "selftest-kconfig: the profile's own configuration did not come back"
	exit 1; }
echo "selftest-kconfig: $mine"
rm -rf "$t"
