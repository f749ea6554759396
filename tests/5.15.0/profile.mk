# SPDX-License-Identifier: GPL-2.0
# The 5.15.0 profile: 5.15.0 to 5.15.2, before 44b979fa302c ("x86/mm/64:
# Improve stack overflow warnings", v5.16) reached 5.15.y in 5.15.3. It is
# the 5.15.3 profile with page_fault_oops() as 5.10's no_context() had
# it: the page below or above the task's stack is an overflow, and its
# own inline asm switches to the #DF stack (run as written, on the
# shim's #DF stack) to call 5.10's handle_stack_overflow(message, regs,
# address) (stubs/5.15.0 takes 5.10's fake). The rows that differ say so
# (tests/5.15.0/rows.h, FK_ON "5.15.0").
# Its own file, without KSRC=: the 5.15.3 profile's with
# tests/5.15.0/before-44b979fa302c.diff, a stand-in that keeps
# 614da1d3d4cd.

# What KSRC= and FAULT_C= alone choose this profile for (tests/kernels/
# pick.sh): 5.15.3's, but the stack test of the vmap-stack overflow.
PICK.5.15.0.versions := 5.15.0..5.15.2
PICK.5.15.0.needs += \<exc_page_fault\>
PICK.5.15.0.needs += \<sig_on_uaccess_err\>
PICK.5.15.0.has += static bool is_vsyscall_vaddr\(
PICK.5.15.0.needs += current->stack \+ THREAD_SIZE
PICK.5.15.0.has += \<mmap_read_trylock\>
PICK.5.15.0.refuses += \<no_context\(
PICK.5.15.0.refuses += \<VM_FAULT_COMPLETED\>

PROFILE_BASE += 5.15.3
MADE_FROM_DEBIAN := $(or $(MADE_FROM_DEBIAN),$(O)/5.15.0)
MADE_PATCHES := tests/5.15.0/before-44b979fa302c.diff $(MADE_PATCHES)
MADE_IS := $(or $(MADE_IS),a stand-in for 5.15.0 to 5.15.2's fault.c)
include tests/5.15.3/profile.mk
