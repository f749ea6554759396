// SPDX-License-Identifier: GPL-2.0
/* arch/x86/kernel/traps.c: the vmap-stack overflow report, on the #DF
 * stack, panics. */
#include <linux/sched.h>
#include <asm/cpu_entry_area.h>

#include <fk_x86.h>

FK_VOID3(handle_stack_overflow, "p a local", struct pt_regs *, regs,
	 unsigned long, fault_address, struct stack_info *, info)
{
	fk_noreturn("handle_stack_overflow() panics");
}
