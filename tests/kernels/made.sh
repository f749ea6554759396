#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The file of a profile whose kernels Debian has no package of: Debian's
# fault.c with the profile's patches applied in order (each on the one
# before, each whole: a hunk that does not apply stops it), written to
# OUT/arch/x86/mm/fault.c. OUT/about says, in a line, what it is: WHAT,
# and "byte for byte" when its sha256 is SHA256 (the release's, taken
# from a tree of it); without SHA256, WHAT says it is a stand-in.
#
# usage: made.sh DEBIAN_TREE OUT SHA256|- WHAT PATCH...
set -eu
src=$1 out=$2 sha=$3 what=$4
shift 4
mkdir -p "$out/arch/x86/mm"
tmp=$out/arch/x86/mm/fault.c.$$
cp "$src/arch/x86/mm/fault.c" "$tmp"
for p; do
	if ! patch -s -F0 --no-backup-if-mismatch -r - "$tmp" "$p" >/dev/null; then
		rm -f "$tmp"
		echo "faultkit: $p does not apply to $src/arch/x86/mm/fault.c" \
		     "(after: ${applied:-nothing}): KSRC= a tree of the" \
		     "profile's kernels runs it" >&2
		exit 2
	fi
	applied="${applied:+$applied }$p"
done
deb=$(cat "$src/debian-version" 2>/dev/null || echo "version not known")
how="Debian $deb's fault.c with $*"
if [ "$sha" = - ]; then
	echo "$what ($how)" > "$out/about"
elif [ "$(sha256sum < "$tmp" | cut -d' ' -f1)" = "$sha" ]; then
	echo "$what, byte for byte ($how)" > "$out/about"
else
	echo "a stand-in, not $what ($how: another sha256)" > "$out/about"
fi
mv -f "$tmp" "$out/arch/x86/mm/fault.c"
