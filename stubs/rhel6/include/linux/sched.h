/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/sched.h>: the task, current, and fatal signals. */
#ifndef _SHIM_LINUX_SCHED_H
#define _SHIM_LINUX_SCHED_H

#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/types.h>
#include <linux/mm.h>
#include <linux/signal.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/prefetch.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/cred.h>
#include <asm/ptrace.h>
#include <asm/system.h>

#define TASK_COMM_LEN	16

struct thread_struct {
	unsigned long cr2;
	unsigned long trap_no;
	unsigned long error_code;
	unsigned long screen_bitmap;
};

struct task_struct {
	struct mm_struct *mm;
	struct mm_struct *active_mm;
	char comm[TASK_COMM_LEN];
	int pid;
	unsigned long maj_flt, min_flt;
	struct thread_struct thread;
	/* SIGKILL in pending.signal, and TIF_SIGPENDING */
	int sigkill_pending;
	unsigned long stack_end_magic;	/* what *end_of_stack() reads */
};

extern struct task_struct init_task;

struct task_struct *get_current(void);
#define current get_current()

int fatal_signal_pending(struct task_struct *p);
int unhandled_signal(struct task_struct *tsk, int sig);
static inline int task_pid_nr(struct task_struct *tsk)
{
	return tsk->pid;
}
static inline unsigned long *end_of_stack(struct task_struct *p)
{
	return &p->stack_end_magic;
}

void might_sleep(void);

#endif
