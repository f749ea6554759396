/* SPDX-License-Identifier: GPL-2.0 */
/* The series the 6.12 shim follows (a profile built on it, its own). */
#ifndef FK612_VERSION_H
#define FK612_VERSION_H

#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 12, 0)
#endif
#include_next <linux/version.h>

#endif
