/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/signal.h> and <asm-generic/siginfo.h>. si_code values are
 * the kernel's internal ones (__SI_FAULT in the high half).
 */
#ifndef _SHIM_LINUX_SIGNAL_H
#define _SHIM_LINUX_SIGNAL_H

#define SIGKILL		9
#define SIGBUS		7
#define SIGSEGV		11

#define __SI_FAULT	(3 << 16)
#define SEGV_MAPERR	(__SI_FAULT | 1)
#define SEGV_ACCERR	(__SI_FAULT | 2)
#define BUS_ADRERR	(__SI_FAULT | 2)
#define BUS_MCEERR_AR	(__SI_FAULT | 4)

typedef struct siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	void *si_addr;
	short si_addr_lsb;
#ifdef FK_SIGINFO_MORE
	FK_SIGINFO_MORE		/* a later kernel's fields (stubs/rhel7) */
#endif
} siginfo_t;

/* The sysctl that logs unhandled SIGSEGVs; fault.c defines it. */
extern int show_unhandled_signals;

struct task_struct;
int force_sig_info(int sig, struct siginfo *info, struct task_struct *t);

#endif
