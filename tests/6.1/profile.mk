# SPDX-License-Identifier: GPL-2.0
# The 6.1 profile: Debian's linux-source-6.1 arch/x86/mm/fault.c, whole
# and unmodified, fetched into the build cache the way a user would, or
# taken from a kernel tree the user has (KSRC=path/to/linux).
#
# A later LTS series builds on it (tests/<series>/profile.mk: PROFILE_BASE
# := 6.1, then this file): the profile's name is its series, and
# everything below follows $(KERNEL).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): 6.1.y since lock_mm_and_find_vma() reached x86 (6.1.37). The
# harness enters exc_page_fault(); the shim has no per-VMA lock, no FRED,
# nor the vsyscall emulation through sig_on_uaccess_err that 6.1.y kept
# until 02b670c1f88e ("x86/mm: Remove broken vsyscall emulation code
# from the page fault code") reached it.
PICK.6.1.versions := 6.1.37..6.1
PICK.6.1.needs += \<exc_page_fault\>
PICK.6.1.refuses += \<lock_vma_under_rcu\>
PICK.6.1.refuses += \<fred_event_data\>
PICK.6.1.refuses += \<sig_on_uaccess_err\>
PICK.6.1.has += \<lock_mm_and_find_vma\>

PROFILE_LP64_ONLY := 1

