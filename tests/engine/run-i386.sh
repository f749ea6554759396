#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs an i386 test binary: natively when the kernel has IA32 emulation,
# else under qemu-i386 (Debian's qemu-user), else says what is missing.
bin=$1
shift
if "$bin" --list >/dev/null 2>&1; then
	exec "$bin" "$@"
fi
if command -v qemu-i386 >/dev/null 2>&1; then
	exec qemu-i386 "$bin" "$@"
fi
echo "faultkit: this kernel cannot run i386 binaries and qemu-i386 is missing"
echo "  apt-get install -y qemu-user"
exit 2
