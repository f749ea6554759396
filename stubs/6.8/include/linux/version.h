/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.8 shim follows: what 6.12 changed after it. */
#ifndef FK68_VERSION_H
#define FK68_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 8, 0)
#include_next <linux/version.h>

#endif
