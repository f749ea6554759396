// SPDX-License-Identifier: GPL-2.0
/*
 * mmap_sem as 5.4's fault.c takes it, before the mmap locking API
 * (d8ed45c5dcd4, v5.8) wrapped it: the rwsem calls of kernel/locking/
 * rwsem.c on &mm->mmap_sem, the same lock as mm/6.1/mmap_lock.c models
 * (mm_types.h: mmap_sem is mmap_lock's old name). down_read() waits for
 * the other writer, and no signal ends the wait.
 */
#include <stddef.h>

#include <linux/sched.h>

#include <fk_x86.h>

/* the one mm whose mmap_sem the fault may take */
static struct mm_struct *sem_mm(struct rw_semaphore *sem)
{
	return (struct mm_struct *)((char *)sem -
				    offsetof(struct mm_struct, mmap_sem));
}

FK_FAKE1(int, down_read_trylock, "p => d", struct rw_semaphore *, sem)
{
	return fk61_read_trylock(sem, "down_read_trylock");
}

FK_VOID1(down_read, "p", struct rw_semaphore *, sem)
{
	fk61_read_lock(sem_mm(sem), "down_read", false);
}

FK_VOID1(up_read, "p", struct rw_semaphore *, sem)
{
	fk61_read_unlock(sem, "up_read");
}
