# SPDX-License-Identifier: GPL-2.0
# The 6.15 profile: mainline from 6.15 to 7.0. It is the 6.12 profile
# (which runs 6.10 to 6.14) with what later kernels changed, each in a
# file of its own; the rows of 6.12 and 6.1 run here too, a row saying
# where 6.15 on differs (FK_ON "6.15"):
# - the per-VMA lock is a reference count: lock_vma_under_rcu() sees a
#   detached vma when it tries to read-lock it (mm/6.12/vma_lock.c by
#   LINUX_VERSION_CODE, stubs/6.15/include/linux/version.h; "mm: replace
#   vm_lock and detached flag with a reference count", v6.15);
# - the trace points are generic and always called (06aa9378df01,
#   d49ae4172cff, v6.16: stubs/6.15/include/trace/events/exceptions.h);
# - efi_crash_gracefully_on_page_fault() takes the regs too
#   (2c340aab5485, v7.1 and 7.0.y: stubs/6.15/include/linux/efi.h).
# Its own file, without KSRC=: Debian's 6.12 fault.c with the edits
# upstream made to it since (tests/6.15/since-6.12.diff), which is v6.19's
# and v7.0's byte for byte when Debian's is 6.12.107 to 6.12.118.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): its shim has both trace headers, no sig_on_uaccess_err; an
# access error signalled under the vma's lock (bc7996c864bf, v6.10)
# tells its files from 6.9's.
PICK.6.15.versions := 6.15..7.0
PICK.6.15.needs += \<exc_page_fault\>
PICK.6.15.refuses += \<sig_on_uaccess_err\>
PICK.6.15.has += \<lock_vma_under_rcu\>
PICK.6.15.has += \<fred_event_data\>
PICK.6.15.has += bad_area_access_error\(regs, error_code, address, NULL, vma\)

PROFILE_BASE += 6.12
DEBIAN_SERIES := 6.12
MADE_FROM_DEBIAN := $(O)/mainline
MADE_PATCHES := tests/6.15/since-6.12.diff $(MADE_PATCHES)
MADE_SHA256 := f99b0e1f5b3a3d091388fb97410b4c37a398786abd3365756bcc804cc88aaad2
MADE_IS := v6.19's and v7.0's fault.c
include tests/6.12/profile.mk
