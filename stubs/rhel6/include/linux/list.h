/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/list.h>: what fault.c's vmalloc_sync_all() uses. */
#ifndef _SHIM_LINUX_LIST_H
#define _SHIM_LINUX_LIST_H

#include <linux/types.h>

#define LIST_HEAD(name)	struct list_head name = { &(name), &(name) }

#define container_of(ptr, type, member)					\
	((type *)((char *)(ptr) - offsetof(type, member)))

#define list_for_each_entry(pos, head, member)				\
	for (pos = container_of((head)->next, __typeof__(*pos), member);\
	     &pos->member != (head);					\
	     pos = container_of(pos->member.next, __typeof__(*pos), member))

#endif
