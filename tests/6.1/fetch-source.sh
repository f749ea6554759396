#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Fetches what the project reads from Debian's linux-source-SERIES
# package, the way a user would: `apt-get download`, then only the files
# needed (Makefile for the version, arch/x86/mm/fault.c,
# tools/testing/kunit) extracted into the build cache in one pass: xz
# must decompress the whole stream each time. Never committed. Prints
# the folder. The 6.1 profile and the profiles built on it share it.
#
# usage: fetch-source.sh CACHE [SERIES]
#        (SERIES defaults to 6.1; the folder is CACHE/linux-source-SERIES)
set -eu
cache=${1:-build/cache}
series=${2:-6.1}
pkg=linux-source-$series
dir=$cache/$pkg
want="Makefile arch/x86/mm/fault.c tools/testing/kunit/kunit.py"

have=1
for f in $want; do
	[ -f "$dir/$f" ] || have=0
done
if [ $have = 0 ]; then
	mkdir -p "$cache"
	(cd "$cache" && rm -f "$pkg"_*.deb &&
	 apt-get download -q "$pkg" >/dev/null 2>&1) || {
		echo "faultkit: apt-get download $pkg failed" \
		     "(no network or no apt lists? try: apt-get update)" >&2
		exit 2
	}
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	dpkg-deb --fsys-tarfile "$cache"/"$pkg"_*.deb |
		tar -xO ./usr/src/"$pkg".tar.xz | xz -dc |
		tar -x -C "$dir.tmp" --strip-components=1 \
			"$pkg"/Makefile \
			"$pkg"/arch/x86/mm/fault.c \
			"$pkg"/tools/testing/kunit
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	rm -f "$cache"/"$pkg"_*.deb
fi
echo "$dir"
