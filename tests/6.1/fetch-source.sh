#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Fetches what the project reads from Debian's linux-source-SERIES
# package, the way a user would: `apt-get download`, then only the files
# needed (Makefile for the version, arch/x86/mm/fault.c, the few files
# make model-check replays leaf functions of, and for 6.1
# tools/testing/kunit) extracted into the build cache. Never committed.
# Prints the folder. The 6.1 profile and the profiles built on it share it.
#
# The package's version is kept beside (debian-version), and each
# version fetched, with its fault.c's sha256, in CACHE/linux-source-
# SERIES.fetched. With "newer", a folder is fetched anew when apt offers
# another version than the one it holds, and the move is said in a line.
#
# usage: fetch-source.sh CACHE [SERIES [newer]]
#        (SERIES defaults to 6.1; the folder is CACHE/linux-source-SERIES)
set -eu
cache=${1:-build/cache}
series=${2:-6.1}
newer=${3:-}
pkg=linux-source-$series
dir=$cache/$pkg
want="Makefile arch/x86/mm/fault.c"
# the leaf functions make model-check replays (tests/6.1/leaves.py)
leaves="include/linux/kprobes.h arch/x86/kernel/kprobes/core.c
	include/linux/kfence.h kernel/signal.c
	arch/x86/entry/vsyscall/vsyscall_64.c lib/extable.c mm/mmap.c
	include/linux/mm.h arch/x86/include/asm/pkru.h
	arch/x86/include/asm/pgtable.h arch/x86/include/asm/pkeys.h
	arch/x86/include/asm/mmu_context.h"
want="$want $(echo $leaves)"
# kunit.py is taken from 6.1's package (tests/reports/fetch-kunit.sh).
# extract.py decompresses only the xz blocks that hold these (about a
# second); where it cannot (no python3, an archive unlike Debian's), the
# whole stream is read, and a series without kunit stops once its
# files are out (tar --occurrence; the stages before tar then see a
# broken pipe).
if [ "$series" = 6.1 ]; then
	want="$want tools/testing/kunit/kunit.py"
	paths="Makefile arch/x86/mm/fault.c tools/testing/kunit $leaves"
	stop=
else
	paths="Makefile arch/x86/mm/fault.c $leaves"
	stop=--occurrence
fi
members=
for p in $paths; do
	members="$members $pkg/$p"
done

# One fetch of a package at a time (make test starts them early, in the
# background): a second waits, then finds the files there.
mkdir -p "$cache"
exec 9>"$cache/$pkg.lock"
flock 9

have() {
	for f in $want; do
		[ -f "$1/$f" ] || return 1
	done
}

held=$(cat "$dir/debian-version" 2>/dev/null || :)
offered=
if [ -n "$newer" ] && have "$dir"; then
	offered=$(apt-cache policy "$pkg" 2>/dev/null |
		sed -n 's/^ *Candidate: *//p')
	[ "$offered" != "(none)" ] || offered=
fi

if ! have "$dir" || { [ -n "$offered" ] && [ "$offered" != "$held" ]; }; then
	mkdir -p "$cache"
	(cd "$cache" && rm -f "$pkg"_*.deb &&
	 apt-get download -q "$pkg${offered:+=$offered}" >/dev/null 2>&1) || {
		echo "faultkit: apt-get download $pkg failed" \
		     "(no network or no apt lists? try: apt-get update)" >&2
		exit 2
	}
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	txz=$cache/$pkg.tar.xz
	dpkg-deb --fsys-tarfile "$cache"/"$pkg"_*.deb |
		tar -xO ./usr/src/"$pkg".tar.xz > "$txz"
	# shellcheck disable=SC2086
	if ! command -v python3 >/dev/null ||
	   ! python3 "$(dirname "$0")/extract.py" "$txz" "$dir.tmp" $paths; then
		rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
		xz -dc "$txz" 2>/dev/null |
			tar -x -C "$dir.tmp" --strip-components=1 $stop $members
	fi
	rm -f "$txz"
	have "$dir.tmp" || {
		echo "faultkit: $cache/${pkg}_*.deb lacks $want" \
		     "(make fetch-source KERNEL=$series downloads it anew)" >&2
		exit 2
	}
	got=$(dpkg-deb -f "$cache"/"$pkg"_*.deb Version)
	echo "$got" > "$dir.tmp/debian-version"
	sha=$(sha256sum < "$dir.tmp/arch/x86/mm/fault.c" | cut -d' ' -f1)
	echo "$got $sha" >> "$cache/$pkg.fetched"
	if [ -n "$held" ] && [ "$got" != "$held" ]; then
		was=$(sha256sum < "$dir/arch/x86/mm/fault.c" | cut -d' ' -f1)
		echo "faultkit: Debian's $pkg moved from $held to $got" \
		     "(its fault.c $([ "$was" = "$sha" ] && echo unchanged ||
			echo changed))" >&2
	fi
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	rm -f "$cache"/"$pkg"_*.deb
fi
echo "$dir"
