/* SPDX-License-Identifier: GPL-2.0 */
/*
 * call_on_stack() switches to another stack in inline assembly and calls
 * a function with the operands named in its constraints, which a macro
 * cannot take apart; the one caller in fault.c (page_fault_oops) calls
 * handle_stack_overflow(regs, address, &info), which this does directly,
 * on the stack it is on, with the names of that caller's locals. (The
 * asm of 5.10's and 5.15.0's fault.c itself runs as written: the #DF
 * stack is fk_x86_ist_top's.)
 */
#ifndef FK61_ASM_IRQ_STACK_H
#define FK61_ASM_IRQ_STACK_H

#include <asm/cpu_entry_area.h>

#define ASM_CALL_ARG3
#define call_on_stack(stack, func, asm_call, argconstr, extra...) \
	((void)(stack), func(regs, address, &info))

#endif
