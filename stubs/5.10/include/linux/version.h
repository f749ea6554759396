/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 5.10 shim follows (mm/6.1/memory.c reads it). */
#ifndef FK510_VERSION_H
#define FK510_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(5, 10, 0)
#include_next <linux/version.h>

#endif
