# SPDX-License-Identifier: GPL-2.0
# The rhel8.10 profile: a whole RHEL 8.10 fault.c (4.18.0-553.*.el8_10)
# since the vsyscall emulation moved into do_user_addr_fault(), written
# from the file of a 4.18.0-553.66.1 tree. RHEL 8 is 4.18's entry under
# a much newer fault path: do_page_fault(regs, error_code) reads cr2 and
# brackets the fault with exception_enter()/exit(), takes KVM's async
# #PF, and its x86_64 vmalloc_fault() syncs the task's top level, as
# 5.4's; its mm is 6.0's as fault.c shows it (FAULT_FLAG_DEFAULT and
# retries with FAULT_FLAG_TRIED, fault_signal_pending(), the mmap
# locking API, handle_mm_fault(..., regs) counting the fault,
# VM_FAULT_COMPLETED), with 5.10's fixup of the vDSO, signals that take
# the task, and RHEL's own: kprobes_fault(), smap_violation(), a
# two-argument fixup_exception(), sw_error_code. So it runs on the
# 5.4.117 profile (its entry, vmalloc fault, no_context() and
# sig_on_uaccess_err) with LINUX_VERSION_CODE 6.0 for the mm, and
# stubs/rhel8.10 for RHEL's calls.
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 8 file entered at the two-argument do_page_fault() that takes
# KVM's async #PF and the mmap lock through the locking API.
PICK.rhel8.10.versions := rhel8.10
PICK.rhel8.10.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel8.10.needs += \<kvm_handle_async_pf\>
PICK.rhel8.10.needs += \<mmap_read_trylock\>
PICK.rhel8.10.needs += \<do_kern_addr_fault\(
PICK.rhel8.10.has += \(sw_error_code & X86_PF_INSTR\) && is_vsyscall_vaddr\(address\)
PICK.rhel8.10.has += \<VM_FAULT_COMPLETED\>
PICK.rhel8.10.has += \<sig_on_uaccess_err\>

PROFILE_TREE_ONLY := 1
ifeq ($(KSRC)$(FAULT_C),)
ifneq ($(filter-out help clean fetch-source fetch-newer,$(or \
	$(MAKECMDGOALS),all)),)
$(call refuse_run,faultkit: KERNEL=$(KERNEL) runs the fault.c of a RHEL 8 (4.18.0-*.el8) tree and faultkit ships none: give KSRC=<tree> (or FAULT_C=<its arch/x86/mm/fault.c>))
endif
endif

PROFILE_BASE += 5.4.117
include tests/5.4.117/profile.mk

# The kernel's configuration: a tree's .config (KSRC=), a file
# (KCONFIG=), or RHEL 8.10's, as far as the shim reads it, with the SGX
# driver RHEL 8 has (5.10's list leaves it out) and X86_SMAP, which its
# smap_violation() asks.
PROFILE_KCONFIG := tests/rhel8.10/kconfig
PROFILE_KCONFIG_OPTIONS += X86_SGX X86_SMAP
