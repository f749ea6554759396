# SPDX-License-Identifier: GPL-2.0
#
# Golden behaviour (tests/regress/).
#   make golden                 record every row's behaviour on the in-tree
#                               fault.c under tests/golden/$(KERNEL)/
#   make golden-check           the recorded behaviour must still hold

GOLDEN_DIR := tests/golden/$(KERNEL)

HELP += '  make golden       record every row'"'"'s behaviour as tests/golden/ (baseline)'
HELP += '  make golden-check the golden files must match the in-tree fault.c'

TEST_STEPS += golden-check

.PHONY: golden golden-check need-in-tree

# The golden files describe the in-tree fault.c and nothing else.
need-in-tree:
	@test '$(FAULT_C)' = '$(DEFAULT_FAULT_C)' || { \
	  echo 'faultkit: golden files record the in-tree $(DEFAULT_FAULT_C) only;'; \
	  echo '  use make regress FAULT_C=$(FAULT_C) to compare another file'; \
	  exit 2; }

golden: need-in-tree $(TESTBIN)
	$(Q)python3 tests/regress/golden.py write $(TESTBIN) $(GOLDEN_DIR)

golden-check: need-in-tree $(TESTBIN)
	$(Q)python3 tests/regress/golden.py check $(TESTBIN) $(GOLDEN_DIR)
