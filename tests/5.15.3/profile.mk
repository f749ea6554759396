# SPDX-License-Identifier: GPL-2.0
# The 5.15.3 profile: 5.15.3 to 5.15.152, before ee0e39a63b78 ("x86/mm:
# Move is_vsyscall_vaddr() into asm/vsyscall.h", v6.8) reached 5.15.y in
# 5.15.153. It is the 5.15.153 profile (the sig_on_uaccess_err signal of
# 6.1.37's file) with fault.c's own is_vsyscall_vaddr(), which its unit's
# asm/vsyscall.h then leaves out (PROFILE_UNIT_DEFINES).
# Its own file, without KSRC=: the 5.15.153 profile's with
# tests/5.15.3/before-ee0e39a63b78.diff, a stand-in for 5.15.3 to
# 5.15.152's that keeps 614da1d3d4cd (5.15.199): without it, their file
# byte for byte (make explore names what its absence leaves, as on
# 6.1.37's kernels).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes mmap_lock itself and still signals for the
# vsyscall emulation.
PICK.5.15.3.versions := 5.15.3..5.15.152
PICK.5.15.3.needs += \<exc_page_fault\>
PICK.5.15.3.needs += \<sig_on_uaccess_err\>
PICK.5.15.3.has += static bool is_vsyscall_vaddr\(
PICK.5.15.3.has += \<mmap_read_trylock\>
PICK.5.15.3.refuses += \<lock_vma_under_rcu\>
PICK.5.15.3.refuses += \<fred_event_data\>
PICK.5.15.3.refuses += \<VM_FAULT_COMPLETED\>
PICK.5.15.3.refuses += \<no_context\(

PROFILE_BASE += 5.15.153
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.15.3)
MADE_PATCHES := tests/5.15.3/before-ee0e39a63b78.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.15.3 to 5.15.152's fault.c)
include tests/5.15.153/profile.mk
