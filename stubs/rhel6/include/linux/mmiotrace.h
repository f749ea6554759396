/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/mmiotrace.h>: mmiotrace of a kernel built with
 * CONFIG_MMIOTRACE (arch/x86/mm/kmmio.c); without it (RHEL 6.5)
 * is_kmmio_active() is constant 0, as in the kernel's header.
 */
#ifndef _SHIM_LINUX_MMIOTRACE_H
#define _SHIM_LINUX_MMIOTRACE_H

#include <linux/kconfig.h>
#include <asm/ptrace.h>

#ifdef CONFIG_MMIOTRACE
int is_kmmio_active(void);
int kmmio_handler(struct pt_regs *regs, unsigned long addr);
#else
#define is_kmmio_active()		0
#define kmmio_handler(regs, addr)	((void)(regs), (void)(addr), 0)
#endif

#endif
