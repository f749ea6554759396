/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_TYPES_H
#define FK61_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <linux/compiler.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef struct { unsigned int val; } kuid_t;

struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD(name) struct list_head name = { &(name), &(name) }

typedef struct { int locked; } spinlock_t;
#define DEFINE_SPINLOCK(x) spinlock_t x = { 0 }

#endif
