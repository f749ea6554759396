/* SPDX-License-Identifier: GPL-2.0 */
/*
 * include/generated/uapi/linux/version.h: the series the shim follows,
 * for a model that a later series changed (a profile built on this one
 * defines its own LINUX_VERSION_CODE first).
 */
#ifndef FK61_VERSION_H
#define FK61_VERSION_H

#define KERNEL_VERSION(a, b, c)	(((a) << 16) + ((b) << 8) + (c))
#ifndef LINUX_VERSION_CODE
#define LINUX_VERSION_CODE	KERNEL_VERSION(6, 1, 0)
#endif

#endif
