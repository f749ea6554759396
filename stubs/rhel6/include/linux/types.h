/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/types.h>. */
#ifndef _SHIM_LINUX_TYPES_H
#define _SHIM_LINUX_TYPES_H

#include <stddef.h>

typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef _Bool bool;
#define true	1
#define false	0

typedef struct { int locked; } spinlock_t;

struct list_head {
	struct list_head *next, *prev;
};

#endif