# Before ee0e39a63b78 ("x86/mm: Move is_vsyscall_vaddr() into
# asm/vsyscall.h", v6.8; 6.1.y, 5.15.153, 5.10.214) fault.c defines
# is_vsyscall_vaddr() itself: the shim's header then leaves it to the
# file, which the unit's build tells it.
K61_OWN_IS_VSYSCALL_VADDR := static bool is_vsyscall_vaddr(
PROFILE_UNIT_DEFINES = $(if $(shell grep -sF '$(K61_OWN_IS_VSYSCALL_VADDR)' \
	'$(FAULT_ABS)'),-DFK_UNIT_DEFINES_IS_VSYSCALL_VADDR)
ifeq ($(M32),1)
$(call refuse_run,faultkit: the $(KERNEL) profile is x86_64 only: leave out M32=1 (M32=1 runs the RHEL6 profile, KERNEL=rhel6))
endif

# The Debian package whose fault.c it runs: the series of its name, or
# (DEBIAN_SERIES) the one a later profile's own file is made from. Such
# a profile, whose kernels Debian has no package of, runs Debian's file
# with its patches (MADE_PATCHES, applied in order: a profile built on
# another puts its own after the base's), made in MADE_FROM_DEBIAN by
# tests/kernels/made.sh, which says what it is (MADE_IS, byte for byte
# when its sha256 is MADE_SHA256).
DEBIAN_SERIES := $(or $(DEBIAN_SERIES),$(KERNEL))
SRC_K := $(O)/cache/linux-source-$(DEBIAN_SERIES)
DEBIAN_FAULT_C := $(SRC_K)/arch/x86/mm/fault.c
DEFAULT_FAULT_C := $(or $(MADE_FROM_DEBIAN:%=%/arch/x86/mm/fault.c),$(DEBIAN_FAULT_C))
# (A KSRC= tree is checked before this file is read: tests/kernels/pick.sh.)
ifneq ($(KSRC),)
TREE_K := $(KSRC)
FAULT_C ?= $(KSRC)/arch/x86/mm/fault.c
else
TREE_K := $(or $(MADE_FROM_DEBIAN),$(SRC_K))
endif

# One fetch makes both (a grouped target: make -j runs it once).
$(SRC_K)/Makefile $(DEBIAN_FAULT_C) &:
	$(Q)sh tests/6.1/fetch-source.sh $(O)/cache $(DEBIAN_SERIES) >/dev/null

ifneq ($(MADE_FROM_DEBIAN),)
$(DEFAULT_FAULT_C): $(DEBIAN_FAULT_C) $(MADE_PATCHES) tests/kernels/made.sh
	$(Q)sh tests/kernels/made.sh $(SRC_K) $(MADE_FROM_DEBIAN) \
		'$(or $(MADE_SHA256),-)' "$(MADE_IS)" $(MADE_PATCHES)
endif

# make sources (make test starts it early) fetches without building;
# at the prompt, it also takes a newer version Debian offers now.
PROFILE_FETCH := $(SRC_K)/Makefile $(O)/cache/linux-config-$(DEBIAN_SERIES)/config
PROFILE_FETCH_NEWER = sh tests/6.1/fetch-source.sh $(O)/cache $(DEBIAN_SERIES) newer >/dev/null

# The kernel's configuration (mk/kconfig.mk): a tree's .config (KSRC=), a
# file (KCONFIG=), or Debian's own for the series (DEBIAN_SERIES), fetched once.
PROFILE_KCONFIG := $(O)/cache/linux-config-$(DEBIAN_SERIES)/config
$(O)/cache/linux-config-$(DEBIAN_SERIES)/config:
	$(Q)sh tests/6.1/fetch-config.sh $(O)/cache $(DEBIAN_SERIES) >/dev/null
# The options the shim and the models read from it (X!: the shim needs
# X=y); a series built on 6.1 adds its own (PROFILE_KCONFIG_OPTIONS +=).
PROFILE_KCONFIG_OPTIONS := X86_64! CPU_SUP_AMD VMAP_STACK EFI MEMORY_FAILURE \
	X86_INTEL_MEMORY_PROTECTION_KEYS LOCK_MM_AND_FIND_VMA! KFENCE \
	KFENCE_SAMPLE_INTERVAL KFENCE_NUM_OBJECTS KPROBES MMIOTRACE X86_SGX \
	X86_VSYSCALL_EMULATION LEGACY_VSYSCALL_EMULATE \
	LEGACY_VSYSCALL_XONLY LEGACY_VSYSCALL_NONE KEXEC_CORE CRASH_DUMP \
	PANIC_ON_OOPS_VALUE DEFAULT_MMAP_MIN_ADDR LSM_MMAP_MIN_ADDR \
	SECURITY HUGETLB_PAGE

# make check's first line: the kernel it runs (a made file says itself)
ifeq ($(KSRC)$(if $(MADE_FROM_DEBIAN),,n),)
PROFILE_VERSION = cat $(MADE_FROM_DEBIAN)/about
else
PROFILE_VERSION = sh tests/kernels/pick.sh version '$(TREE_K)'
endif

# The fetched tree is checked once it is there, as a KSRC= tree is
# before this file is read: a Debian update this profile cannot run is
# named in one line instead of a wall of compiler errors. A file made
# from it is checked by what makes it.
PROFILE_NEEDS := need-kernel-version
.PHONY: need-kernel-version
HELP_PREREQ += need-kernel-version
need-kernel-version: $(if $(KSRC),,$(if $(MADE_FROM_DEBIAN),$(DEFAULT_FAULT_C),$(SRC_K)/Makefile))
	$(if $(KSRC)$(MADE_FROM_DEBIAN),,$(Q)sh tests/kernels/pick.sh check $(KERNEL) '$(SRC_K)')

# The file is the kernel's, written for the kernel's warning set: what
# -Wextra adds (parameters a config leaves unused, signed compares) is
# not ours to fix. Everything else stays an error.
PROFILE_UNIT_CFLAGS := -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers

# Fakes implement kernel prototypes; a model need not read every argument.
# Rows name the kernel they expect something of (FK_ON): the profile is
# told which one it is, and those it is built on (PROFILE_BASE, nearest
# first), whose expectations hold for it unless it has its own.
PROFILE_CFLAGS = -Wno-unused-parameter -DFK_PROFILE_NAME='"$(KERNEL)"' \
	-DFK_PROFILE_BASES='$(patsubst %,"%"$(comma),$(PROFILE_BASE))'

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
	$(Q)$(if $(KSRC),,sh tests/6.1/fetch-source.sh $(O)/cache $(DEBIAN_SERIES) \
		>/dev/null && )sh tests/6.1/model-check.sh $(KERNEL) '$(TREE_K)' '$(O)' \
		$(or $(UNUSUAL),2) $(if $(KSRC),KSRC='$(KSRC)') \
		$(if $(KCONFIG),KCONFIG='$(KCONFIG)')
