#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Fetches the configuration Debian builds its amd64 kernel of SERIES with:
# `apt-get download linux-config-SERIES` (1.5 MB), then the flavour
# "amd64_none_amd64" (the linux-image-amd64 kernel) decompressed into the
# build cache, with a first line naming it (tests/x86/kconfig.sh prints
# that name). Never committed. Prints the file. The 6.1 profile and the
# profiles built on it share it.
#
# usage: fetch-config.sh CACHE SERIES
set -eu
cache=${1:-build/cache}
series=${2:-6.1}
pkg=linux-config-$series
flavour=amd64_none_amd64
dir=$cache/$pkg
out=$dir/config

mkdir -p "$cache"
exec 9>"$cache/$pkg.lock"
flock 9

if [ ! -f "$out" ]; then
	rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
	(cd "$dir.tmp" && apt-get download -q "$pkg" >/dev/null 2>&1) || {
		rm -rf "$dir.tmp"
		echo "faultkit: apt-get download $pkg failed" \
		     "(no network or no apt lists? try: apt-get update;" \
		     "or give a tree with a .config: KSRC=path)" >&2
		exit 2
	}
	deb=$(ls "$dir.tmp"/"$pkg"_*.deb)
	version=$(dpkg-deb -f "$deb" Version)
	dpkg-deb -x "$deb" "$dir.tmp/x"
	xz=$dir.tmp/x/usr/src/$pkg/config.$flavour.xz
	[ -f "$xz" ] || {
		echo "faultkit: $deb has no config.$flavour.xz" >&2
		exit 2
	}
	{
		echo "# faultkit: Debian $pkg $version, config.$flavour"
		xz -dc "$xz"
	} > "$dir.tmp/config"
	rm -rf "$dir" && mkdir -p "$dir"
	mv "$dir.tmp/config" "$out"
	rm -rf "$dir.tmp"
fi
echo "$out"
