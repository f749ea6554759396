/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <linux/mm_types.h>: the fields the fault path and model use. */
#ifndef _SHIM_LINUX_MM_TYPES_H
#define _SHIM_LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/rwsem.h>
#include <asm/pgtable_types.h>

/* A page of the pgd list (vmalloc_sync_all(), never run here). */
struct page {
	struct list_head lru;
};

struct mm_struct;

struct vm_area_struct {
	struct mm_struct *vm_mm;
	unsigned long vm_start;
	unsigned long vm_end;
	struct vm_area_struct *vm_next;
	unsigned long vm_flags;
	unsigned long vm_pgoff;
};

struct mm_struct {
	struct vm_area_struct *mmap;	/* sorted by address */
	pgd_t *pgd;
	struct rw_semaphore mmap_sem;
	spinlock_t page_table_lock;
};

#endif
