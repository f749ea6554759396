/* SPDX-License-Identifier: GPL-2.0 */
/* The page_fault_user/kernel trace points, behind a static key. */
#ifndef FK61_ASM_TRACE_EXCEPTIONS_H
#define FK61_ASM_TRACE_EXCEPTIONS_H

#include <asm/ptrace.h>

bool trace_pagefault_enabled(void);
void trace_page_fault_user(unsigned long address, struct pt_regs *regs,
			   unsigned long error_code);
void trace_page_fault_kernel(unsigned long address, struct pt_regs *regs,
			     unsigned long error_code);

#endif
