/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8's fault.c asks kprobes itself (its own kprobes_fault(), as
 * 4.18's): kprobe_running() and kprobe_fault_handler(regs, 14), whose
 * fault_handler RHEL 8 still has (upstream removed it in ec6aba3d2be1,
 * v5.14). Together they are the model's kprobe_page_fault() (stubs/6.1/
 * arch/x86/mm/misc.c): a kprobe "runs" for the model to decide.
 */
#ifndef FKR8_LINUX_KPROBES_H
#define FKR8_LINUX_KPROBES_H

#define FK_KPROBE_FAULT_HANDLER	1
#include_next <linux/kprobes.h>

#define kprobes_built_in()	IS_ENABLED(CONFIG_KPROBES)
#define kprobe_running()	1
#define kprobe_fault_handler(regs, trapnr)	kprobe_page_fault(regs, trapnr)

#endif
