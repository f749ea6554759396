#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# extract.py, which fetch-source.sh trusts to take a few files out of
# Debian's kernel tarball without reading all of it: on a name-sorted
# tar in small xz blocks, with a member in the first block, one in the
# last, one spanning blocks, a long name and a folder whose name shares
# a prefix with a neighbour, it gives what tar gives. On an archive it
# cannot seek (members out of order, one block) it exits 3 having
# written nothing, so that the caller reads the whole stream instead.
set -eu
o=${1:-build}
t=$o/extract-selftest
here=$(dirname "$0")
rm -rf "$t"
mkdir -p "$t/top/d/sub" "$t/top/d-x" "$t/top/z"

# Contents that do not compress away, so that the blocks stay small.
noise() {	# noise FILE KiB
	head -c "$(($2 * 1024))" /dev/urandom | od -An -tx1 > "$1"
}
noise "$t/top/Makefile" 1
noise "$t/top/a-big" 60
noise "$t/top/d/one.c" 2
noise "$t/top/d/sub/two.py" 3
noise "$t/top/d-x/other" 10
long=$(printf 'l%.0s' $(seq 120))
noise "$t/top/d/$long" 1
noise "$t/top/m-spans" 40
noise "$t/top/z/last.c" 1

# Debian's order: whole paths sorted bytewise (d, d-x, d/one.c), which is
# not tar --sort=name's (d, d/one.c, d-x).
pack() {	# pack NAME [tar options]: NAME.tar.xz of top/, 16 KiB blocks
	name=$1
	shift
	(cd "$t" && find top | LC_ALL=C sort |
		tar -c --format=gnu --no-recursion "$@" -T -) |
		xz -q -0 --block-size=16384 > "$t/$name.tar.xz"
}
pack sorted
members="Makefile d m-spans z/last.c"
mkdir -p "$t/ref"
xz -dc "$t/sorted.tar.xz" | tar -x -C "$t/ref" --strip-components=1 \
	top/Makefile top/d top/m-spans top/z/last.c
blocks=$(xz --robot --list "$t/sorted.tar.xz" |
	awk '$1 == "totals" { print $3 }')
[ "$blocks" -gt 10 ] || {
	echo "selftest-extract: only $blocks xz blocks; the test needs many"
	exit 1
}
# shellcheck disable=SC2086
python3 "$here/extract.py" "$t/sorted.tar.xz" "$t/got" $members
if ! diff -r "$t/ref" "$t/got" >/dev/null; then
	echo "selftest-extract: extract.py differs from tar:"
	diff -r "$t/ref" "$t/got" | head -20
	exit 1
fi
echo "selftest-extract: $(find "$t/got" -type f | wc -l) files out of" \
	"$blocks xz blocks, as tar gives them"

cannot() {	# cannot NAME WHY: NAME.tar.xz is refused
	rc=0
	# shellcheck disable=SC2086
	python3 "$here/extract.py" "$t/$1.tar.xz" "$t/$1" $members \
		2> "$t/$1.err" || rc=$?
	if [ "$rc" != 3 ] || [ -n "$(find "$t/$1" -type f 2>/dev/null)" ]; then
		echo "selftest-extract: $2: exit $rc (expected 3, nothing written)"
		cat "$t/$1.err"
		exit 1
	fi
	echo "selftest-extract: $2: exit 3, nothing written"
}
# z/ renamed 0/ as it is written: last in the archive, first by name
pack unsorted --transform='s,^top/z,top/0,'
cannot unsorted "an archive out of name order"
(cd "$t" && find top | LC_ALL=C sort | tar -c --no-recursion -T -) |
	xz -q -0 > "$t/one-block.tar.xz"
cannot one-block "one xz block"
