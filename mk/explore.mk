# SPDX-License-Identifier: GPL-2.0
# make explore: every scenario of the profile's input space through its
# unit (tests/engine/explore.c, tests/x86/space.c), each checked against
# every invariant and model rule. A broken rule, a crash or a hang fails.
#
#   make explore [KERNEL=k] [UNUSUAL=n] [JSON=file] [ROWS=file] [LIST=file]
#                [SPACE=1: how many scenarios took each value of each input]

UNUSUAL ?= 2
EXPLORE_JOBS ?= 2
EXPLORE_RULES := tests/x86/impossible.txt

HELP += '  make explore      every scenario of the input space (UNUSUAL=n, JSON=, ROWS=, SPACE=1)'

.PHONY: explore explore-build
explore-build: need-fault-c
	$(Q)$(MAKE) --no-print-directory build EXPLORE=1

# the binary's path as make testbin prints it, the build done just before
explore: explore-build
	$(Q)bin=$$($(MAKE) --no-print-directory -s testbin EXPLORE=1 | tail -1) && \
	sh tests/lib/status.sh $(RUN_TESTBIN) $$bin --explore \
		--rules $(EXPLORE_RULES) \
		--unusual $(UNUSUAL) --jobs $(EXPLORE_JOBS) \
		$(if $(JSON),--json '$(JSON)') $(if $(ROWS),--rows '$(ROWS)') \
		$(if $(LIST),--list '$(LIST)') $(if $(filter 1,$(SPACE)),--space)

# The explorer's own tests: for every profile, the space breaks no rule
# and the rows it writes pass as rows; for the default profile, units
# that break a rule, crash or hang are refused.
HELP += '  make explore-selftest   rows the explorer writes replay; bad units refused'
TEST_STEPS += explore-selftest
TEST_BUILDS += $(foreach k,$(PROFILES_SHIPPED),$(k)/explore $(k)/explorecov \
	$(k)/unitcov) $(KERNEL)/sanexplore
.PHONY: explore-selftest
explore-selftest:
	$(Q)python3 tests/explore/selftest.py $(KERNEL) \
		$(filter-out $(KERNEL),$(PROFILES_SHIPPED)) --o '$(O)' \
		--unit-checks
