/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.6 shim follows: what 6.12 changed after it (a
 * profile built on it, its own). */
#ifndef FK66_VERSION_H
#define FK66_VERSION_H

#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 6, 0)
#endif
#include_next <linux/version.h>

#endif
