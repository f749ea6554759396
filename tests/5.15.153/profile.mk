# SPDX-License-Identifier: GPL-2.0
# The 5.15.153 profile: 5.15.153 to 5.15.160, after ee0e39a63b78 ("x86/mm:
# Move is_vsyscall_vaddr() into asm/vsyscall.h") reached 5.15.y and before
# 02b670c1f88e ("x86/mm: Remove broken vsyscall emulation code from the
# page fault code", v6.9) did in 5.15.161. It is the 5.15 profile with
# kernelmode_fixup_or_oops()'s sig_on_uaccess_err signal after a fixup,
# which the model never reaches (6.1.37's reviewed branches).
# Its own file, without KSRC=: the 5.15 profile's with
# tests/5.15.153/before-02b670c1f88e.diff, a stand-in that keeps
# 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes mmap_lock itself, signals for the vsyscall
# emulation and takes is_vsyscall_vaddr() from asm/vsyscall.h.
# (sig_on_uaccess_err is what its kernels' files have, not what its shim needs:
# it runs the next era's file too, so make regress crosses into it.)
PICK.5.15.153.versions := 5.15.153..5.15.160
PICK.5.15.153.needs += \<exc_page_fault\>
PICK.5.15.153.has += \<sig_on_uaccess_err\>
PICK.5.15.153.has += \<mmap_read_trylock\>
PICK.5.15.153.refuses += static bool is_vsyscall_vaddr\(
PICK.5.15.153.refuses += \<lock_vma_under_rcu\>
PICK.5.15.153.refuses += \<fred_event_data\>
PICK.5.15.153.refuses += \<VM_FAULT_COMPLETED\>
PICK.5.15.153.refuses += \<no_context\(

PROFILE_BASE += 5.15
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.15.153)
MADE_PATCHES := tests/5.15.153/before-02b670c1f88e.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.15.153 to 5.15.160's fault.c)
include tests/5.15/profile.mk
