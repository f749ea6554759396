/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 5.10's no_context() switches to the #DF stack itself: inline asm that
 * loads %rsp and calls handle_stack_overflow(message, regs, address), in
 * the registers that are its arguments. It runs here as written, on the
 * shim's #DF stack (fk61_ist_top_df()); ASM_CALL_CONSTRAINT is the
 * kernel's (asm/asm.h), which tells the compiler the asm makes a call.
 */
#ifndef FK510_ASM_CPU_ENTRY_AREA_H
#define FK510_ASM_CPU_ENTRY_AREA_H

#include_next <asm/cpu_entry_area.h>

register unsigned long current_stack_pointer asm("rsp");
#define ASM_CALL_CONSTRAINT	"+r" (current_stack_pointer)

#endif
