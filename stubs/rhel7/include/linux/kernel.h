/* SPDX-License-Identifier: GPL-2.0 */
/* RHEL 6's <linux/kernel.h> shim, with 3.10's WARN_ON_ONCE(). */
#ifndef _SHIM_RHEL7_LINUX_KERNEL_H
#define _SHIM_RHEL7_LINUX_KERNEL_H

#include_next <linux/kernel.h>

#define WARN_ON_ONCE(cond)	WARN_ONCE(cond, "WARN_ON_ONCE(%s)\n", #cond)

#endif
