# SPDX-License-Identifier: GPL-2.0
# The 5.10 profile: 5.10.y from 5.10.253, where ec352711ceba ("x86/fault:
# Fold mm_fault_error() into do_user_addr_fault()") and 03c81ea33316
# ("x86/fault: Improve kernel-executing-user-memory handling") reached it,
# both v5.12 (02b670c1f88e came in 5.10.219). Its fault.c is older than
# v5.12's rework of the kernel-mode path: no_context() fixes a fault up,
# tries the AMD prefetch quirk on any CPU, switches to the #DF stack by
# its own inline asm when the address is the page below or above the
# task's stack, and oopses; it is reached for an implicit supervisor
# access from user mode too, and for SMAP and SMEP violations, whose
# extable entry fixes them up; __bad_area_nosemaphore(), do_sigbus() and
# the OOM and fatal-signal paths decide by X86_PF_USER. No vDSO fixup,
# no SGX bit, no KFENCE. It is the 5.15 profile with what 5.10 lacks:
# stubs/5.10 (efi_recover_from_page_fault(), the 5.10 signature of
# handle_stack_overflow(), boot_cpu_has()), and the rows that differ
# say so (FK_ON "5.10", tests/5.10/rows.h), each naming its commit.
# Its own file, without KSRC=: the 5.15 profile's with
# tests/5.10/from-5.15.diff, a stand-in for 5.10.253 to 5.10.y's that
# keeps 614da1d3d4cd; without it, their file byte for byte.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): a file with no_context() that takes mmap_lock itself.
PICK.5.10.versions := 5.10.253..5.10
PICK.5.10.needs += \<exc_page_fault\>
PICK.5.10.needs += \<no_context\(
PICK.5.10.has += \<mmap_read_trylock\>
PICK.5.10.refuses += \<sig_on_uaccess_err\>
PICK.5.10.refuses += \<mm_fault_error\(
PICK.5.10.refuses += \<VM_FAULT_COMPLETED\>

PROFILE_BASE += 5.15
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.10)
MADE_PATCHES := tests/5.10/from-5.15.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.10.253 to 5.10.y's fault.c)
include tests/5.15/profile.mk

# Options 5.10 has not: the SGX driver (v5.11), through which the CPU
# could report X86_PF_SGX, and KFENCE (v5.12).
PROFILE_KCONFIG_OPTIONS := $(filter-out X86_SGX KFENCE KFENCE_%,$(PROFILE_KCONFIG_OPTIONS))
