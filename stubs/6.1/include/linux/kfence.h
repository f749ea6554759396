/* SPDX-License-Identifier: GPL-2.0 */
/* mm/kfence: a KFENCE guard-page fault is reported, not oopsed. */
#ifndef FK61_LINUX_KFENCE_H
#define FK61_LINUX_KFENCE_H

#include <asm/ptrace.h>
bool kfence_handle_page_fault(unsigned long addr, bool is_write,
			      struct pt_regs *regs);

#endif
