/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/kprobes.h> (CONFIG_KPROBES=y). */
#ifndef _SHIM_LINUX_KPROBES_H
#define _SHIM_LINUX_KPROBES_H

#include <asm/ptrace.h>

static inline int kprobes_built_in(void)
{
	return 1;
}
int kprobe_running(void);
int kprobe_fault_handler(struct pt_regs *regs, int trapnr);
#include <linux/hardirq.h>

#endif
