# SPDX-License-Identifier: GPL-2.0
# The 5.10.35 profile: 5.10.35 to 5.10.213, before ee0e39a63b78
# ("x86/mm: Move is_vsyscall_vaddr() into asm/vsyscall.h", v6.8) reached
# 5.10.y in 5.10.214: fault.c defines is_vsyscall_vaddr() itself, which
# its unit's asm/vsyscall.h then leaves out (PROFILE_UNIT_DEFINES).
# Otherwise the 5.10.214 profile. 5.10.35 is the oldest 5.10.y read;
# FAULT_C= an older sublevel's file picks it by what the file uses.
# Its own file, without KSRC=: the 5.10.214 profile's with
# tests/5.10.35/before-ee0e39a63b78.diff, a stand-in that keeps
# 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file with no_context() and its own is_vsyscall_vaddr().
PICK.5.10.35.versions := 5.10.35..5.10.213
PICK.5.10.35.needs += \<exc_page_fault\>
PICK.5.10.35.needs += \<no_context\(
PICK.5.10.35.needs += \<sig_on_uaccess_err\>
PICK.5.10.35.has += static bool is_vsyscall_vaddr\(
PICK.5.10.35.has += \<mmap_read_trylock\>
PICK.5.10.35.refuses += \<VM_FAULT_COMPLETED\>

PROFILE_BASE += 5.10.214
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.10.35)
MADE_PATCHES := tests/5.10.35/before-ee0e39a63b78.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.10.35 to 5.10.213's fault.c)
include tests/5.10.214/profile.mk
