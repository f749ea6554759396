// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mmap_sem (kernel/rwsem.c, lib/rwsem.c) for one task: read
 * holds are counted, a row can have a writer hold it so that trylock
 * fails, and releasing what is not held is a broken rule.
 */
#include <linux/rwsem.h>

#include <fk_x86.h>

FK_FAKE1(int, down_read_trylock, "p => d", struct rw_semaphore *, sem)
{
	int ok;

	fk_x86_contention(sem);
	ok = (int)fk_scripted_or(!sem->contended);

	if (ok) {
		sem->readers++;
		sem->taken++;
	}
	return ok;
}

/* Sleeps while a writer holds it; the writer is then assumed done. */
FK_VOID1(down_read, "p", struct rw_semaphore *, sem)
{
	fk_x86_contention(sem);
	if (sem->readers)
		fk_violation("down_read: mmap_sem already held for read (deadlocks behind a waiting writer)");
	if (sem->contended) {
		sem->waited++;
		sem->contended = 0;
		fk_detail("slept until the writer released it");
	}
	sem->readers++;
	sem->taken++;
}

FK_VOID1(up_read, "p", struct rw_semaphore *, sem)
{
	if (!sem->readers) {
		fk_violation("up_read: mmap_sem released but not held");
		return;
	}
	sem->readers--;
}
