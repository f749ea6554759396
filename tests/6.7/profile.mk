# SPDX-License-Identifier: GPL-2.0
# The 6.7 profile: 6.7.y, whose fault.c is 6.6.y's before 02b670c1f88e
# ("x86/mm: Remove broken vsyscall emulation code from the page fault
# code", v6.9) reached 6.6.y, with 46e714c729c8 ("arch/mm/fault: fix
# major fault accounting when retrying under per-VMA lock", v6.7): after
# a MAJOR RETRY under the vma's lock, the retry under mmap_lock is
# FAULT_FLAG_TRIED (LINUX_VERSION_CODE 6.7, stubs/6.7/include/linux/
# version.h: tests/6.1/profile.c's retry rule; the major-retry row,
# FK_ON "6.7"). It is the 6.6 profile with that and what 6.1.37 adds to
# 6.1: fault.c's own is_vsyscall_vaddr() (PROFILE_UNIT_DEFINES, in
# tests/6.1/profile.mk) and its sig_on_uaccess_err check after a fixup, which the
# model never reaches (tests/6.7/branches.txt). Everything else of 6.6
# holds (read: 6.6.9's, 6.7.3's and 6.8.0's trees): a kernel fault with
# IF clear is handled, no FRED, no RMP entry, an access error under the
# vma's lock looked up again under mmap_lock.
# Its own file, without KSRC=: the 6.6 profile's with those put back
# (tests/6.7/from-6.6.diff), a stand-in for 6.7.3's that keeps
# 614da1d3d4cd: without it, 6.7.3's byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes the vma's lock first, marks a major retry
# tried, still signals for the vsyscall emulation and defines
# is_vsyscall_vaddr().
PICK.6.7.versions := 6.7
PICK.6.7.needs += \<exc_page_fault\>
PICK.6.7.needs += \<sig_on_uaccess_err\>
PICK.6.7.has += static bool is_vsyscall_vaddr\(
PICK.6.7.refuses += \<fred_event_data\>
PICK.6.7.refuses += <trace/events/exceptions\.h>
PICK.6.7.has += \<lock_vma_under_rcu\>
PICK.6.7.has += \(fault & VM_FAULT_MAJOR\)

PROFILE_BASE += 6.6
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/6.7)
MADE_PATCHES := tests/6.7/from-6.6.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 6.7.3's fault.c)
include tests/6.6/profile.mk
