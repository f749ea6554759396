// SPDX-License-Identifier: GPL-2.0
/*
 * Fakes of kernel/sched.c and its inlines: current, in_atomic(),
 * might_sleep(). current is not recorded: it is a register read.
 */
#include <linux/sched.h>

#include <fk_x86.h>

struct task_struct init_task;
int fk_preempt_count;

struct task_struct *get_current(void)
{
	return &w.task;
}

FK_FAKE0(int, in_atomic, "=> d")
{
	return fk_scripted_or(fk_preempt_count != 0 || fk_x86_atomic());
}

FK_VOID0(might_sleep, "")
{
}
