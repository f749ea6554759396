/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/kdebug.h> and <asm/kdebug.h>: the oops machinery. */
#ifndef _SHIM_LINUX_KDEBUG_H
#define _SHIM_LINUX_KDEBUG_H

#include <asm/ptrace.h>

unsigned long oops_begin(void);
int __die(const char *str, struct pt_regs *regs, long err);
/* Does not return when @signr is non-zero: panic or do_exit. */
void oops_end(unsigned long flags, struct pt_regs *regs, int signr);
int oops_may_print(void);

#endif
