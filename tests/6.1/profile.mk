# SPDX-License-Identifier: GPL-2.0
# The 6.1 profile: Debian's linux-source-6.1 arch/x86/mm/fault.c, whole
# and unmodified, fetched into the build cache the way a user would, or
# taken from a kernel tree the user has (KSRC=path/to/linux).

ifeq ($(M32),1)
$(error faultkit: the 6.1 profile is x86_64 only; M32=1 runs the RHEL6 profile)
endif

SRC_61 := $(O)/cache/linux-source-6.1
DEFAULT_FAULT_C := $(SRC_61)/arch/x86/mm/fault.c
ifneq ($(KSRC),)
ifeq ($(wildcard $(KSRC)/arch/x86/mm/fault.c),)
$(error faultkit: KSRC=$(KSRC): no arch/x86/mm/fault.c there (want a Linux 6.1 source tree))
endif
TREE_61 := $(KSRC)
FAULT_C ?= $(KSRC)/arch/x86/mm/fault.c
else
TREE_61 := $(SRC_61)
endif

# One fetch makes both (a grouped target: make -j runs it once).
$(SRC_61)/Makefile $(DEFAULT_FAULT_C) &:
	$(Q)sh tests/6.1/fetch-source.sh $(O)/cache >/dev/null

# Only the tree the unit comes from is checked (and fetched if needed).
PROFILE_NEEDS := need-6.1-version
.PHONY: need-6.1-version
need-6.1-version: $(if $(KSRC),,$(SRC_61)/Makefile)
	$(Q)sh tests/6.1/check-version.sh '$(TREE_61)' \
		'$(if $(KSRC),$(KSRC)/arch/x86/mm/fault.c,$(DEFAULT_FAULT_C))'

# The file is the kernel's, written for the kernel's warning set: what
# -Wextra adds (parameters a config leaves unused, signed compares) is
# not ours to fix. Everything else stays an error.
PROFILE_UNIT_CFLAGS := -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers

# Fakes implement kernel prototypes; a model need not read every argument.
PROFILE_CFLAGS := -Wno-unused-parameter

# Coverage: the gate is these functions' branches (make coverage).
COVERAGE_SCOPE := tests/6.1/branches.txt

# Mutation testing: the functions the table answers for, and the mutants
# reviewed as equivalent there.
MUTATE_SCOPE := tests/6.1/branches.txt
MUTATE_EQUIV := tests/6.1/equivalent.txt
