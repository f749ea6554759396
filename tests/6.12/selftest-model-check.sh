#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The 6.1 self-test of make model-check, for 6.12 (KERNEL is set).
exec sh tests/6.1/selftest-model-check.sh "$@"
