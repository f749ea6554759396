# SPDX-License-Identifier: GPL-2.0
# Kernels as profiles: the 6.1 profile in make test, its branch report,
# and scenario diffs across kernels (make compare).

.PHONY: branches test-6.1 compare
HELP += '  make branches     every branch of the profile'"'"'s functions taken? (tests/<k>/branches.txt)'
HELP += '  make compare      one scenario set on every kernel: where outcomes differ'
HELP += '  KERNEL=6.1        Debian'"'"'s 6.1 LTS fault.c (fetched once); KSRC=tree to use your own'
TEST_STEPS += test-6.1

# The --coverage build of the unit in use, its counters reset, the table
# run once, then gcov's branches of the functions the profile lists.
BR_B := $(O)/$(VARIANT)$(if $(filter 1,$(COVERAGE)),,-cov)
BR_DIR := $(BR_B)/$(notdir $(UNIT_DIR))
branches:
	$(Q)$(MAKE) --no-print-directory build COVERAGE=1 >/dev/null
	$(Q)find $(BR_B) -name '*.gcda' -delete
	$(Q)$(RUN_TESTBIN) $(BR_DIR)/faultkit-$(KERNEL) --results >/dev/null || \
		{ echo 'faultkit: the table fails; branches need a passing table'; exit 1; }
	$(Q)python3 coverage/branches.py --objdir $(BR_DIR) \
		--source '$(FAULT_C)' --config tests/$(KERNEL)/branches.txt

# The 6.1 profile: its table (also under ASan/UBSan), the refusal of trees
# it does not know, its branches, and the cross-kernel diffs.
test-6.1:
	$(Q)$(MAKE) --no-print-directory check KERNEL=6.1
	$(Q)out=$$($(MAKE) --no-print-directory check KERNEL=6.1 SANITIZE=1 2>&1); \
		rc=$$?; echo "$$out" | tail -1; exit $$rc
	$(Q)sh tests/6.1/selftest-version.sh $(O)
	$(Q)$(MAKE) --no-print-directory branches KERNEL=6.1
	$(Q)$(MAKE) --no-print-directory compare

compare:
	$(Q)python3 tests/compare/compare.py tests/compare/scenarios.txt
