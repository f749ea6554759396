/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_VSYSCALL_H
#define FK61_ASM_VSYSCALL_H

#include <linux/kconfig.h>
#include <asm/pgtable.h>
#include <asm/ptrace.h>

#if defined(CONFIG_X86_VSYSCALL_EMULATION) && \
	defined(FK_EMULATE_VSYSCALL_2ARG)	/* before 918ce325098a (v5.3) */
bool emulate_vsyscall(struct pt_regs *regs, unsigned long address);
#elif defined(CONFIG_X86_VSYSCALL_EMULATION)
bool emulate_vsyscall(unsigned long error_code, struct pt_regs *regs,
		      unsigned long address);
#elif defined(FK_EMULATE_VSYSCALL_2ARG)
#define emulate_vsyscall(regs, address)	false
#else
#define emulate_vsyscall(error_code, regs, address)	false
#endif

/* asm/vsyscall.h's since ee0e39a63b78 (v6.8); a unit whose file defines
 * it (6.7, 6.1.y, 5.15.y and 5.10.y before it) is built without it. */
#ifndef FK_UNIT_DEFINES_IS_VSYSCALL_VADDR
static inline bool is_vsyscall_vaddr(unsigned long vaddr)
{
	return unlikely((vaddr & PAGE_MASK) == VSYSCALL_ADDR);
}
#endif

#endif
