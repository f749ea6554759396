// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mmap_lock (include/linux/mmap_lock.h over kernel/locking/
 * rwsem.c) for one task. Read holds are counted, the task may hold it for
 * write, a row can have another thread hold it for write (so trylock
 * fails). A killable wait gives up when a fatal signal is pending.
 * Releasing what is not held is a broken rule.
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>

#include <fk_x86.h>

#define EINTR	4

static void no_double_lock(struct rw_semaphore *sem, const char *who)
{
	if (sem->readers || sem->writer)
		fk_violation("%s: mmap_lock already held by this task (self-deadlock)",
			     who);
#ifdef CONFIG_PER_VMA_LOCK
	/* a fault holds one of the two, never both */
	if (fk612_vma_locked())
		fk_violation("%s: a vma is still read-locked", who);
#endif
}

/*
 * Sleeps while the other writer holds it; that writer then finishes. A
 * killable wait gives up when a fatal signal is pending.
 */
static int wait_for_writer(struct rw_semaphore *sem, bool killable)
{
	if (!sem->contended)
		return 0;
	if (killable && fatal_signal_pending(current)) {
		fk_detail("fatal signal pending: gave up waiting");
		return -EINTR;
	}
	sem->waited++;
	sem->contended = 0;
	fk_detail("slept until the writer released it");
	return 0;
}

bool fk61_read_trylock(struct rw_semaphore *sem, const char *who)
{
	bool ok;

	no_double_lock(sem, who);
	fk_x86_contention(sem);
	ok = fk_scripted_or(!sem->contended);
	if (ok) {
		sem->readers++;
		sem->taken++;
	}
	return ok;
}

FK_FAKE1(bool, mmap_read_trylock, "p => d", struct mm_struct *, mm)
{
	return fk61_read_trylock(&mm->mmap_lock, "mmap_read_trylock");
}

/*
 * Takes it for read, after the wait (mm/6.1.0/mmap_read_lock.c: the wait
 * no signal ends, of 6.1 before 6.1.37).
 */
int fk61_read_lock(struct mm_struct *mm, const char *who, bool killable)
{
	struct rw_semaphore *sem = &mm->mmap_lock;
	int err;

	no_double_lock(sem, who);
	fk_x86_contention(sem);
	err = wait_for_writer(sem, killable);
	if (!err) {
		sem->readers++;
		sem->taken++;
	}
	return err;
}

FK_FAKE1(int, mmap_read_lock_killable, "p => errno", struct mm_struct *, mm)
{
	return fk61_read_lock(mm, "mmap_read_lock_killable", true);
}

void fk61_read_unlock(struct rw_semaphore *sem, const char *who)
{
	if (!sem->readers) {
		fk_violation("%s: mmap_lock not held for read", who);
		return;
	}
	sem->readers--;
}

FK_VOID1(mmap_read_unlock, "p", struct mm_struct *, mm)
{
	fk61_read_unlock(&mm->mmap_lock, "mmap_read_unlock");
}

/*
 * Taking it for write after dropping it for read: another thread may
 * have changed the mm meanwhile (the row's race), which is why
 * lock_mm_and_find_vma() looks the vma up again.
 */
void fk61_race(struct mm_struct *mm);

FK_DIM(d_race, "race", "none", "unmapped", "grew", "not_growable",
       "writer_first");

/* What another thread does meanwhile: the row's, or the explorer's. */
static enum k61_race race(void)
{
	struct fk_in *in = (struct fk_in *)w.in;

	if (fk_exploring && !in->race)
		in->race = (enum k61_race)fk_choose(&d_race, FK_ALL(5));
	return in->race;
}

FK_FAKE1(int, mmap_write_lock_killable, "p => errno", struct mm_struct *, mm)
{
	struct rw_semaphore *sem = &mm->mmap_lock;
	int err;

	no_double_lock(sem, "mmap_write_lock_killable");
	if (race() == RACE_WRITER)
		sem->contended = 1;
	err = wait_for_writer(sem, true);
	if (err)
		return err;
	sem->writer = 1;
	sem->taken_write++;
	fk61_race(mm);
	return 0;
}

FK_VOID1(mmap_write_unlock, "p", struct mm_struct *, mm)
{
	if (!mm->mmap_lock.writer) {
		fk_violation("mmap_write_unlock: mmap_lock not held for write");
		return;
	}
	mm->mmap_lock.writer = 0;
}

FK_VOID1(mmap_write_downgrade, "p", struct mm_struct *, mm)
{
	if (!mm->mmap_lock.writer) {
		fk_violation("mmap_write_downgrade: mmap_lock not held for write");
		return;
	}
	mm->mmap_lock.writer = 0;
	mm->mmap_lock.readers++;
}

FK_VOID0(might_sleep, "")
{
	if (fk_x86_atomic())
		fk_violation("might_sleep() in atomic context");
}
