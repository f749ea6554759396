/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.6 shim follows: what 6.12 changed after it. */
#ifndef FK66_VERSION_H
#define FK66_VERSION_H

#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 6, 0)
#include_next <linux/version.h>

#endif
