/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 5.10 shim follows (mm/6.1/memory.c reads it). */
#ifndef FK510_VERSION_H
#define FK510_VERSION_H

#ifndef LINUX_VERSION_CODE	/* a profile built on it: its own */
#define LINUX_VERSION_CODE	KERNEL_VERSION(5, 10, 0)
#endif
#include_next <linux/version.h>

#endif
