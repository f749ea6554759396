/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Before 02b670c1f88e ("x86/mm: Remove broken vsyscall emulation code
 * from the page fault code", v6.9, 6.1.y), fault.c defined
 * is_vsyscall_vaddr() itself: for the unit (FK_FAULT_C), asm/vsyscall.h
 * has emulate_vsyscall() only; the model's own files keep the 6.1
 * shim's, which has both, as later kernels do.
 */
#ifdef FK_FAULT_C
#ifndef FK6137_ASM_VSYSCALL_H
#define FK6137_ASM_VSYSCALL_H

#include <asm/pgtable.h>
#include <asm/ptrace.h>

bool emulate_vsyscall(unsigned long error_code, struct pt_regs *regs,
		      unsigned long address);

#endif
#else
#include_next <asm/vsyscall.h>
#endif
