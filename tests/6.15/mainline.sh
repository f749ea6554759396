#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The 6.15 profile's own fault.c, for a machine without a tree of its
# kernels: Debian's 6.12 fault.c with the edits upstream made to it
# since, each of which must apply once, written to OUT. OUT/about says
# what it is: byte for byte v6.19's and v7.0's (the sha256 below, from
# their trees) when Debian's file is 6.12.107 to 6.12.118's; a stand-in
# for them otherwise. KSRC= a tree runs the tree's own file instead.
#
# usage: mainline.sh DEBIAN_TREE OUT
set -eu
src=$1
out=$2
v70=f99b0e1f5b3a3d091388fb97410b4c37a398786abd3365756bcc804cc88aaad2
mkdir -p "$out/arch/x86/mm"
tmp=$out/arch/x86/mm/fault.c.$$

# Each edit prints the line it applies to; five edits, five lines.
#   aa135d1d0902 x86/mm: Remove unnecessary include of <linux/extable.h> (v6.14)
#   1701771d3069 x86/mm: Stop prefetching current->mm->mmap_lock on page faults (v6.16)
#   d49ae4172cff x86/tracing, x86/mm: Remove redundant trace_pagefault_key (v6.16)
#   06aa9378df01 x86/tracing, x86/mm: Move page fault tracepoints to generic (v6.16)
awk -v tmp="$tmp" '
	function hit(what) { print what; n++ }
	/^#include <linux\/extable.h>/ { hit("aa135d1d0902"); next }
	/^#include <linux\/prefetch.h>/ { hit("1701771d3069 include"); next }
	/^\tprefetchw\(&current->mm->mmap_lock\);$/ {
		hit("1701771d3069 call"); getline; if ($0 != "") print > tmp; next }
	/^\tif \(!trace_pagefault_enabled\(\)\)$/ {
		hit("d49ae4172cff"); getline; getline; next }
	/^#include <asm\/trace\/exceptions.h>$/ {
		hit("06aa9378df01")
		print "#include <trace/events/exceptions.h>" > tmp; next }
	{ print > tmp }
' "$src/arch/x86/mm/fault.c" > "$tmp.edits"
if [ "$(wc -l < "$tmp.edits")" -ne 5 ]; then
	echo "faultkit: $src/arch/x86/mm/fault.c: upstream's edits since 6.12 do" \
	     "not apply ($(tr '\n' ' ' < "$tmp.edits")applied of 5): KSRC= a 6.15" \
	     "to 7.0 tree runs the 6.15 profile" >&2
	rm -f "$tmp" "$tmp.edits"
	exit 2
fi
rm -f "$tmp.edits"
deb=$(cat "$src/debian-version" 2>/dev/null || echo "a version not known")
if [ "$(sha256sum < "$tmp" | cut -d' ' -f1)" = "$v70" ]; then
	what="v6.19's and v7.0's fault.c, byte for byte"
else
	what="a stand-in for v6.16 to v7.0's fault.c, not byte for byte any of them"
fi
echo "$what (Debian $deb's with upstream's edits since 6.12: tests/6.15/mainline.sh)" \
	> "$out/about"
mv -f "$tmp" "$out/arch/x86/mm/fault.c"
