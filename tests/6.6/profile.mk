# SPDX-License-Identifier: GPL-2.0
# The 6.6 profile: 6.6.y from the release that took 02b670c1f88e
# ("x86/mm: Remove broken vsyscall emulation code from the page fault
# code", v6.9) on. It is the 6.12 profile with what 6.6 lacks, each by
# LINUX_VERSION_CODE (stubs/6.6/include/linux/version.h) or a row's
# expectation (FK_ON "6.6"):
# - after a RETRY under the vma's lock, the retry under mmap_lock is not
#   marked FAULT_FLAG_TRIED, even if it was MAJOR (46e714c729c8, v6.7:
#   tests/6.1/profile.c's retry rule);
# - an access error under the vma's lock drops it and looks the vma up
#   again under mmap_lock (bc7996c864bf, v6.10: T_UACC in tests/6.1/
#   rows.h);
# - a kernel fault with IF clear is handled, irqs left off (8f588afe6256,
#   v6.9); no FRED (9f6870bafc18, v6.9), no RMP entry in an oops
#   (e8bbd303d7de, v6.9).
# Its own file, without KSRC=: Debian's 6.12 fault.c with those taken
# back (tests/6.6/from-6.12.diff), a stand-in for 6.6.63 to 6.6.87's
# (one file) that keeps 614da1d3d4cd, as 6.1.37's does: without it,
# their file byte for byte (make explore names what its absence
# leaves).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes the vma's lock first, without FRED's
# event data or the vsyscall emulation's signal.
PICK.6.6.versions := 6.6
PICK.6.6.needs += \<exc_page_fault\>
PICK.6.6.refuses += \<sig_on_uaccess_err\>
PICK.6.6.refuses += \<fred_event_data\>
PICK.6.6.refuses += <trace/events/exceptions\.h>
PICK.6.6.has += \<lock_vma_under_rcu\>

PROFILE_BASE += 6.12
DEBIAN_SERIES := 6.12
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/6.6)
MADE_PATCHES := tests/6.6/from-6.12.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 6.6.63 to 6.6.87's fault.c)
include tests/6.12/profile.mk
