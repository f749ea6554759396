# SPDX-License-Identifier: GPL-2.0
# The 6.1 profile: Debian's linux-source-6.1 arch/x86/mm/fault.c, whole
# and unmodified, fetched into the build cache the way a user would, or
# taken from a kernel tree the user has (KSRC=path/to/linux).
#
# A later LTS series builds on it (tests/<series>/profile.mk: PROFILE_BASE
# := 6.1, then this file): the profile's name is its series, and
# everything below follows $(KERNEL).

PROFILE_LP64_ONLY := 1
ifeq ($(M32),1)
$(call refuse_run,faultkit: the $(KERNEL) profile is x86_64 only: leave out M32=1 (M32=1 runs the RHEL6 profile, KERNEL=rhel6))
endif

SRC_K := $(O)/cache/linux-source-$(KERNEL)
DEFAULT_FAULT_C := $(SRC_K)/arch/x86/mm/fault.c
ifneq ($(KSRC),)
ifeq ($(wildcard $(KSRC)/arch/x86/mm/fault.c),)
$(call refuse_run,faultkit: KSRC=$(KSRC): no arch/x86/mm/fault.c there (give KSRC= the top of a Linux $(KERNEL) source tree))
endif
TREE_K := $(KSRC)
FAULT_C ?= $(KSRC)/arch/x86/mm/fault.c
else
TREE_K := $(SRC_K)
endif

# One fetch makes both (a grouped target: make -j runs it once).
$(SRC_K)/Makefile $(DEFAULT_FAULT_C) &:
	$(Q)sh tests/6.1/fetch-source.sh $(O)/cache $(KERNEL) >/dev/null

# make sources (make test starts it early) fetches without building.
PROFILE_FETCH := $(SRC_K)/Makefile $(O)/cache/linux-config-$(KERNEL)/config

# The kernel's configuration (mk/kconfig.mk): a tree's .config (KSRC=), a
# file (KCONFIG=), or Debian's own for the series, fetched once.
PROFILE_KCONFIG := $(O)/cache/linux-config-$(KERNEL)/config
$(O)/cache/linux-config-$(KERNEL)/config:
	$(Q)sh tests/6.1/fetch-config.sh $(O)/cache $(KERNEL) >/dev/null
# The options the shim and the models read from it (X!: the shim needs
# X=y); a series built on 6.1 adds its own (PROFILE_KCONFIG_OPTIONS +=).
PROFILE_KCONFIG_OPTIONS := X86_64! CPU_SUP_AMD VMAP_STACK EFI MEMORY_FAILURE \
	X86_INTEL_MEMORY_PROTECTION_KEYS LOCK_MM_AND_FIND_VMA! KFENCE \
	KFENCE_SAMPLE_INTERVAL KFENCE_NUM_OBJECTS KPROBES MMIOTRACE X86_SGX \
	X86_VSYSCALL_EMULATION LEGACY_VSYSCALL_EMULATE \
	LEGACY_VSYSCALL_XONLY LEGACY_VSYSCALL_NONE KEXEC_CORE CRASH_DUMP \
	PANIC_ON_OOPS_VALUE DEFAULT_MMAP_MIN_ADDR LSM_MMAP_MIN_ADDR \
	SECURITY HUGETLB_PAGE

# make check's first line: the kernel it runs
PROFILE_VERSION = sh tests/6.1/check-version.sh --print '$(TREE_K)'

# Only the tree the unit comes from is checked (and fetched if needed).
PROFILE_NEEDS := need-kernel-version
.PHONY: need-kernel-version
HELP_PREREQ += need-kernel-version
need-kernel-version: $(if $(KSRC),,$(SRC_K)/Makefile)
	$(Q)sh tests/6.1/check-version.sh $(KERNEL) '$(TREE_K)' \
		'$(if $(KSRC),$(KSRC)/arch/x86/mm/fault.c,$(DEFAULT_FAULT_C))' \
		'$(PROFILES)'

# The file is the kernel's, written for the kernel's warning set: what
# -Wextra adds (parameters a config leaves unused, signed compares) is
# not ours to fix. Everything else stays an error.
PROFILE_UNIT_CFLAGS := -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers

# Fakes implement kernel prototypes; a model need not read every argument.
# Rows name the kernel they expect something of (FK_ON): the profile is
# told which one it is.
PROFILE_CFLAGS := -Wno-unused-parameter -DFK_PROFILE_NAME='"$(KERNEL)"'

# Coverage: the gate is these functions' branches (make coverage).
COVERAGE_SCOPE := tests/$(KERNEL)/branches.txt

# Mutation testing: the functions the table answers for, and the mutants
# reviewed as equivalent there.
MUTATE_SCOPE := tests/$(KERNEL)/branches.txt
MUTATE_EQUIV := tests/$(KERNEL)/equivalent.txt

# make model-check: the kernel's own leaf functions, taken from the tree
# (Debian's, fetched, or KSRC=), replayed next to the model on the table
# and the explored space (UNUSUAL=, default 2): tests/6.1/leafcheck.h.
# The fetch is asked again: it gets the leaves' files a cache made before
# tests/6.1/leaves.py named them lacks, and is a look otherwise.
.PHONY: model-check
HELP += '  make model-check  the kernel'"'"'s own leaf functions replayed next to the model'
HELP += '                    (the table and the space; KSRC=, KCONFIG=, UNUSUAL=)'
VARS.model-check = $(VARS_ANY) KSRC KCONFIG UNUSUAL
model-check: need-kernel-version
	$(Q)$(if $(KSRC),,sh tests/6.1/fetch-source.sh $(O)/cache $(KERNEL) \
		>/dev/null && )sh tests/6.1/model-check.sh $(KERNEL) '$(TREE_K)' '$(O)' \
		$(or $(UNUSUAL),2) $(if $(KSRC),KSRC='$(KSRC)') \
		$(if $(KCONFIG),KCONFIG='$(KCONFIG)')
