# SPDX-License-Identifier: GPL-2.0
# The 6.8 profile: 6.8.y, whose fault.c is 6.7's without its own
# is_vsyscall_vaddr() (ee0e39a63b78, "x86/mm: Move is_vsyscall_vaddr()
# into asm/vsyscall.h", v6.8; read: 6.7.3's and 6.8.0's trees). No row
# sees that: the profile is 6.7's with LINUX_VERSION_CODE 6.8.
# Its own file, without KSRC=: the 6.7 profile's with that commit
# (tests/6.8/from-6.7.diff), a stand-in for 6.8.0's that keeps
# 614da1d3d4cd: without it, 6.8.0's byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): 6.7's files, without is_vsyscall_vaddr() of their own.
PICK.6.8.versions := 6.8
PICK.6.8.needs += \<exc_page_fault\>
PICK.6.8.needs += \<sig_on_uaccess_err\>
PICK.6.8.refuses += static bool is_vsyscall_vaddr\(
PICK.6.8.refuses += \<fred_event_data\>
PICK.6.8.refuses += <trace/events/exceptions\.h>
PICK.6.8.has += \<lock_vma_under_rcu\>
PICK.6.8.has += \(fault & VM_FAULT_MAJOR\)

PROFILE_BASE += 6.7
MADE_FROM_DEBIAN := $(O)/6.8
MADE_PATCHES := tests/6.8/from-6.7.diff
MADE_IS := a stand-in for 6.8.0's fault.c
include tests/6.7/profile.mk
