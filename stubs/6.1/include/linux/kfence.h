/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mm/kfence: a KFENCE guard-page fault is reported, not oopsed. Without
 * CONFIG_KFENCE (Debian's 6.1) the kernel's header makes it constant
 * false, and so does this one: no call.
 */
#ifndef FK61_LINUX_KFENCE_H
#define FK61_LINUX_KFENCE_H

#include <linux/kconfig.h>
#include <asm/ptrace.h>

#ifdef CONFIG_KFENCE
bool kfence_handle_page_fault(unsigned long addr, bool is_write,
			      struct pt_regs *regs);
#else
#define kfence_handle_page_fault(addr, is_write, regs)	false
#endif

#endif
