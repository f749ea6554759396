#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Fetches what the project reads from Debian's linux-source-6.1 package,
# the way a user would: `apt-get download`, then only the files needed
# (Makefile for the version, arch/x86/mm/fault.c, tools/testing/kunit)
# extracted into the build cache. Never committed. Prints the folder.
#
# usage: fetch-source.sh CACHE   (the folder is CACHE/linux-source-6.1)
set -eu
cache=${1:-build/cache}
dir=$cache/linux-source-6.1
want="Makefile arch/x86/mm/fault.c tools/testing/kunit/kunit.py"

have=1
for f in $want; do
	[ -f "$dir/$f" ] || have=0
done
if [ $have = 0 ]; then
	mkdir -p "$cache"
	(cd "$cache" && rm -f linux-source-6.1_*.deb &&
	 apt-get download -q linux-source-6.1 >/dev/null 2>&1) || {
		echo "faultkit: apt-get download linux-source-6.1 failed" \
		     "(no network or no apt lists? try: apt-get update)" >&2
		exit 2
	}
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	# xz must decompress the stream up to the last member: ~10 s.
	dpkg-deb --fsys-tarfile "$cache"/linux-source-6.1_*.deb |
		tar -xO ./usr/src/linux-source-6.1.tar.xz | xz -dc |
		tar -x -C "$dir.tmp" --strip-components=1 \
			linux-source-6.1/Makefile \
			linux-source-6.1/arch/x86/mm/fault.c \
			linux-source-6.1/tools/testing/kunit
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	rm -f "$cache"/linux-source-6.1_*.deb
fi
echo "$dir"
