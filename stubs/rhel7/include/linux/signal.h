/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/signal.h>, RHEL 7's: RHEL 6's siginfo with the
 * protection key of a SEGV_PKUERR fault (7.4).
 */
#ifndef _SHIM_RHEL7_LINUX_SIGNAL_H
#define _SHIM_RHEL7_LINUX_SIGNAL_H

#define FK_SIGINFO_MORE	unsigned int si_pkey;
#include_next <linux/signal.h>

#define SEGV_PKUERR	(__SI_FAULT | 4)

#endif
