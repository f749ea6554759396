/* SPDX-License-Identifier: GPL-2.0 */
/*
 * exception_enter()/exit(): before the v5.8 entry rework gave #PF
 * irqentry_enter() and irqentry_exit(), 5.4's do_page_fault() told
 * context tracking (NO_HZ_FULL) itself that the CPU left user mode.
 */
#ifndef FK54_LINUX_CONTEXT_TRACKING_H
#define FK54_LINUX_CONTEXT_TRACKING_H

#include_next <linux/context_tracking.h>

enum ctx_state { CONTEXT_DISABLED = -1, CONTEXT_KERNEL = 0, CONTEXT_USER };

enum ctx_state exception_enter(void);
void exception_exit(enum ctx_state prev_ctx);

#endif
