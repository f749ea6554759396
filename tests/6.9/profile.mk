# SPDX-License-Identifier: GPL-2.0
# The 6.9 profile: 6.9.y, the first series with FRED's event data
# (9f6870bafc18), the IF-clear refusal (8f588afe6256), the RMP entry in
# an oops (e8bbd303d7de) and without the vsyscall emulation's signal
# (02b670c1f88e), all v6.9 (read: 6.8.0's and 6.9.0's trees). It is the
# 6.12 profile with LINUX_VERSION_CODE 6.9 (stubs/6.9/include/linux/
# version.h) for the one thing 6.10 changed that a row sees: an access
# error under the vma's lock drops it and looks the vma up again under
# mmap_lock (bc7996c864bf, v6.10: T_UACC in tests/6.1/rows.h; the row
# of the signal under the vma lock is n/a, FK_ON "6.9").
# Its own file, without KSRC=: Debian's 6.12 fault.c with that taken
# back (tests/6.9/from-6.12.diff), a stand-in for 6.9.0's that keeps
# 614da1d3d4cd, as 6.6's does: without it, 6.9.0's byte for byte (make
# explore names what its absence leaves).

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file with FRED's event data whose access error under the
# vma's lock goes back to mmap_lock (no bad_area_access_error() with a
# NULL mm, which 6.10 on have).
PICK.6.9.versions := 6.9
PICK.6.9.needs += \<exc_page_fault\>
PICK.6.9.refuses += \<sig_on_uaccess_err\>
PICK.6.9.refuses += <trace/events/exceptions\.h>
PICK.6.9.refuses += bad_area_access_error\(regs, error_code, address, NULL, vma\)
PICK.6.9.has += \<lock_vma_under_rcu\>
PICK.6.9.has += \<fred_event_data\>

PROFILE_BASE += 6.12
DEBIAN_SERIES := 6.12
MADE_FROM_DEBIAN := $(O)/6.9
MADE_PATCHES := tests/6.9/from-6.12.diff $(MADE_PATCHES)
MADE_IS := a stand-in for 6.9.0's fault.c
include tests/6.12/profile.mk
