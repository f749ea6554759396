/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_SCHED_SIGNAL_H
#define FK61_SCHED_SIGNAL_H

#include <linux/sched.h>
#include <linux/signal.h>

/* Exploring, the first look decides when signals arrive (tests/x86). */
void fk_x86_sigkill(void);
int fk_x86_sigpending(void);

static inline int fatal_signal_pending(struct task_struct *p)
{
	fk_x86_sigkill();
	return p->sigkill_pending;
}

static inline int signal_pending(struct task_struct *p)
{
	fk_x86_sigkill();
	return fk_x86_sigpending() || p->sigkill_pending;
}

/* include/linux/sched/signal.h, 6.1 */
static inline bool fault_signal_pending(vm_fault_t fault_flags,
					struct pt_regs *regs)
{
	return unlikely((fault_flags & VM_FAULT_RETRY) &&
			(fatal_signal_pending(current) ||
			 (user_mode(regs) && signal_pending(current))));
}

#endif
