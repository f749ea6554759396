/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/sched.h> as RHEL 7's fault.c reads it: RHEL 6's, with
 * the thread's trap number named trap_nr, and the thread_info flag that
 * a vsyscall emulation sets to have a fixed-up fault signalled all the
 * same. No row emulates a vsyscall (asm/fixmap.h), so it is clear.
 */
#ifndef _SHIM_RHEL7_LINUX_SCHED_H
#define _SHIM_RHEL7_LINUX_SCHED_H

#include_next <linux/sched.h>
/* as asm/processor.h brings it: 7.3's fault.c tests SMAP without it */
#include <asm/cpufeature.h>

#ifdef FK_FULL_FAULT_C
#define trap_nr	trap_no

struct thread_info {
	unsigned int sig_on_uaccess_error:1;
};

static inline struct thread_info *current_thread_info(void)
{
	static struct thread_info ti;

	return &ti;
}

/* RHEL 7 prints the faulting ip without RHEL 6's "reliable" flag. */
#define printk_address(address, ...)	(printk_address)((address), 1)
#endif

#endif
