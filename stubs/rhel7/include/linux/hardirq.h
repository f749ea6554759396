/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 6's <linux/hardirq.h> shim, with what RHEL 7's fault.c asks more:
 * in_nmi(), for a warning, and in_interrupt(), which decides only whether
 * a fixed-up fault may yet be signalled to a vsyscall emulation, never
 * under way here (asm/fixmap.h): the fixup stands either way. No row
 * faults in an NMI or an interrupt.
 */
#ifndef _SHIM_RHEL7_LINUX_HARDIRQ_H
#define _SHIM_RHEL7_LINUX_HARDIRQ_H

#include_next <linux/hardirq.h>

#define in_nmi()	0
#define in_interrupt()	0

#endif
