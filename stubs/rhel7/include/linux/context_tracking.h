/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/context_tracking.h>, as RHEL 7's do_page_fault() reads
 * it: context tracking (for NO_HZ_FULL) leaves the fault's outcome as it
 * is, so entering and leaving the exception is nothing here.
 */
#ifndef _SHIM_LINUX_CONTEXT_TRACKING_H
#define _SHIM_LINUX_CONTEXT_TRACKING_H

enum ctx_state { IN_KERNEL = 0, IN_USER };

static inline enum ctx_state exception_enter(void) { return IN_KERNEL; }
static inline void exception_exit(enum ctx_state prev) { (void)prev; }

#endif
