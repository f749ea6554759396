/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 6.12 adds to the 6.1 profile's inputs and world (stubs/6.1/
 * fk_kernel.h, included below): what the per-VMA lock meets, FRED, and
 * the state of the vmas' own locks. Not a kernel header.
 */
#ifndef FK612_KERNEL_H
#define FK612_KERNEL_H

#include <linux/types.h>

/*
 * What lock_vma_under_rcu() meets at the vma that holds the address:
 * another thread has it write-locked (mprotect, munmap ... under
 * mmap_lock for write: so the row has .contended too), it was detached
 * (unmapped) after the lookup and a new vma took its place, or it shrank
 * away from the address before it was read-locked.
 */
enum k612_vma_race { VMA_FREE = 0, VMA_WRITE_LOCKED, VMA_DETACHED,
		     VMA_SHRUNK };

#define K612_IN								\
	enum k612_vma_race vma_race;					\
	int fred;		/* FRED: the address in the event frame */

/* this task's read holds of each vma's lock, the lock events */
#define K612_WORLD							\
	int vma_readers[FK_NVMAS + 1];					\
	long vma_read;							\
	long vma_events[4];						\
	int vma_race_done;

/* the per-VMA lock model (mm/6.12/vma_lock.c): this task's read holds */
struct vm_area_struct;
bool fk612_vma_read_locked(struct vm_area_struct *vma);
bool fk612_vma_locked(void);

#define FK_KERNEL_IN	K61_IN K612_IN
#define FK_KERNEL_WORLD	K61_WORLD K612_WORLD

#include_next <fk_kernel.h>

#endif
