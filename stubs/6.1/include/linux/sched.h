/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_SCHED_H
#define FK61_SCHED_H

#include <linux/types.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/mm.h>
#include <asm/trap_pf.h>
#include <asm/processor.h>
#include <linux/irqflags.h>
#include <linux/signal.h>

#define TASK_COMM_LEN	16
#define TASK_RUNNING	0

struct thread_struct {
	unsigned long trap_nr, error_code, cr2;
	/*
	 * Set only by emulate_vsyscall() around its user copies, read by
	 * fault.c until 02b670c1f88e (v6.9, 6.1.y) removed both: the
	 * model never faults inside emulate_vsyscall(), so it stays 0.
	 */
	unsigned int sig_on_uaccess_err:1;
};

struct task_struct {
	struct mm_struct *mm, *active_mm;
	char comm[TASK_COMM_LEN];
	int pid;
	unsigned long maj_flt, min_flt;
	struct thread_struct thread;
	void *stack;			/* its vmap stack, THREAD_SIZE */
	int sigkill_pending;		/* a fatal signal is pending */
	int signal_pending;		/* some signal is pending */
	int stack_end_corrupted;
};

extern struct task_struct *fk61_current;
#define current fk61_current

static inline int task_pid_nr(struct task_struct *tsk)
{
	return tsk->pid;
}

#define task_stack_end_corrupted(tsk)	((tsk)->stack_end_corrupted)

void might_sleep(void);
int raw_smp_processor_id(void);

/*
 * in_interrupt() (linux/preempt.h, which linux/sched.h reaches), which
 * a file asks before its sig_on_uaccess_err check (6.1.y before
 * 02b670c1f88e, RHEL 9): the model's faults are all taken in task
 * context (no row or input puts one in an interrupt handler).
 */
static inline bool in_interrupt(void)
{
	return false;
}

/* ... nor in an NMI (RHEL 8's vmalloc_fault() warns if one is) */
static inline bool in_nmi(void)
{
	return false;
}

/* RHEL 8's kprobes_fault() pins the CPU to ask kprobe_running(): the
 * model's answer (kprobe_page_fault()) reads the context the row gave */
#define preempt_disable()	barrier()
#define preempt_enable()	barrier()

#endif
