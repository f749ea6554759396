/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 6's <linux/uaccess.h> shim, with RHEL 7.9's faulthandler_disabled()
 * (8222dbe21e79 "sched/preempt, mm/fault: Decouple preemption from the
 * page fault logic", v4.2): pagefault_disabled() || in_atomic(), which
 * the rows' in_atomic() answers as one, as RHEL 6's fault.c asks it.
 */
#ifndef _SHIM_RHEL7_LINUX_UACCESS_H
#define _SHIM_RHEL7_LINUX_UACCESS_H

#include_next <linux/uaccess.h>
#include <linux/hardirq.h>

#define faulthandler_disabled()	in_atomic()

#endif
