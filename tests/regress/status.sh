#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs a command and, when FK_REGRESS_STATUS names a file, writes its
# exit status there too: make turns any failing status into 2, and
# ./run regress hands make regress's own back (0, 1, 3; 2 or 125).
"$@"
rc=$?
[ -z "${FK_REGRESS_STATUS:-}" ] || echo "$rc" > "$FK_REGRESS_STATUS"
exit "$rc"
