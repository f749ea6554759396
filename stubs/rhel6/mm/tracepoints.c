// SPDX-License-Identifier: GPL-2.0
/*
 * RHEL6's mm_kernel_pagefault tracepoint (trace/events/kmem.h): recorded,
 * since do_page_fault() fires it after every kernel-mode fault that
 * returns, whatever became of it.
 */
#include <linux/sched.h>
#include <trace/events/kmem.h>

#include <fk_x86.h>

FK_VOID3(trace_mm_kernel_pagefault, "p a p", struct task_struct *, tsk,
	 unsigned long, address, struct pt_regs *, regs)
{
	(void)tsk;
	(void)address;
	(void)regs;
}
