/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.9 shim follows: what 6.12 changed after it. */
#ifndef FK69_VERSION_H
#define FK69_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 9, 0)
#include_next <linux/version.h>

#endif
