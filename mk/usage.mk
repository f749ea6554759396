# SPDX-License-Identifier: GPL-2.0
# The way in: make help names every target and variable, the command line
# is checked (mk/vars.mk), and every command README.md shows runs.

.PHONY: test-cli
HELP += '  make test-cli     make help is complete, bad variables refused, explain PROG= as typed'
TEST_STEPS += test-cli
VARS.test-cli = V
test-cli:
	$(Q)python3 tests/cli/selftest.py

.PHONY: test-readme
HELP += '  make test-readme  README.md: at most 250 lines, and every command it shows runs'
TEST_STEPS += test-readme
VARS.test-readme = O V
test-readme:
	$(Q)python3 tests/readme/selftest.py --o '$(O)'
