# SPDX-License-Identifier: GPL-2.0
# The 6.6.9 profile: 6.6.y before 02b670c1f88e ("x86/mm: Remove broken
# vsyscall emulation code from the page fault code", v6.9) and
# ee0e39a63b78 ("x86/mm: Move is_vsyscall_vaddr() into asm/vsyscall.h",
# v6.8) reached it (read: 6.6.9's tree). It is the 6.6 profile with
# kernelmode_fixup_or_oops()'s sig_on_uaccess_err signal after a fixup,
# which the model never reaches (6.1.37's reviewed branches), and
# fault.c's own is_vsyscall_vaddr(). The two profiles share their
# versions: a tree goes to the one whose file it is, by
# sig_on_uaccess_err, as 6.1's and 6.1.37's do.
# Its own file, without KSRC=: the 6.6 profile's with
# tests/6.6.9/before-02b670c1f88e.diff, a stand-in that keeps
# 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a 6.6 file that still signals for the vsyscall emulation.
# (sig_on_uaccess_err is what its kernels' files have, not what its shim
# needs: it runs 6.6's file too, so make regress crosses into it.)
PICK.6.6.9.versions := 6.6
PICK.6.6.9.needs += \<exc_page_fault\>
PICK.6.6.9.has += \<sig_on_uaccess_err\>
PICK.6.6.9.refuses += \<fred_event_data\>
PICK.6.6.9.refuses += <trace/events/exceptions\.h>
PICK.6.6.9.refuses += \(fault & VM_FAULT_MAJOR\)
PICK.6.6.9.has += \<lock_vma_under_rcu\>
PICK.6.6.9.has += static bool is_vsyscall_vaddr\(

PROFILE_BASE += 6.6
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/6.6.9)
MADE_PATCHES := tests/6.6.9/before-02b670c1f88e.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 6.6.9's fault.c)
include tests/6.6/profile.mk
