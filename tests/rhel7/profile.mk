# SPDX-License-Identifier: GPL-2.0
# The rhel7 profile: a whole RHEL 7 fault.c (3.10.0-*.el7), written from
# RHEL 7.3's (3.10.0-514); 7.9's is tests/rhel7.9, built on this one.
# RHEL 7 is upstream 3.10 with backports, over the same mm as RHEL 6
# (mmap_sem, find_vma(), expand_stack(), the stack cushion): the rhel6
# profiles' model runs it (PROFILE_BASE rhel6.8, whose FAULT_FLAG_USER
# and user-fault signalling RHEL 7 shares), and stubs/rhel7 adds what
# its file reads more (context tracking, SMAP, the vsyscall page, trace
# points). The rows say where RHEL 7 differs (tests/rhel7/rows.h for
# the flags and counters, FK_ON "rhel7" otherwise), each naming the
# change: FAULT_FLAG_TRIED (v3.7), a RETRY handled first and a fault
# accounted when done (26178ec11ef3, v3.19), mmap_sem dropped before
# mm_fault_error() (7fb08eca4527, v3.19), in_atomic() tested before a
# fault is counted. faultkit ships no such file: a tree or a file only.

# What KSRC= and FAULT_C= alone choose it for (tests/kernels/pick.sh):
# RHEL 7's __do_page_fault(regs, error_code, address), whole, with
# in_atomic() and the stack cushion (7.9's has neither: tests/rhel7.9).
PICK.rhel7.versions := rhel7.0..rhel7.9
PICK.rhel7.needs += __do_page_fault\(struct pt_regs \*regs, unsigned long error_code\>
PICK.rhel7.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code\)
PICK.rhel7.has += \<in_atomic\(\) \|\| !mm
PICK.rhel7.has += 65536 \+ 32 \* sizeof\(unsigned long\)

PROFILE_TREE_ONLY := 1
RHEL6_MINORS ?= 7.0 to 7.9 (3.10.0-*.el7)

PROFILE_BASE += rhel6.8
include tests/rhel6.8/profile.mk
