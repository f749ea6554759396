/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/mmiotrace.h> (CONFIG_MMIOTRACE=y, so rows can script it). */
#ifndef _SHIM_LINUX_MMIOTRACE_H
#define _SHIM_LINUX_MMIOTRACE_H

#include <asm/ptrace.h>

int is_kmmio_active(void);
int kmmio_handler(struct pt_regs *regs, unsigned long addr);

#endif
