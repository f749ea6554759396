/* SPDX-License-Identifier: GPL-2.0 */
/* kprobe_page_fault() (inline in the kernel, it asks the kprobe that
 * runs): a recorded call a row can script. */
#ifndef FK61_LINUX_KPROBES_H
#define FK61_LINUX_KPROBES_H

#include <asm/ptrace.h>
bool kprobe_page_fault(struct pt_regs *regs, unsigned int trap);

#endif
