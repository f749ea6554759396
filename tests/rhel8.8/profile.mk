# SPDX-License-Identifier: GPL-2.0
# The rhel8.8 profile: RHEL 8.8 (4.18.0-477.* read), before RHEL took
# VM_FAULT_COMPLETED (d92725256b4f, v6.0) into fault.c and its mm: a
# RETRY is retried only with FAULT_FLAG_ALLOW_RETRY, as 5.10's test
# reads, and the mm never completes a fault itself (its version is
# 5.15's for the model, stubs/rhel8.8). Otherwise the rhel8.9 profile;
# the two rows of a completed fault are n/a (FK_ON "rhel8.8").
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 8 file as rhel8.9's, before VM_FAULT_COMPLETED.
PICK.rhel8.8.versions := rhel8.8
PICK.rhel8.8.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel8.8.needs += \<kvm_handle_async_pf\>
PICK.rhel8.8.needs += \<mmap_read_trylock\>
PICK.rhel8.8.needs += \<do_kern_addr_fault\(
PICK.rhel8.8.has += handle_mm_fault\(vma, address, flags, regs\)
PICK.rhel8.8.has += \(\(address & ~0xfff\) == VSYSCALL_ADDR\)
PICK.rhel8.8.has += \<sig_on_uaccess_err\>
# (VM_FAULT_COMPLETED is what 8.9 has: regress crosses into it)

# a tree only, as rhel8.10 (whose profile.mk refuses a run without one)
PROFILE_TREE_ONLY := 1

PROFILE_BASE += rhel8.9
include tests/rhel8.9/profile.mk
