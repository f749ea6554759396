# SPDX-License-Identifier: GPL-2.0
# The rhel8.5 profile: RHEL 8.5 (4.18.0-348.23.1 read), before RHEL
# split do_user_addr_fault() out of __do_page_fault() in 8.6 (the same
# body inline; OSPKE asked by boot_cpu_has()). It is the rhel8.6
# profile: the rows hold as they are; the functions whose branches the
# table must take name __do_page_fault() for do_user_addr_fault().
# faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 8 file as rhel8.6's, whose __do_page_fault() handles a user
# address itself.
PICK.rhel8.5.versions := rhel8.5
PICK.rhel8.5.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel8.5.needs += \<kvm_handle_async_pf\>
PICK.rhel8.5.needs += \<mmap_read_trylock\>
PICK.rhel8.5.needs += \<do_kern_addr_fault\(
PICK.rhel8.5.needs += handle_mm_fault\(vma, address, flags\);
PICK.rhel8.5.has += \<boot_cpu_has\(X86_FEATURE_OSPKE\)
PICK.rhel8.5.has += \<sig_on_uaccess_err\>
# (do_user_addr_fault() is what 8.6 has: regress crosses into it)

# a tree only, as rhel8.10 (whose profile.mk refuses a run without one)
PROFILE_TREE_ONLY := 1

PROFILE_BASE += rhel8.6
include tests/rhel8.6/profile.mk
