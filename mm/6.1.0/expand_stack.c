// SPDX-License-Identifier: GPL-2.0
/*
 * expand_stack() of 6.1 before 6.1.37 (mm/mmap.c): expand_downwards()
 * with the same checks as later (mm/6.1/mmap.c), but under mmap_lock
 * held for read, which 8d7071af8907 ("mm: always expand the stack with
 * the mmap write lock held", v6.5, 6.1.37) turned into the write lock
 * and lock_mm_and_find_vma()'s upgrade.
 */
#include <linux/sched.h>

#include <fk_x86.h>

int fk61_expand_downwards(struct vm_area_struct *vma, unsigned long address);

FK_FAKE2(int, expand_stack, "p a => errno", struct vm_area_struct *, vma,
	 unsigned long, address)
{
	struct rw_semaphore *sem = &vma->vm_mm->mmap_lock;

	if (!sem->readers && !sem->writer)
		fk_violation("expand_stack without mmap_lock held");
	return fk61_expand_downwards(vma, address);
}
