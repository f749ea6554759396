# SPDX-License-Identifier: GPL-2.0
# The 6.1.37 profile: 6.1.y from lock_mm_and_find_vma() (6.1.37) until
# 02b670c1f88e ("x86/mm: Remove broken vsyscall emulation code from the
# page fault code", v6.9) reached 6.1.y: the 6.1 profile with fault.c's
# own is_vsyscall_vaddr() (its unit's asm/vsyscall.h leaves it out:
# PROFILE_UNIT_DEFINES, tests/6.1/profile.mk), and
# its check of current->thread.sig_on_uaccess_err after an exception
# fixup, which signals the task too when emulate_vsyscall() asked for
# it: the model never faults inside emulate_vsyscall() nor in an
# interrupt handler, so that branch is reviewed as unreachable
# (tests/6.1.37/branches.txt) and every 6.1 row holds.
# Its own file, without KSRC=: Debian's 6.1 fault.c with that commit
# reverted (tests/6.1.37/before-02b670c1f88e.diff), a stand-in for the
# files of these kernels, which lack 614da1d3d4cd (v6.19) too (make
# explore names what that leaves: irqs on after a vDSO fixup).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): the 6.1 profile's versions, for the files that still read
# sig_on_uaccess_err.
# (sig_on_uaccess_err is what its kernels' files have, not what its shim
# needs: it runs 6.1's file too, so make regress crosses into it.)
PICK.6.1.37.versions := 6.1.37..6.1
PICK.6.1.37.needs += \<exc_page_fault\>
PICK.6.1.37.has += \<sig_on_uaccess_err\>
PICK.6.1.37.refuses += \<lock_vma_under_rcu\>
PICK.6.1.37.refuses += \<fred_event_data\>
PICK.6.1.37.has += \<lock_mm_and_find_vma\>

PROFILE_BASE += 6.1
DEBIAN_SERIES := 6.1
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/6.1-before-02b670c1f88e)
MADE_PATCHES := tests/6.1.37/before-02b670c1f88e.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 6.1.37 to 6.1.y's fault.c before 02b670c1f88e reached them)
include tests/6.1/profile.mk
