# SPDX-License-Identifier: GPL-2.0
# The 5.15 profile: 5.15.y from 5.15.161, whose fault.c no longer reads
# sig_on_uaccess_err (02b670c1f88e, "x86/mm: Remove broken vsyscall
# emulation code from the page fault code", v6.9, in 5.15.161). 5.15.y
# never got lock_mm_and_find_vma() (c2508ec5a58d, v6.5): fault.c takes
# mmap_lock itself and grows the stack under the read lock, as 6.1.0 to
# 6.1.36 did. It is the 6.1.0 profile with what 5.15 lacks besides:
# fault.c's is_vsyscall_vaddr() comes from asm/vsyscall.h as 6.1's does,
# and the mm never answers
# VM_FAULT_COMPLETED (d92725256b4f, "mm: avoid unnecessary page fault
# retires on shared memory types", v6.0; LINUX_VERSION_CODE 5.15 in
# mm/6.1/memory.c), nor does fault.c test it.
# Its own file, without KSRC=: Debian's 6.1 fault.c with 6.1.0's
# change and tests/5.15/from-6.1.diff, which is 5.15.199 to 5.15.y's
# fault.c byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file that takes mmap_lock itself, without the vsyscall
# emulation's signal.
PICK.5.15.versions := 5.15.161..5.15
PICK.5.15.needs += \<exc_page_fault\>
PICK.5.15.has += \<mmap_read_trylock\>
PICK.5.15.refuses += \<lock_vma_under_rcu\>
PICK.5.15.refuses += \<fred_event_data\>
PICK.5.15.refuses += \<sig_on_uaccess_err\>
PICK.5.15.refuses += \<VM_FAULT_COMPLETED\>
PICK.5.15.refuses += \<no_context\(

PROFILE_BASE += 6.1.0
# (a profile built on this one names its own file, made after this one's)
ifeq ($(MADE_IS),)
MADE_SHA256 := 73e270cf70d446dffb41586357c79938e82350dc51558101ea49fcf0ac2a3ba4
endif
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.15)
MADE_PATCHES := tests/5.15/from-6.1.0.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),5.15.199 to 5.15.y's fault.c)
include tests/6.1.0/profile.mk
