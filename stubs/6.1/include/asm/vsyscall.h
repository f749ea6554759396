/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_VSYSCALL_H
#define FK61_ASM_VSYSCALL_H

#include <linux/kconfig.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>

#ifdef CONFIG_X86_VSYSCALL_EMULATION
bool emulate_vsyscall(unsigned long error_code, struct pt_regs *regs,
		      unsigned long address);
#else
#define emulate_vsyscall(error_code, regs, address)	false
#endif

static inline bool is_vsyscall_vaddr(unsigned long vaddr)
{
	return unlikely((vaddr & PAGE_MASK) == VSYSCALL_ADDR);
}

#endif
