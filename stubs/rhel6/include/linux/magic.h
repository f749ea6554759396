/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/magic.h>. */
#ifndef _SHIM_LINUX_MAGIC_H
#define _SHIM_LINUX_MAGIC_H

#define STACK_END_MAGIC	0x57AC6E9D

#endif
