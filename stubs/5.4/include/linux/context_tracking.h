/* SPDX-License-Identifier: GPL-2.0 */
/*
 * exception_enter()/exit(): 5.4's do_page_fault() still brackets the
 * fault with them (ee6352b2c47a, v5.6, removed them; the v5.8 entry
 * rework brought irqentry_enter() and irqentry_exit()).
 */
#ifndef FK54_LINUX_CONTEXT_TRACKING_H
#define FK54_LINUX_CONTEXT_TRACKING_H

#include_next <linux/context_tracking.h>

enum ctx_state { CONTEXT_DISABLED = -1, CONTEXT_KERNEL = 0, CONTEXT_USER };

enum ctx_state exception_enter(void);
void exception_exit(enum ctx_state prev_ctx);

#endif
