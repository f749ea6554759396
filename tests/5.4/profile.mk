# SPDX-License-Identifier: GPL-2.0
# The 5.4 profile: 5.4.y from 5.4.278, where 02b670c1f88e ("x86/mm:
# Remove broken vsyscall emulation code from the page fault code", v6.9)
# reached it. Its fault.c is older than the v5.8 entry rework: the asm
# entry calls do_page_fault(regs, error_code, address), which brackets
# the fault with exception_enter() and exception_exit() and leaves the
# irqs as the fault left them; mmap_sem is an rwsem fault.c takes with
# down_read_trylock() and down_read(); a fault is retried at most once
# (no ALLOW_RETRY on the retry) and a fatal signal ends it; fault.c
# counts the major and minor faults itself, from what handle_mm_fault()
# (three arguments) answered on any pass; and a not-present kernel fault
# in the vmalloc area first syncs the task's pgd from init_mm's
# (vmalloc_fault(), which 7f0a002b5a21 removed from x86_64 in v5.8).
# It is the 5.10.35 profile with what 5.4 lacks: stubs/5.4, and the
# rules of tests/6.1/profile.c and mm/6.1 that LINUX_VERSION_CODE 5.4
# turns (and the trace words of tests/6.1/rows.h); the rows that differ
# say so (FK_ON "5.4").
# Its own file, without KSRC=: the 5.10.35 profile's with
# tests/5.4/from-5.10.35.diff, 5.4.278 to 5.4.y's fault.c byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file entered at the three-argument do_page_fault() that
# takes mmap_sem itself, without the vsyscall emulation's signal.
PICK.5.4.versions := 5.4.278..5.4
PICK.5.4.needs += \<do_page_fault\(struct pt_regs \*regs, unsigned long error_code, unsigned long address\)
PICK.5.4.needs += \<no_context\(
PICK.5.4.needs += \<do_kern_addr_fault\(
PICK.5.4.needs += \<down_read_trylock\(&mm->mmap_sem\)
PICK.5.4.refuses += \<sig_on_uaccess_err\>

PROFILE_BASE += 5.10.35
# (a profile built on this one names its own file, made after this one's)
ifeq ($(MADE_IS),)
MADE_SHA256 := 1efd4d233e3cb266ce039f37b772682e8eb4e9e8f49b2834df352fb133d9dc45
endif
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.4)
MADE_PATCHES := tests/5.4/from-5.10.35.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),5.4.278 to 5.4.y's fault.c)
include tests/5.10.35/profile.mk
