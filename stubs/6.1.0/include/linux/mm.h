/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 6.1's fault.c called before c2508ec5a58d ("mm: introduce new
 * 'lock_mm_and_find_vma()' page fault helper", v6.5, 6.1.37) took the
 * lock and grew the stack for it: mmap_read_lock(), an uninterruptible
 * wait (eda0047296a1, "mm: make the page fault mmap locking killable",
 * came with it), and expand_stack() of the vma, under the read lock
 * (8d7071af8907, "mm: always expand the stack with the mmap write lock
 * held", v6.5, 6.1.37, took that away). Models: mm/6.1.0 (beside mm/6.1).
 */
#ifndef FK610_LINUX_MM_H
#define FK610_LINUX_MM_H

#include_next <linux/mm.h>

void mmap_read_lock(struct mm_struct *mm);
int expand_stack(struct vm_area_struct *vma, unsigned long address);

#endif
