# SPDX-License-Identifier: GPL-2.0
# The rhel6.10 profile: RHEL 6.10's fault.c from 2.6.32-754.11.1 on,
# which no longer refuses a user access far below the stack pointer:
# the check of 65536 + 32 * sizeof(long) below sp is gone, as upstream
# dropped it in 1d8ca3be86eb ("x86/mm/fault: Allow stack access below
# %rsp", v5.0). Otherwise it is 754.2.1's (tests/rhel6.9); the row
# that differs says so (FK_ON "rhel6.10"). faultkit ships no such file.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# 6.10 tree whose file has rhel6.9's marks but not the cushion, which
# rhel6.9's files have (PICK.rhel6.9.has).
PICK.rhel6.10.versions := rhel6.10
PICK.rhel6.10.needs += __do_page_fault\(struct pt_regs \*regs, *unsigned long address
PICK.rhel6.10.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel6.10.has += \<FAULT_FLAG_USER\>
PICK.rhel6.10.has += \<in_crash_kexec\>

PROFILE_TREE_ONLY := 1
RHEL6_MINORS := 6.10 (2.6.32-754.11.1 and later)

PROFILE_BASE += rhel6.9
include tests/rhel6.9/profile.mk
