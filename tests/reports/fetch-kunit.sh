#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Prints the path of the kernel's kunit.py, taken from Debian's
# linux-source-6.1 package the way a user would get it: downloaded once,
# only tools/testing/kunit extracted into the build cache, never committed.
set -eu
cache=${1:-build/cache}
dir=$cache/linux-source-6.1
kunit=$dir/tools/testing/kunit/kunit.py
if [ ! -f "$kunit" ]; then
	mkdir -p "$cache"
	(cd "$cache" && rm -f linux-source-6.1_*.deb &&
	 apt-get download -q linux-source-6.1 >/dev/null 2>&1) || {
		echo "faultkit: apt-get download linux-source-6.1 failed" >&2
		exit 2
	}
	mkdir -p "$dir.tmp"
	dpkg-deb --fsys-tarfile "$cache"/linux-source-6.1_*.deb |
		tar -xO ./usr/src/linux-source-6.1.tar.xz | xz -dc |
		tar -x -C "$dir.tmp" --strip-components=1 \
			'linux-source-6.1/tools/testing/kunit'
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	rm -f "$cache"/linux-source-6.1_*.deb
fi
echo "$kunit"
