/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_SIGNAL_H
#define FK61_SIGNAL_H

#include <signal.h>
#include <linux/types.h>

struct task_struct;

#ifndef SEGV_PKUERR
#define SEGV_PKUERR	4
#endif
#ifndef BUS_MCEERR_AR
#define BUS_MCEERR_AR	4
#endif

int force_sig_fault(int sig, int code, void __user *addr);
int force_sig_mceerr(int code, void __user *addr, short lsb);
int force_sig_pkuerr(void __user *addr, u32 pkey);
bool unhandled_signal(struct task_struct *tsk, int sig);

extern int show_unhandled_signals;

#endif
