# SPDX-License-Identifier: GPL-2.0
# The rhel6.9 profile: a whole RHEL 6.9 or 6.10 fault.c (2.6.32-696 to
# 754). It is RHEL 6.8's with the page-table dumps of KPTI (under
# CONFIG_PAGE_TABLE_ISOLATION, which the shim's configuration leaves
# out), a crash kexec's care in them (stubs/rhel6.9: none is under
# way), and spurious_fault() looking only at a kernel write to a
# read-only page or a fetch from an NX one (David Vrabel's "x86: skip
# check for spurious faults for non-present faults", upstream in 2014).
# No row's outcome moves: every rhel6.8 row holds (2.6.32-753 and
# 754.2.1). faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh).
PICK.rhel6.9.versions := rhel6.9..rhel6.10
PICK.rhel6.9.needs += __do_page_fault\(struct pt_regs \*regs, *unsigned long address
PICK.rhel6.9.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel6.9.has += \<FAULT_FLAG_USER\>
PICK.rhel6.9.has += \<in_crash_kexec\>
# the stack cushion, which 754.11.1 dropped (tests/rhel6.10)
PICK.rhel6.9.has += 65536 \+ 32 \* sizeof\(unsigned long\)

PROFILE_TREE_ONLY := 1
RHEL6_MINORS ?= 6.9 or 6.10

PROFILE_BASE += rhel6.8
include tests/rhel6.8/profile.mk
