#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Fetches what the project reads from Debian's linux-source-SERIES
# package, the way a user would: `apt-get download`, then only the files
# needed (Makefile for the version, arch/x86/mm/fault.c, and for 6.1
# tools/testing/kunit) extracted into the build cache in one pass. Never committed. Prints
# the folder. The 6.1 profile and the profiles built on it share it.
#
# usage: fetch-source.sh CACHE [SERIES]
#        (SERIES defaults to 6.1; the folder is CACHE/linux-source-SERIES)
set -eu
cache=${1:-build/cache}
series=${2:-6.1}
pkg=linux-source-$series
dir=$cache/$pkg
want="Makefile arch/x86/mm/fault.c"
# kunit.py is taken from 6.1's package (tests/reports/fetch-kunit.sh). It
# lies near the end of the tarball; a series that does not need it stops
# reading once its two files are out (tar --occurrence), a third of the
# stream, and the stages before tar then see a broken pipe.
if [ "$series" = 6.1 ]; then
	want="$want tools/testing/kunit/kunit.py"
	members="$pkg/Makefile $pkg/arch/x86/mm/fault.c $pkg/tools/testing/kunit"
	stop=
else
	members="$pkg/Makefile $pkg/arch/x86/mm/fault.c"
	stop=--occurrence
fi

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

if ! have "$dir"; then
	mkdir -p "$cache"
	(cd "$cache" && rm -f "$pkg"_*.deb &&
	 apt-get download -q "$pkg" >/dev/null 2>&1) || {
		echo "faultkit: apt-get download $pkg failed" \
		     "(no network or no apt lists? try: apt-get update)" >&2
		exit 2
	}
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	# shellcheck disable=SC2086
	{ dpkg-deb --fsys-tarfile "$cache"/"$pkg"_*.deb |
		tar -xO ./usr/src/"$pkg".tar.xz | xz -dc; } 2>/dev/null |
		tar -x -C "$dir.tmp" --strip-components=1 $stop $members
	have "$dir.tmp" || {
		echo "faultkit: $cache/${pkg}_*.deb lacks $want" >&2
		exit 2
	}
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	rm -f "$cache"/"$pkg"_*.deb
fi
echo "$dir"
