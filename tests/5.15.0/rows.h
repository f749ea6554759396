/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The 5.15.3 vocabulary where 5.15.0 to 5.15.2 say it otherwise: the
 * overflow test of an oops in the vmalloc area reads tsk->stack, and
 * page_fault_oops()'s own asm calls handle_stack_overflow() with its
 * message (44b979fa302c, v5.16, in 5.15.3, made it
 * get_stack_guard_info() and call_on_stack()); efi_crash_gracefully_on_
 * page_fault() follows a test that fails.
 */
#ifndef K5150_ROWS_H
#define K5150_ROWS_H

#include_next <rows.h>

#undef T_STACK_OVERFLOW
#define T_STACK_OVERFLOW	T_STACK_OVERFLOW_ASM
#undef T_NOT_STACK
#define T_NOT_STACK	"efi_crash_gracefully_on_page_fault(addr)"

#endif
