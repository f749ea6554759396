# SPDX-License-Identifier: GPL-2.0
# Kernels as profiles: every profile's table in make test, branch reports,
# and scenario diffs across kernels (make compare). Profiles are found
# from tests/<k>/profile.mk; nothing here names one.

.PHONY: branches test-profiles test-pick compare sources fetch-source \
	fetch-newer
HELP += '  make branches     every branch of the profile'"'"'s functions taken? (tests/<k>/branches.txt)'
HELP += '  make compare      one scenario set on every kernel: where outcomes differ'
HELP += '  make check KERNEL=6.1|6.12  Debian'"'"'s 6.1 or 6.12 LTS fault.c, fetched once'
HELP += '  make check KSRC=tree   your tree'"'"'s fault.c, its version picking the profile'
HELP += '  make sources      fetch every profile'"'"'s kernel source, or a newer one Debian has (make test'"'"'s: what is there)'
HELP += '  make fetch-source the profile'"'"'s kernel source alone;  make fetch-newer  or a newer one'
HELP += '  make test-profiles   every profile but the default: its table, golden files, patches'
HELP += '  make test-pick    KSRC= and FAULT_C= alone pick the profile (small trees, no build)'
VARS.branches = $(VARS_BUILD)
VARS.compare = O V
VARS.sources = O V
VARS.fetch-source = $(VARS_ANY)
VARS.fetch-newer = $(VARS_ANY)
VARS.test-profiles = $(VARS_ANY)
VARS.test-pick = O V
TEST_STEPS += test-pick test-profiles
TEST_BUILDS += $(foreach k,$(filter-out \
	$(KERNEL),$(PROFILES_SHIPPED)),$(k)/plain \
	$(k)/san $(k)/unitcov)

# The --coverage build of the unit in use, its counters reset, the table
# run once, then gcov's branches of the functions the profile lists.
BR_DIR := $(B)/unit-cov$(UNIT_ID_TAG)
branches:
	$(Q)$(MAKE) --no-print-directory build UNIT_COV=1 >/dev/null
	$(Q)rm -f $(BR_DIR)/*.gcda
	$(Q)$(RUN_TESTBIN) $(BR_DIR)/faultkit-$(KERNEL) --results >/dev/null || \
		{ echo 'faultkit: the table fails; branches need a passing table (make check KERNEL=$(KERNEL) names the rows)'; exit 1; }
	$(Q)python3 coverage/branches.py --objdir $(BR_DIR) \
		--source '$(FAULT_C)' --config tests/$(KERNEL)/branches.txt

# Every profile but the default (whose steps are make test's others): its
# table, also under ASan/UBSan, its golden behaviour (when recorded), its
# patches' reports (tests/<k>/patches), its own self-tests
# (tests/<k>/selftest*.sh) and its branches; then the cross-kernel diffs.
# The profiles share nothing they write, so they run side by side (their
# steps are mostly one process each), each into a log printed in order.
# The recipe's make calls come from $(call): '+' tells make they are
# sub-makes, which share its jobserver.
PROFILE_STEPS = \
	$(MAKE) --no-print-directory check KERNEL=$(1) && \
	{ out=$$($(MAKE) --no-print-directory check KERNEL=$(1) SANITIZE=1 2>&1) || \
		{ echo "$$out"; false; }; } && echo "$$out" | tail -1 && \
	{ [ ! -d tests/$(1)/golden ] || \
		$(MAKE) --no-print-directory golden-check KERNEL=$(1); } && \
	$(MAKE) --no-print-directory regress-selftest KERNEL=$(1) && \
	for t in tests/$(1)/selftest*.sh; do \
		[ ! -f "$$t" ] || MAKEFLAGS= KERNEL=$(1) sh "$$t" $(O) || exit 1; \
	done && \
	$(MAKE) --no-print-directory branches KERNEL=$(1)

OTHER_PROFILES = $(filter-out $(KERNEL),$(PROFILES_SHIPPED))
test-profiles:
	$(Q)mkdir -p $(O)/test-profiles
	+$(Q)$(foreach k,$(OTHER_PROFILES),( set -e; $(call PROFILE_STEPS,$(k)) ) \
		> $(O)/test-profiles/$(k).log 2>&1 & pid_$(subst .,_,$(k))=$$!;) \
	fail=; for k in $(OTHER_PROFILES); do \
		eval pid=\$$pid_$$(echo $$k | tr . _); \
		echo "-- KERNEL=$$k"; \
		wait $$pid || fail="$$fail $$k"; \
		cat $(O)/test-profiles/$$k.log; \
	done; \
	[ -z "$$fail" ] || { echo "test-profiles: failed for KERNEL=$${fail# }"; exit 1; }
	$(Q)for k in $(filter-out $(PROFILES_SHIPPED),$(PROFILES)); do \
		echo "-- KERNEL=$$k: runs a tree only (KSRC=), none ships"; done
	$(Q)$(MAKE) --no-print-directory compare

# The choice of profile (tests/kernels/pick.sh) on trees it makes.
test-pick:
	$(Q)sh tests/kernels/selftest.sh $(O)

# Every profile's kernel source (PROFILE_FETCH), fetched side by side.
# At the prompt, make sources also takes a newer version Debian offers
# now (PROFILE_FETCH_NEWER, which says so); make test's keeps what is
# there, so that a run's kernel does not move under it.
sources:
	$(Q)for k in $(PROFILES); do \
		$(MAKE) --no-print-directory fetch-$(if $(filter \
			0,$(MAKELEVEL)),newer,source) KERNEL=$$k & \
	done; wait
fetch-source: $(PROFILE_FETCH)
	@:
fetch-newer: $(PROFILE_FETCH)
	$(if $(PROFILE_FETCH_NEWER),$(Q)$(PROFILE_FETCH_NEWER),@:)

compare:
	$(Q)python3 tests/compare/compare.py --o '$(O)' tests/compare/scenarios.txt
