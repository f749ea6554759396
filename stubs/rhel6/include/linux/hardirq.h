/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/hardirq.h> and <linux/preempt.h>. */
#ifndef _SHIM_LINUX_HARDIRQ_H
#define _SHIM_LINUX_HARDIRQ_H

/* preempt_count is what in_atomic() reads: modelled, not recorded. */
extern int fk_preempt_count;
#define preempt_disable()	(fk_preempt_count++)
#define preempt_enable()	(fk_preempt_count--)
int in_atomic(void);

#endif
