/* SPDX-License-Identifier: GPL-2.0 */
/* mmiotrace: is_kmmio_active() reads the row, kmmio_handler() is a call. */
#ifndef FK61_LINUX_MMIOTRACE_H
#define FK61_LINUX_MMIOTRACE_H

#include <asm/ptrace.h>
int is_kmmio_active(void);
int kmmio_handler(struct pt_regs *regs, unsigned long addr);

#endif
