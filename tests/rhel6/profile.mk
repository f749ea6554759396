# SPDX-License-Identifier: GPL-2.0
# The RHEL6 profile: the seed's four functions, in the tree, never edited;
# or a whole RHEL 6 arch/x86/mm/fault.c (FAULT_C=, or KSRC= a RHEL 6 tree),
# unmodified, whose own functions then replace our model of the rest.
DEFAULT_FAULT_C := arch/x86/mm/fault.c

ifneq ($(KSRC),)
ifeq ($(wildcard $(KSRC)/arch/x86/mm/fault.c),)
$(error faultkit: KSRC=$(KSRC): no arch/x86/mm/fault.c there (want a RHEL 6 source tree))
endif
FAULT_C ?= $(KSRC)/arch/x86/mm/fault.c
endif
FAULT_C ?= $(DEFAULT_FAULT_C)

# excerpt, whole, or other (refused by need-rhel6-source, with the reason)
RHEL6_UNIT := $(shell sh tests/rhel6/check-source.sh --kind '$(FAULT_C)')

ifeq ($(RHEL6_UNIT),whole)
ifeq ($(M32),1)
$(error faultkit: a whole fault.c builds as x86_64 only (its 32-bit half needs an i386 shim); M32=1 runs the excerpt)
endif
# Its own functions are the real ones: our model of them is left out.
PROFILE_OMIT := stubs/rhel6/arch/x86/mm/fault_rest.c
# The file is the kernel's, written for the kernel's warning set: what
# -Wextra adds (parameters a config leaves unused) is not ours to fix.
PROFILE_UNIT_CFLAGS := -DFK_FULL_FAULT_C -Wno-unused-parameter
endif

PROFILE_NEEDS := need-rhel6-source
.PHONY: need-rhel6-source
need-rhel6-source:
	$(Q)sh tests/rhel6/check-source.sh '$(FAULT_C)' '$(KSRC)'

# Mutation testing: the mutants reviewed as equivalent.
MUTATE_EQUIV := tests/rhel6/equivalent.txt
