/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <trace/events/kmem.h>: RHEL6's mm_kernel_pagefault tracepoint,
 * which do_page_fault() fires when a kernel-mode fault returns.
 */
#ifndef _SHIM_TRACE_EVENTS_KMEM_H
#define _SHIM_TRACE_EVENTS_KMEM_H

struct task_struct;
struct pt_regs;

void trace_mm_kernel_pagefault(struct task_struct *tsk, unsigned long address,
			       struct pt_regs *regs);

#endif
