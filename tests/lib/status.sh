#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Runs a command and, when FK_STATUS names a file, writes its exit status
# there too: make turns any failing status into 2, and ./run hands the
# tool's own back (check: 0 pass, 1 a row fails; explore: 0 clean, 1 a
# scenario breaks a rule or crashes; regress: 0 same, 1 changed, 3 a
# broken rule, 2 or 125 no verdict). A status of make's own (a build
# that fails, a refusal) stays 2.
"$@"
rc=$?
[ -z "${FK_STATUS:-}" ] || echo "$rc" > "$FK_STATUS"
exit "$rc"
