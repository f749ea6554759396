/* SPDX-License-Identifier: GPL-2.0 */
/*
 * in_interrupt() (linux/preempt.h, which linux/sched.h reaches), which
 * fault.c asked before its sig_on_uaccess_err check until 02b670c1f88e:
 * the model's faults are all taken in task context (no row or input
 * puts one in an interrupt handler).
 */
#ifndef FK6137_LINUX_SCHED_H
#define FK6137_LINUX_SCHED_H

#include_next <linux/sched.h>

static inline bool in_interrupt(void)
{
	return false;
}

#endif
