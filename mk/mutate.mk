# SPDX-License-Identifier: GPL-2.0
# Mutation testing: does the table catch a wrong branch, not just run it?

.PHONY: mutate test-mutate-branches
HELP += '  make mutate       mutants of fault.c (or FAULT_C=), built as one schema, against'
HELP += '                    the table and the golden files, both cores (JOBS=n)'
HELP += '  make test-mutate-branches   every branch condition inverted must fail the table'
HELP += '  make test-mutate-schema     the mutant schema holds the mutants it should'
HELP_VARS += '  JOBS=n            mutate: mutants run at once (default 2)'
HELP_VARS += '  CLEAN_TEST=1      bench: also make test in a clean clone of HEAD'
VARS.mutate = $(VARS_BUILD) JOBS
VARS.test-mutate-branches = $(VARS_BUILD)
VARS.test-mutate-schema = $(VARS_BUILD)
VARS.bench = CLEAN_TEST
TEST_STEPS += test-mutate-branches

# A profile may scope mutants to some functions (MUTATE_SCOPE) and keep
# its own reviewed equivalents (MUTATE_EQUIV); see tests/<k>/profile.mk.
# mutate.py's sub-makes see only the variables it is given. The golden
# files pin what rows do not state: the unit they were made from (the
# profile's fault.c, or KSRC='s once `make golden` recorded it) must
# behave as they say, and a mutant that moves a row's behaviour is killed
# by that row; another file is held to its own behaviour.
MUTATE_GOLDEN = $(if $(filter $(GOLDEN_UNIT),$(FAULT_C)),$(if \
		$(wildcard $(GOLDEN_DIR)/*.txt),--golden $(GOLDEN_DIR)))
MUTATE_COMMON = $(if $(MUTATE_SCOPE),--scope $(MUTATE_SCOPE)) \
	      $(MUTATE_GOLDEN) KERNEL=$(KERNEL) O=$(O) \
	      $(if $(SANITIZE),SANITIZE=$(SANITIZE)) $(if $(M32),M32=$(M32))
MUTATE_ARGS = $(MUTATE_COMMON) \
	      $(if $(MUTATE_EQUIV),--equivalent $(MUTATE_EQUIV))

mutate: $(TESTBIN)
	$(Q)python3 tests/mutate/mutate.py --fault-c '$(FAULT_ABS)' \
		--jobs $${JOBS:-2} $(MUTATE_ARGS)

# The mutant schema holds what it should, and a mutant run from it is the
# mutant built on its own.
.PHONY: test-mutate-schema
TEST_STEPS += test-mutate-schema
test-mutate-schema: $(TESTBIN)
	$(Q)python3 tests/mutate/selftest.py --fault-c '$(FAULT_ABS)' \
		$(MUTATE_COMMON)

# Issue 2's promise: every branch condition of the unit, inverted, fails
# the table and the failure names rows.
test-mutate-branches: $(TESTBIN)
	$(Q)python3 tests/mutate/mutate.py --fault-c '$(FAULT_ABS)' \
		--ops negate-if --jobs 2 $(MUTATE_ARGS)

.PHONY: bench
HELP += '  make bench        speed figures: build, rows/s, mutation campaigns, a hanging unit'
HELP += '                    (CLEAN_TEST=1: also make test in a clean clone of HEAD)'
bench:
	$(Q)python3 tests/bench/bench.py $(if $(filter 1,$(CLEAN_TEST)),--clean-test)
