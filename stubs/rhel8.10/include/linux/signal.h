/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 8 sends a fault's signal with the task (force_sig_fault(...,
 * tsk), force_sig_mceerr(..., tsk), as 4.18's API had it): for fault.c
 * alone, the calls go to the model's fakes (stubs/6.1/kernel/signal.c),
 * and the task must be the one that faulted.
 */
#ifndef FKR8_SIGNAL_H
#define FKR8_SIGNAL_H

#include_next <linux/signal.h>

#ifdef FK_FAULT_C
void fk_violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern struct task_struct *fk61_current;

static inline void fkr8_to_current(struct task_struct *t, const char *who)
{
	if (t != fk61_current)
		fk_violation("%s: a fault's signal for another task", who);
}

static inline int fkr8_force_sig_fault(int sig, int code, void __user *addr,
				       struct task_struct *t)
{
	fkr8_to_current(t, "force_sig_fault");
	return (force_sig_fault)(sig, code, addr);
}

static inline int fkr8_force_sig_mceerr(int code, void __user *addr,
					short lsb, struct task_struct *t)
{
	fkr8_to_current(t, "force_sig_mceerr");
	return (force_sig_mceerr)(code, addr, lsb);
}

#define force_sig_fault(sig, code, addr, t)				\
	fkr8_force_sig_fault(sig, code, addr, t)
#define force_sig_mceerr(code, addr, lsb, t)				\
	fkr8_force_sig_mceerr(code, addr, lsb, t)
#endif

#endif
