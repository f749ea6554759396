# SPDX-License-Identifier: GPL-2.0
# The RHEL6 profile: the seed's four functions, in the tree, never edited;
# or a whole RHEL 6 arch/x86/mm/fault.c (FAULT_C=, or KSRC= a RHEL 6 tree),
# unmodified, whose own functions then replace our model of the rest.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): RHEL 6.5, the kernel of the seed (2.6.32-431), whose file has
# RHEL 6's __do_page_fault(regs, address, error_code) (check-source.sh
# tells the excerpt from the whole file by it too), and 6.6 until its
# z-stream took the v3.12 fault path (tests/rhel6.8): these files leave
# a retry and an error to mm_fault_error(), which says whether to return.
PICK.rhel6.versions := rhel6.5..rhel6.6
PICK.rhel6.needs += __do_page_fault\(struct pt_regs \*regs, *unsigned long address
PICK.rhel6.has += if \(mm_fault_error\(
DEFAULT_FAULT_C := arch/x86/mm/fault.c

# (A KSRC= tree is checked before this file is read: tests/kernels/pick.sh.)
ifneq ($(KSRC),)
FAULT_C ?= $(KSRC)/arch/x86/mm/fault.c
endif
FAULT_C ?= $(DEFAULT_FAULT_C)

# excerpt, whole, or other (refused before: tests/kernels/pick.sh)
RHEL6_UNIT := $(shell sh tests/rhel6/check-source.sh --kind '$(FAULT_C)')

ifeq ($(RHEL6_UNIT),whole)
ifeq ($(M32),1)
$(call refuse_run,faultkit: a whole fault.c builds as x86_64 only (its 32-bit half needs an i386 shim): leave out M32=1, which runs the excerpt)
endif
# Its own functions are the real ones: our model of them is left out.
PROFILE_OMIT := stubs/rhel6/arch/x86/mm/fault_rest.c
# The file is the kernel's, written for the kernel's warning set: what
# -Wextra adds (parameters a config leaves unused) is not ours to fix.
PROFILE_UNIT_CFLAGS := -DFK_FULL_FAULT_C -Wno-unused-parameter
endif

# The kernel's configuration (mk/kconfig.mk): a tree's .config (KSRC=), a
# file (KCONFIG=), or RHEL 6.5's, as far as the shim reads it. Whether
# the build is 32 or 64-bit is the build's (M32=1), not the file's.
PROFILE_KCONFIG := tests/rhel6/kconfig
PROFILE_KCONFIG_OPTIONS := MEMORY_FAILURE EFI KPROBES MMIOTRACE KMEMCHECK \
	HUGETLB_PAGE KEXEC CRASH_DUMP DEFAULT_MMAP_MIN_ADDR SECURITY \
	LSM_MMAP_MIN_ADDR SECURITY_SELINUX SECURITY_SELINUX_BOOTPARAM \
	SECURITY_SELINUX_BOOTPARAM_VALUE
# make check's first line: the kernel it runs
PROFILE_VERSION = sh tests/rhel6/check-source.sh --version '$(FAULT_C)' '$(KSRC)'

# The profile's name and bases, for the rows' FK_ON (tests/rhel6.8 is
# built on this one).
RHEL6_COMMA := ,
PROFILE_CFLAGS += -DFK_PROFILE_NAME='"$(KERNEL)"' \
	-DFK_PROFILE_BASES='$(patsubst %,"%"$(RHEL6_COMMA),$(PROFILE_BASE))'

# faultkit explain replays captures through this profile's model.
PROFILE_EXPLAIN := 1

# Mutation testing: the mutants reviewed as equivalent.
MUTATE_EQUIV := tests/rhel6/equivalent.txt

# ---- whole files ----------------------------------------------------------
# CI cannot fetch the real file: it runs the whole-file mechanism on one
# assembled at test time from the seed and our model of the rest.
REST := stubs/rhel6/arch/x86/mm/fault_rest
ASSEMBLED := $(O)/rhel6-assembled
ASSEMBLED_C := $(ASSEMBLED)/arch/x86/mm/fault.c
$(ASSEMBLED_C): $(DEFAULT_FAULT_C) $(REST).h $(REST).c tests/rhel6/assemble-whole.py
	$(Q)python3 tests/rhel6/assemble-whole.py $(DEFAULT_FAULT_C) \
		$(REST).h $(REST).c $(ASSEMBLED)

# make model-check: the excerpt with our model of the rest against a whole
# file, the one given (FAULT_C=, KSRC=) or the assembled one; SCENARIOS=
# a scenario file to run instead of the table.
MODEL_WHOLE := $(if $(filter whole,$(RHEL6_UNIT)),$(FAULT_C),$(ASSEMBLED_C))
.PHONY: model-check test-whole
HELP += '  make model-check  our model of the rest of fault.c against a whole file'
HELP += '                    (KSRC=, FAULT_C=, or the assembled one; SCENARIOS=file)'
HELP += '  make test-whole   (rhel6) the whole-file mechanism on the assembled file'
HELP_VARS += '  SCENARIOS=file    model-check: scenarios to run instead of the table'
VARS.model-check = $(VARS_ANY) KSRC FAULT_C SCENARIOS QUIET
VARS.test-whole = $(VARS_ANY)
model-check: $(ASSEMBLED_C)
	$(Q)e=$$($(MAKE) -s --no-print-directory testbin KSRC= \
		FAULT_C=$(DEFAULT_FAULT_C) | tail -1) && \
	w=$$($(MAKE) -s --no-print-directory testbin KSRC= \
		FAULT_C=$(MODEL_WHOLE) | tail -1) && \
	python3 tests/rhel6/model-check.py $$e $$w \
		tests/rhel6/model-differences.txt $(SCENARIOS) \
		$(if $(filter 1,$(QUIET)),--quiet)

# The assembled file's table, plain and sanitized, against the model,
# and the whole-file self-tests: trees and files refused, patches (the
# script runs make itself: "+" hands it make's jobserver).
test-whole: $(ASSEMBLED_C)
	$(Q)$(MAKE) --no-print-directory check KSRC=$(ASSEMBLED)
	$(Q)out=$$($(MAKE) --no-print-directory check KSRC=$(ASSEMBLED) \
		SANITIZE=1 2>&1) || { echo "$$out"; exit 1; }; \
	echo "$$out" | tail -1
	$(Q)out=$$($(MAKE) --no-print-directory model-check QUIET=1 2>&1) || \
		{ echo "$$out"; exit 1; }; echo "$$out" | tail -1
	+$(Q)sh tests/rhel6/selftest-whole.sh $(O)

PROFILE_TEST_STEPS := test-whole
