/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.7 shim follows: what 6.12 changed after it (a
 * profile built on it, its own). */
#ifndef FK67_VERSION_H
#define FK67_VERSION_H

#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 7, 0)
#endif
#include_next <linux/version.h>

#endif
