# SPDX-License-Identifier: GPL-2.0
# The rhel8.6 profile: RHEL 8.6 and 8.7 (4.18.0-372.32.1 and 425.19.2
# read, one file), before RHEL took bce617edecad and 968614fc7b84 (v5.9)
# in 8.8: fault.c counts the fault itself, major if any pass said MAJOR,
# and handle_mm_fault() has no regs (LINUX_VERSION_CODE 5.8 for the
# model, stubs/rhel8.6); SEGV_PKUERR is sent twice (tests/rhel8.6/
# rows.h). Otherwise the rhel8.8 profile; the rows whose count differs
# say so (FK_ON "rhel8.6").
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 8 file as rhel8.8's, whose fault.c counts the fault.
PICK.rhel8.6.versions := rhel8.6..rhel8.7
PICK.rhel8.6.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel8.6.needs += \<kvm_handle_async_pf\>
PICK.rhel8.6.needs += \<mmap_read_trylock\>
PICK.rhel8.6.has += \<do_user_addr_fault\(
PICK.rhel8.6.needs += handle_mm_fault\(vma, address, flags\);
PICK.rhel8.6.has += \(\(address & ~0xfff\) == VSYSCALL_ADDR\)
PICK.rhel8.6.has += \<sig_on_uaccess_err\>

# a tree only, as rhel8.10 (whose profile.mk refuses a run without one)
PROFILE_TREE_ONLY := 1

PROFILE_BASE += rhel8.8
include tests/rhel8.8/profile.mk
