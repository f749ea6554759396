/* SPDX-License-Identifier: GPL-2.0 */
/*
 * in_interrupt(), which fault.c asks before its sig_on_uaccess_err
 * check until 02b670c1f88e (v6.9): 6.1.37's, after the sched.h of the
 * profiles 6.7 is built on.
 */
#ifndef FK67_LINUX_SCHED_H
#define FK67_LINUX_SCHED_H

#include_next <linux/sched.h>
#include "../../../6.1.37/include/linux/sched.h"

#endif
