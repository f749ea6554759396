/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kprobe_page_fault() (inline in the kernel, it asks the kprobe that
 * runs): a recorded call with CONFIG_KPROBES, constant false without, as
 * the kernel's IS_ENABLED(CONFIG_KPROBES) test makes it.
 */
#ifndef FK61_LINUX_KPROBES_H
#define FK61_LINUX_KPROBES_H

#include <linux/kconfig.h>
#include <linux/version.h>
#include <asm/ptrace.h>

/*
 * Whether a kprobe's fault_handler may claim a fault (stubs/6.1/arch/x86/
 * mm/misc.c): before ec6aba3d2be1 (v5.14), or where the shim says.
 */
#ifndef FK_KPROBE_FAULT_HANDLER
#define FK_KPROBE_FAULT_HANDLER						\
	(LINUX_VERSION_CODE < KERNEL_VERSION(5, 14, 0))
#endif

#ifdef CONFIG_KPROBES
bool kprobe_page_fault(struct pt_regs *regs, unsigned int trap);
#else
#define kprobe_page_fault(regs, trap)	false
#endif

#endif
