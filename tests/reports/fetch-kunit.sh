#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Prints the path of the kernel's kunit.py, taken from Debian's
# linux-source-6.1 package (tests/6.1/fetch-source.sh, which the 6.1
# profile shares: one download, one extraction).
set -eu
dir=$(sh "$(dirname "$0")/../6.1/fetch-source.sh" "${1:-build/cache}")
echo "$dir/tools/testing/kunit/kunit.py"
