/* SPDX-License-Identifier: GPL-2.0 */
/* The oops machinery: oops_begin(), __die(), oops_end(). */
#ifndef FK61_LINUX_KDEBUG_H
#define FK61_LINUX_KDEBUG_H

#include <asm/ptrace.h>

unsigned long oops_begin(void);
int __die(const char *str, struct pt_regs *regs, long err);
void oops_end(unsigned long flags, struct pt_regs *regs, int signr);
int oops_may_print(void);

#endif
