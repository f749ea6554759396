/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_PTRACE_H
#define FK61_PTRACE_H

#include <linux/types.h>

struct pt_regs {
	unsigned long ip, cs, flags, sp, ss;
};

#define X86_EFLAGS_IF	0x00000200UL
#define X86_EFLAGS_AC	0x00040000UL

#define __KERNEL_CS	0x10
#define __USER32_CS	0x23
#define __USER_CS	0x33

static inline int user_mode(struct pt_regs *regs)
{
	return !!(regs->cs & 3);
}

static inline bool user_64bit_mode(struct pt_regs *regs)
{
	return regs->cs == __USER_CS;
}

static inline unsigned long instruction_pointer(struct pt_regs *regs)
{
	return regs->ip;
}

#endif
