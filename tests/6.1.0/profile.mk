# SPDX-License-Identifier: GPL-2.0
# The 6.1.0 profile: 6.1.0 to 6.1.36, before c2508ec5a58d ("mm: introduce
# new 'lock_mm_and_find_vma()' page fault helper", v6.5) and
# eda0047296a1 ("mm: make the page fault mmap locking killable") reached
# 6.1.y in 6.1.37. It is the 6.1.37 profile (their sig_on_uaccess_err)
# with what fault.c then did itself: mmap_read_trylock(), for a kernel
# fault an extable site before it waits, an uninterruptible
# mmap_read_lock(), find_vma(), and expand_stack() under the read lock
# (8d7071af8907 made that the write lock): stubs/6.1.0, mm/6.1.0, and its
# own lock suite (tests/6.1.0/table_lock.c). The other 6.1 rows hold.
# Its own file, without KSRC=: the 6.1.37 profile's with that change
# taken back (tests/6.1.0/before-lock_mm_and_find_vma.diff), a stand-in
# that keeps 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes mmap_lock itself.
PICK.6.1.0.versions := 6.1.0..6.1.36
PICK.6.1.0.needs += \<exc_page_fault\>
PICK.6.1.0.has += \<mmap_read_trylock\>
PICK.6.1.0.refuses += \<lock_vma_under_rcu\>
PICK.6.1.0.refuses += \<fred_event_data\>
PICK.6.1.0.needs += \<sig_on_uaccess_err\>

PROFILE_BASE += 6.1.37
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/6.1-before-lock_mm_and_find_vma)
MADE_PATCHES := tests/6.1.0/before-lock_mm_and_find_vma.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 6.1.0 to 6.1.36's fault.c)
include tests/6.1.37/profile.mk

# Before 6.1.37 no configuration has LOCK_MM_AND_FIND_VMA: a tree's own
# .config lacks it, and this profile's model takes the lock itself.
PROFILE_KCONFIG_OPTIONS := $(subst LOCK_MM_AND_FIND_VMA!,LOCK_MM_AND_FIND_VMA,$(PROFILE_KCONFIG_OPTIONS))
