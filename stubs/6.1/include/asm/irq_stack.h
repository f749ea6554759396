/* SPDX-License-Identifier: GPL-2.0 */
/*
 * call_on_stack() switches to another stack in inline assembly and calls
 * a function with the operands named in its constraints. Userspace cannot
 * switch to the #DF stack; the one caller in fault.c (page_fault_oops) calls
 * handle_stack_overflow(regs, address, &info), which this does directly
 * with the names of that caller's locals.
 */
#ifndef FK61_ASM_IRQ_STACK_H
#define FK61_ASM_IRQ_STACK_H

#include <asm/cpu_entry_area.h>

#define ASM_CALL_ARG3
#define call_on_stack(stack, func, asm_call, argconstr, extra...) \
	((void)(stack), func(regs, address, &info))

#endif
