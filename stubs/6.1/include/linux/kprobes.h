/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kprobe_page_fault() (inline in the kernel, it asks the kprobe that
 * runs): a recorded call with CONFIG_KPROBES, constant false without, as
 * the kernel's IS_ENABLED(CONFIG_KPROBES) test makes it.
 */
#ifndef FK61_LINUX_KPROBES_H
#define FK61_LINUX_KPROBES_H

#include <linux/kconfig.h>
#include <asm/ptrace.h>

#ifdef CONFIG_KPROBES
bool kprobe_page_fault(struct pt_regs *regs, unsigned int trap);
#else
#define kprobe_page_fault(regs, trap)	false
#endif

#endif
