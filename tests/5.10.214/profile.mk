# SPDX-License-Identifier: GPL-2.0
# The 5.10.214 profile: 5.10.214 to 5.10.218, after ee0e39a63b78
# ("x86/mm: Move is_vsyscall_vaddr() into asm/vsyscall.h", v6.8) reached
# 5.10.y and before 02b670c1f88e ("x86/mm: Remove broken vsyscall
# emulation code from the page fault code", v6.9) did in 5.10.219. It is
# the 5.10.219 profile with no_context()'s sig_on_uaccess_err check
# after a fixup, which the model never reaches (emulate_vsyscall() is a
# leaf that never faults: tests/6.1.37/branches-vsyscall-signal.txt).
# Its own file, without KSRC=: the 5.10.219 profile's with
# tests/5.10.214/before-02b670c1f88e.diff, a stand-in that keeps
# 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file with no_context() that still signals for the vsyscall
# emulation, and takes is_vsyscall_vaddr() from asm/vsyscall.h.
# (sig_on_uaccess_err is what its kernels' files have, not what its shim needs:
# it runs the next era's file too, so make regress crosses into it.)
PICK.5.10.214.versions := 5.10.214..5.10.218
PICK.5.10.214.needs += \<exc_page_fault\>
PICK.5.10.214.needs += \<no_context\(
PICK.5.10.214.has += \<sig_on_uaccess_err\>
PICK.5.10.214.has += \<mmap_read_trylock\>
PICK.5.10.214.refuses += static bool is_vsyscall_vaddr\(
PICK.5.10.214.refuses += \<VM_FAULT_COMPLETED\>

PROFILE_BASE += 5.10.219
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.10.214)
MADE_PATCHES := tests/5.10.214/before-02b670c1f88e.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.10.214 to 5.10.218's fault.c)
include tests/5.10.219/profile.mk
