/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mmiotrace: is_kmmio_active() reads the row, kmmio_handler() is a call
 * (arch/x86/mm/kmmio.c). Without CONFIG_MMIOTRACE the kernel's header
 * makes is_kmmio_active() constant 0, and so does this one.
 */
#ifndef FK61_LINUX_MMIOTRACE_H
#define FK61_LINUX_MMIOTRACE_H

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
