# SPDX-License-Identifier: GPL-2.0
#
# Golden behaviour and patch regression reports (tests/regress/).
#   make golden                 record every row's behaviour on the in-tree
#                               fault.c under tests/$(KERNEL)/golden/
#   make golden-check           the recorded behaviour must still hold
#   make regress PATCH=x.diff   apply a patch to a copy of fault.c, report
#                               which rows behave differently
#   make regress FAULT_C=path   the same for an already-patched file

GOLDEN_DIR := tests/$(KERNEL)/golden
REGRESS_PY := python3 tests/regress/regress.py

HELP += '  make golden       record every row'"'"'s behaviour as tests/<k>/golden'
HELP += '  make golden-check the golden files must match the in-tree fault.c'
HELP += '  make regress PATCH=x.diff | FAULT_C=path   which rows a patch changes'
HELP += '                    (JSON=file for CI, QUIET=1 hides unchanged rows)'
HELP += '  make regress-selftest   the patches of tests/<k>/patches give their report'

TEST_STEPS += golden-check regress-selftest

# regress.py builds patched units with REGRESS_COV=1 in its own O: only
# the unit carries gcov counters, so a row's run stays cheap.
ifeq ($(REGRESS_COV),1)
UNIT_CFLAGS_VAR += --coverage
LDFLAGS_VAR += --coverage
endif

.PHONY: golden golden-check regress regress-selftest \
	golden-in-tree-only

# The golden files describe the in-tree fault.c and nothing else.
golden-in-tree-only:
	@test '$(FAULT_C)' = '$(DEFAULT_FAULT_C)' || { \
	  echo 'faultkit: golden files record the in-tree $(DEFAULT_FAULT_C) only;'; \
	  echo '  use make regress FAULT_C=$(FAULT_C) to compare another file'; \
	  exit 2; }

golden: golden-in-tree-only $(TESTBIN)
	$(Q)python3 tests/regress/golden.py write $(TESTBIN) $(GOLDEN_DIR)

golden-check: golden-in-tree-only $(TESTBIN)
	$(Q)python3 tests/regress/golden.py check $(TESTBIN) $(GOLDEN_DIR)

REGRESS_COMMON = --o '$(O)' --golden $(GOLDEN_DIR) \
	--kernel $(KERNEL) --base '$(DEFAULT_FAULT_C)'

# FAULT_C is passed only when the user gave another file than the default.
REGRESS_ARGS = $(REGRESS_COMMON) $(if $(PATCH),--patch '$(PATCH)') \
	$(if $(filter-out $(DEFAULT_FAULT_C),$(FAULT_C)),--fault-c '$(FAULT_C)') \
	$(if $(JSON),--json '$(JSON)') $(if $(filter 1,$(QUIET)),--quiet)

# A fetched fault.c (KERNEL=6.1) must be there before it is copied.
regress: $(DEFAULT_FAULT_C)
	$(Q)$(REGRESS_PY) $(REGRESS_ARGS)

regress-selftest:
	$(Q)python3 tests/regress/selftest.py $(REGRESS_COMMON)
