# SPDX-License-Identifier: GPL-2.0
# The 5.10.219 profile: 5.10.219 to 5.10.252, after 02b670c1f88e ("x86/mm:
# Remove broken vsyscall emulation code from the page fault code", v6.9)
# reached 5.10.y and before 03c81ea33316 ("x86/fault: Improve
# kernel-executing-user-memory handling") and ec352711ceba ("x86/fault:
# Fold mm_fault_error() into do_user_addr_fault()"), both v5.12, did in
# 5.10.253. It is the 5.10 profile with fault.c's own mm_fault_error(),
# and a kernel-mode fetch from user memory that looks up its vma; the
# rows that differ say so (FK_ON "5.10.219").
# Its own file, without KSRC=: the 5.10 profile's with
# tests/5.10.219/before-5.10.253.diff, a stand-in that keeps 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file with no_context() and mm_fault_error() that takes
# mmap_lock itself, without the vsyscall emulation's signal.
# (mm_fault_error() is what its kernels' files have, not what its shim needs:
# it runs the next era's file too, so make regress crosses into it.)
PICK.5.10.219.versions := 5.10.219..5.10.252
PICK.5.10.219.needs += \<exc_page_fault\>
PICK.5.10.219.needs += \<no_context\(
PICK.5.10.219.has += \<mm_fault_error\(
PICK.5.10.219.has += \<mmap_read_trylock\>
PICK.5.10.219.refuses += \<sig_on_uaccess_err\>
PICK.5.10.219.refuses += \<VM_FAULT_COMPLETED\>

PROFILE_BASE += 5.10
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.10.219)
MADE_PATCHES := tests/5.10.219/before-5.10.253.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.10.219 to 5.10.252's fault.c)
include tests/5.10/profile.mk
