/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 5.4 shim follows (tests/6.1 and mm/6.1 read it). */
#ifndef FK54_VERSION_H
#define FK54_VERSION_H

#ifndef LINUX_VERSION_CODE	/* a profile built on it: its own */
#define LINUX_VERSION_CODE	KERNEL_VERSION(5, 4, 0)
#endif
#include_next <linux/version.h>

#endif
