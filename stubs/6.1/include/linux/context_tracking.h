/* SPDX-License-Identifier: GPL-2.0 */
/* irqentry_enter()/exit(): the entry code around the handler. */
#ifndef FK61_LINUX_CONTEXT_TRACKING_H
#define FK61_LINUX_CONTEXT_TRACKING_H

#include <asm/ptrace.h>
/* a struct in the kernel; fault.c only passes it from enter to exit */
typedef unsigned long irqentry_state_t;

irqentry_state_t irqentry_enter(struct pt_regs *regs);
void irqentry_exit(struct pt_regs *regs, irqentry_state_t state);
#define instrumentation_begin()	do { } while (0)
#define instrumentation_end()	do { } while (0)

#endif
