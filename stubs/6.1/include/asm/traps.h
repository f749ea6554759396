/* SPDX-License-Identifier: GPL-2.0 */

#ifndef FK61_ASM_TRAPS_H
#define FK61_ASM_TRAPS_H

#include <asm/ptrace.h>

struct task_struct;
#define X86_TRAP_PF	14
void handle_invalid_op(struct pt_regs *regs);
unsigned long convert_ip_to_linear(struct task_struct *child,
				   struct pt_regs *regs);
void show_opcodes(struct pt_regs *regs, const char *loglvl);
bool idt_is_f00f_address(unsigned long address);

/* The #PF entry point: exc_page_fault(regs, error_code). */
#define DEFINE_IDTENTRY_RAW_ERRORCODE(func)				\
	void func(struct pt_regs *regs, unsigned long error_code);	\
	void func(struct pt_regs *regs, unsigned long error_code)

/* How the harness enters the fault, as the asm entry does (the unit) */
#define FK_ENTER_FAULT(regs, error_code)	exc_page_fault(regs, error_code)
/* ... and whether that entry is the v5.8 IDTENTRY (tests/6.1/profile.c) */
#define FK_IDTENTRY	1

#endif
