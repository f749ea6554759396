// SPDX-License-Identifier: GPL-2.0
/*
 * arch/x86/kernel/traps.c before 44b979fa302c (v5.16): the vmap-stack
 * overflow report takes fault.c's message, on the #DF stack its inline
 * asm switched to, and dies (die(), then panic() should that return). It is
 * entered by that asm's call, never from C, and never returns to it:
 * the run ends here, off the #DF stack.
 */
#include <linux/sched.h>

#include <fk_x86.h>

void handle_stack_overflow(const char *message, struct pt_regs *regs,
			   unsigned long fault_address);

FK_VOID3(handle_stack_overflow, "s p a", const char *, message,
	 struct pt_regs *, regs, unsigned long, fault_address)
{
	fk_x86_leave_df_stack();
	fk_noreturn("handle_stack_overflow() panics");
}
