/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_VSYSCALL_H
#define FK61_ASM_VSYSCALL_H

#include <asm/pgtable.h>
#include <asm/ptrace.h>

bool emulate_vsyscall(unsigned long error_code, struct pt_regs *regs,
		      unsigned long address);

static inline bool is_vsyscall_vaddr(unsigned long vaddr)
{
	return unlikely((vaddr & PAGE_MASK) == VSYSCALL_ADDR);
}

#endif
