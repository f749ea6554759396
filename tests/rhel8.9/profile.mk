# SPDX-License-Identifier: GPL-2.0
# The rhel8.9 profile: RHEL 8.9 and 8.10 before 553.8.1 (4.18.0-513.* and
# 553.5.1 read, whose fault.c is one but for fault_in_kernel_space()'s
# type). It is the rhel8.10 profile with the vsyscall emulation where
# 4.18 had it: the page counts as kernel space (fault_in_kernel_space()),
# and __bad_area_nosemaphore() asks emulate_vsyscall() for a user
# instruction fetch there, after no lock and no perf event; the rows
# that differ say so (FK_ON "rhel8.9").
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 8 file as rhel8.10's, but with the vsyscall emulation in the
# bad-area path.
PICK.rhel8.9.versions := rhel8.9..rhel8.10
PICK.rhel8.9.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel8.9.needs += \<kvm_handle_async_pf\>
PICK.rhel8.9.needs += \<mmap_read_trylock\>
PICK.rhel8.9.needs += \<do_kern_addr_fault\(
PICK.rhel8.9.has += \(\(address & ~0xfff\) == VSYSCALL_ADDR\)
PICK.rhel8.9.has += \<VM_FAULT_COMPLETED\>
PICK.rhel8.9.has += \<sig_on_uaccess_err\>

# a tree only, as rhel8.10 (whose profile.mk refuses a run without one)
PROFILE_TREE_ONLY := 1

PROFILE_BASE += rhel8.10
include tests/rhel8.10/profile.mk
