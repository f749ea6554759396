/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.15 shim follows: what changed from it on. */
#ifndef FK615_VERSION_H
#define FK615_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 15, 0)
#include_next <linux/version.h>

#endif
