/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/ptrace.h>, <asm/segment.h> and <asm/processor-flags.h>. */
#ifndef _SHIM_ASM_PTRACE_H
#define _SHIM_ASM_PTRACE_H

#define __KERNEL_CS	0x10
#define __USER32_CS	0x23
#define __USER_CS	0x33
#define SEGMENT_RPL_MASK 0x3
#define USER_RPL	0x3

#define X86_EFLAGS_IF	0x00000200
#define X86_VM_MASK	0x00020000

struct pt_regs {
	unsigned long ip;
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
};

/* Pure functions of the registers, as in the kernel: not recorded. */
static inline int user_mode(struct pt_regs *regs)
{
	return (regs->cs & SEGMENT_RPL_MASK) == USER_RPL;
}

/* Recorded: the unit decides irqs and PF_USER on it. */
int user_mode_vm(struct pt_regs *regs);

/* The linear address of ip: segments are flat, so ip itself. */
struct task_struct;
unsigned long convert_ip_to_linear(struct task_struct *child,
				   struct pt_regs *regs);

#endif
