/* SPDX-License-Identifier: GPL-2.0 */
/* The #DF stack the vmap-stack overflow path switches to. */
#ifndef FK61_ASM_CPU_ENTRY_AREA_H
#define FK61_ASM_CPU_ENTRY_AREA_H

#include <asm/ptrace.h>

struct stack_info {
	unsigned long *begin, *end;
};

bool get_stack_guard_info(unsigned long *stack, struct stack_info *info);
void handle_stack_overflow(struct pt_regs *regs, unsigned long fault_address,
			   struct stack_info *info);
/* the harness's #DF stack (tests/x86/world.c) */
extern unsigned long fk_x86_ist_top;
#define __this_cpu_ist_top_va(name)	fk_x86_ist_top

/*
 * asm/asm.h: an asm that makes a call says so with this (5.10's and
 * 5.15.0's fault.c switch to the #DF stack and call in their own asm).
 */
register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT	"+r" (current_stack_pointer)

#endif
