/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 6.12's linux/mm.h (and the headers it pulls in) adds to 6.1's:
 * shadow-stack vmas, the per-VMA lock (v6.4) a user fault tries first,
 * and its events.
 */
#ifndef FK612_MM_H
#define FK612_MM_H

#include_next <linux/mm.h>

/* CONFIG_X86_USER_SHADOW_STACK: VM_HIGH_ARCH_5, else VM_NONE */
#define VM_HIGH_ARCH_5	(1UL << 37)
#ifdef CONFIG_X86_USER_SHADOW_STACK
#define VM_SHADOW_STACK	VM_HIGH_ARCH_5
#else
#define VM_SHADOW_STACK	0UL
#endif

/* enum fault_flag (linux/mm_types.h): the fault holds the vma's lock */
#define FAULT_FLAG_VMA_LOCK	(1 << 12)

/*
 * The per-VMA lock (mm/6.12/vma_lock.c): lock_vma_under_rcu() finds the
 * vma that holds the address and read-locks it, without mmap_lock, or
 * returns NULL with nothing held; vma_end_read() releases it.
 */
struct vm_area_struct *lock_vma_under_rcu(struct mm_struct *mm,
					  unsigned long address);
bool vma_start_read(struct vm_area_struct *vma);
void vma_end_read(struct vm_area_struct *vma);
/* A writer under mmap_lock for write, until it unlocks mmap_lock. */
void vma_start_write(struct vm_area_struct *vma);

/*
 * linux/vm_event_item.h and linux/vmstat.h. Debian builds without
 * CONFIG_PER_VMA_LOCK_STATS, where count_vm_vma_lock_event() is empty;
 * the model counts the events as a kernel with the statistics would, so
 * that the rule "one event per attempt" can be checked.
 */
enum fk612_vma_lock_event {
	VMA_LOCK_SUCCESS, VMA_LOCK_ABORT, VMA_LOCK_RETRY, VMA_LOCK_MISS
};
void fk612_vma_lock_event(enum fk612_vma_lock_event e);
#define count_vm_vma_lock_event(x)	fk612_vma_lock_event(x)

#endif
