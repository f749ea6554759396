# SPDX-License-Identifier: GPL-2.0
# Kernels as profiles: every profile's table in make test, branch reports,
# and scenario diffs across kernels (make compare). Profiles are found
# from tests/<k>/profile.mk; nothing here names one.

.PHONY: branches test-profiles compare
HELP += '  make branches     every branch of the profile'"'"'s functions taken? (tests/<k>/branches.txt)'
HELP += '  make compare      one scenario set on every kernel: where outcomes differ'
HELP += '  make check KERNEL=6.1|6.12 [KSRC=tree]  Debian'"'"'s 6.1 or 6.12 LTS fault.c, fetched once, or your tree'
TEST_STEPS += test-profiles

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

# Every profile but the default (whose steps are make test's others): its
# table, also under ASan/UBSan, its golden behaviour (when recorded), its
# patches' reports (tests/<k>/patches), its own self-tests
# (tests/<k>/selftest*.sh) and its branches; then the cross-kernel diffs.
test-profiles:
	$(Q)set -e; for k in $(filter-out $(KERNEL),$(PROFILES)); do \
		echo "-- KERNEL=$$k"; \
		$(MAKE) --no-print-directory check KERNEL=$$k; \
		out=$$($(MAKE) --no-print-directory check KERNEL=$$k SANITIZE=1 2>&1) || \
			{ echo "$$out"; exit 1; }; \
		echo "$$out" | tail -1; \
		[ ! -d tests/$$k/golden ] || \
			$(MAKE) --no-print-directory golden-check KERNEL=$$k; \
		[ ! -d tests/$$k/patches ] || \
			$(MAKE) --no-print-directory regress-selftest KERNEL=$$k; \
		for t in tests/$$k/selftest*.sh; do \
			[ ! -f "$$t" ] || sh "$$t" $(O); \
		done; \
		$(MAKE) --no-print-directory branches KERNEL=$$k; \
	done
	$(Q)$(MAKE) --no-print-directory compare

compare:
	$(Q)python3 tests/compare/compare.py --o '$(O)' tests/compare/scenarios.txt
