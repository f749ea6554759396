/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/kmemcheck.h>: hooks of a kernel built with CONFIG_KMEMCHECK
 * (arch/x86/mm/kmemcheck/kmemcheck.c), and without it (RHEL 6.5, whose
 * FUNCTION_TRACER rules it out) constant false and empty, as the kernel's
 * header makes them: the branches fault.c has for them are then gone.
 */
#ifndef _SHIM_ASM_KMEMCHECK_H
#define _SHIM_ASM_KMEMCHECK_H

#include <linux/kconfig.h>
#include <linux/types.h>
#include <asm/ptrace.h>

#ifdef CONFIG_KMEMCHECK
bool kmemcheck_active(struct pt_regs *regs);
void kmemcheck_hide(struct pt_regs *regs);
bool kmemcheck_fault(struct pt_regs *regs, unsigned long address,
		     unsigned long error_code);
#else
#define kmemcheck_active(regs)		((void)(regs), 0)
#define kmemcheck_hide(regs)		((void)(regs))
#define kmemcheck_fault(regs, address, error_code)			\
	((void)(regs), (void)(address), (void)(error_code), 0)
#endif

#endif
