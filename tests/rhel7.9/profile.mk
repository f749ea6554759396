# SPDX-License-Identifier: GPL-2.0
# The rhel7.9 profile: RHEL 7.9's fault.c (3.10.0-1160), RHEL 7.3's
# (tests/rhel7) with what Red Hat took since, as far as the rows see it:
# FAULT_FLAG_INSTRUCTION for a fetch (d61172b4b695, v4.6, with the
# protection keys of 7.4, which the shim's CPU leaves off), no stack
# cushion (1d8ca3be86eb "x86/mm/fault: Allow stack access below %rsp",
# v5.0, as RHEL 6.10 took it), spurious_fault() only for a kernel write
# to a read-only page or a fetch from an NX one (as RHEL 6.9), and
# faulthandler_disabled() for in_atomic(). The rows that differ say so
# (FK_ON "rhel7.9"). faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh): a
# RHEL 7 file with FAULT_FLAG_INSTRUCTION and without the cushion, which
# the rhel7 profile's files have (PICK.rhel7.has).
PICK.rhel7.9.versions := rhel7.9
PICK.rhel7.9.needs += __do_page_fault\(struct pt_regs \*regs, unsigned long error_code\>
PICK.rhel7.9.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel7.9.has += \<FAULT_FLAG_INSTRUCTION\>
PICK.rhel7.9.has += \<faulthandler_disabled\(\)

PROFILE_TREE_ONLY := 1
RHEL6_MINORS := 7.9 (3.10.0-1160)

PROFILE_BASE += rhel7
include tests/rhel7/profile.mk
