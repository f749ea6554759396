# SPDX-License-Identifier: GPL-2.0
# The rhel6.8 profile: a whole RHEL 6 fault.c from 2.6.32-504.16.2 (a 6.6
# z-stream) to 6.8 (6.9 and 6.10: tests/rhel6.9, built on this one),
# whose fault path has two v3.12 changes Red Hat took
# for CVE-2014-8171 (RHSA-2015:0864, bugs 1198110 and 1088334):
# 759496ba6407 ("arch: mm: pass userspace fault flag to generic fault
# handler": FAULT_FLAG_USER for a user-mode fault, FAULT_FLAG_WRITE set
# after the mode is known) and 3a13c4d761b4 ("x86: finish user fault
# error path with fatal signal": a RETRY with a fatal signal pending
# returns at once, in kernel mode too; mm_fault_error() is void again,
# called for errors only, and a user fault's error is signalled even
# with a fatal signal pending). The rhel6 profile's shim and model run
# it unchanged (PROFILE_BASE); the rows say where it differs (FK_ON
# "rhel6.8", and rows.h's words for a user fault's flags).
#
# faultkit ships no such file: the profile runs a tree (KSRC=) or a file
# (FAULT_C=) only. It is named after the tree it was written from,
# 2.6.32-642 (6.8).

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh):
# the whole file (do_page_fault() beside RHEL's __do_page_fault()), with
# FAULT_FLAG_USER. A 6.6 tree before the z-stream took it is rhel6's.
PICK.rhel6.8.versions := rhel6.6..rhel6.8
PICK.rhel6.8.needs += __do_page_fault\(struct pt_regs \*regs, *unsigned long address
PICK.rhel6.8.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel6.8.has += \<FAULT_FLAG_USER\>

# Not in the test-wide loops (make test-profiles, compare, explore-
# selftest): they run what ships, and this profile has nothing without
# a tree.
PROFILE_TREE_ONLY := 1

RHEL6_MINORS ?= 6.6 (2.6.32-504.16.2) to 6.8
ifeq ($(KSRC)$(FAULT_C),)
ifneq ($(filter-out help clean fetch-source fetch-newer,$(or \
	$(MAKECMDGOALS),all)),)
$(call refuse_run,faultkit: KERNEL=$(KERNEL) runs the fault.c of a RHEL $(RHEL6_MINORS) tree and faultkit ships none: give KSRC=<tree> (or FAULT_C=<its arch/x86/mm/fault.c>))
endif
endif

PROFILE_BASE += rhel6
include tests/rhel6/profile.mk
