# SPDX-License-Identifier: GPL-2.0
# The rhel9 profile: a whole RHEL 9 fault.c (5.14.0-*.el9) since per-VMA
# locks, written from the file of a RHEL 9.6 tree. RHEL 9 is upstream
# 5.14 (the v5.12 rewrite: exc_page_fault(), do_user_addr_fault(),
# kernelmode_fixup_or_oops()) with the fault path of 6.6.y taken back
# as far as fault.c shows it: lock_mm_and_find_vma() (c2508ec5a58d,
# v6.5), lock_vma_under_rcu() first for a user fault (0bff0aaea03e,
# v6.4) and vma_end_read() left to the mm after a RETRY or COMPLETED
# (4089eef0e6ac, v6.6), VM_FAULT_COMPLETED (d92725256b4f, v6.0), shadow
# stacks (fd5439e0c97b, v6.6). So it runs on the 6.6 profile (its shim,
# mm and rows), with what RHEL 9 has beside:
# - the RMP entry in an oops (e8bbd303d7de, v6.9), as 6.12 has it: the
#   row that 6.6 leaves out runs (FK_ON "rhel9");
# - the vsyscall emulation's signal after a kernel fixup, which RHEL 9
#   kept (02b670c1f88e, v6.9, not taken): current->thread.
#   sig_on_uaccess_err, which the model never sets, as 6.1.37's;
# - pud_large() (pud_leaf(), v6.9, not taken) and no 614da1d3d4cd
#   (v6.19), as 6.6.87's file.
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 9 file that takes the vma's lock first, dumps the RMP entry and
# still reads sig_on_uaccess_err. An earlier RHEL 9 file (before per-VMA
# locks) is refused, naming what it lacks.
PICK.rhel9.versions := rhel9.0..rhel9.6
PICK.rhel9.needs += \<exc_page_fault\>
PICK.rhel9.needs += \<sig_on_uaccess_err\>
PICK.rhel9.refuses += \<fred_event_data\>
PICK.rhel9.refuses += <trace/events/exceptions\.h>
PICK.rhel9.has += \<lock_vma_under_rcu\>
PICK.rhel9.has += \<snp_dump_hva_rmpentry\>

PROFILE_TREE_ONLY := 1
ifeq ($(KSRC)$(FAULT_C),)
ifneq ($(filter-out help clean fetch-source fetch-newer,$(or \
	$(MAKECMDGOALS),all)),)
$(call refuse_run,faultkit: KERNEL=$(KERNEL) runs the fault.c of a RHEL 9 (5.14.0-*.el9) tree and faultkit ships none: give KSRC=<tree> (or FAULT_C=<its arch/x86/mm/fault.c>))
endif
endif

PROFILE_BASE += 6.6
include tests/6.6/profile.mk
