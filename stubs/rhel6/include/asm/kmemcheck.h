/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <asm/kmemcheck.h>: hooks that a row may script on. */
#ifndef _SHIM_ASM_KMEMCHECK_H
#define _SHIM_ASM_KMEMCHECK_H

#include <linux/types.h>
#include <asm/ptrace.h>

bool kmemcheck_active(struct pt_regs *regs);
void kmemcheck_hide(struct pt_regs *regs);
bool kmemcheck_fault(struct pt_regs *regs, unsigned long address,
		     unsigned long error_code);

#endif
