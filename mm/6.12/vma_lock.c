// SPDX-License-Identifier: GPL-2.0
/*
 * Model of the per-VMA lock of 6.12 (CONFIG_PER_VMA_LOCK, v6.4):
 * lock_vma_under_rcu() of mm/memory.c, vma_start_read(), vma_end_read()
 * and vma_start_write() of include/linux/mm.h, and the VMA_LOCK_* events. The
 * lock is a read-write semaphore in each vma: this task's read holds are
 * counted per vma (w.vma_readers); another thread's write lock is the
 * row's race. Releasing what is not held is a broken rule.
 *
 * From 6.15 on (LINUX_VERSION_CODE, a later profile's), the lock is a
 * reference count, and a detached vma fails vma_start_read() itself
 * (-EAGAIN: lock_vma_under_rcu() looks it up again), with no read hold
 * to give back: "mm: replace vm_lock and detached flag with a reference
 * count" (v6.15), mm/mmap_lock.c of 7.0.
 */
#include <linux/sched.h>
#include <linux/version.h>

#define FK_VMA_REFCOUNT	(LINUX_VERSION_CODE >= KERNEL_VERSION(6, 15, 0))

#include <fk_x86.h>

static int vma_index(struct vm_area_struct *vma)
{
	int i = (int)(vma - w.vma);

	if (i < 0 || i > FK_NVMAS) {
		fk_violation("per-VMA lock of a vma that is not the mm's");
		return FK_NVMAS;
	}
	return i;
}

/* mas_walk(): the vma that holds @address; none in a gap. */
static struct vm_area_struct *mas_walk(struct mm_struct *mm,
				       unsigned long address)
{
	struct vm_area_struct *vma;

	fk_x86_layout();
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (address >= vma->vm_start && address < vma->vm_end)
			return vma;
	return NULL;
}

FK_DIM(d_vma_race, "vma_race", "none", "write_locked", "detached",
       "shrunk");

/*
 * The race the lookup meets at @vma, exploring: write-locked (a writer
 * of mmap_lock had it at the lookup, and may still hold mmap_lock when
 * the fault falls back to it, .contended, or be gone), detached, or
 * shrunk away from the address, if it reaches a page past it.
 */
static void choose_race(struct vm_area_struct *vma, unsigned long address)
{
	struct fk_in *in = (struct fk_in *)w.in;
	unsigned long long legal = 0x7;

	if (!fk_exploring || !vma || w.vma_race_done)
		return;
	if ((address & PAGE_MASK) + PAGE_SIZE < vma->vm_end)
		legal |= 8;
	in->vma_race = (enum k612_vma_race)fk_choose(&d_vma_race, legal);
}

static bool detached(struct vm_area_struct *vma);
/* vma_start_read() failed on a detached vma (6.15 on: -EAGAIN) */
static bool eagain;

/*
 * A vma is write-locked (vma_start_write()) under mmap_lock held for
 * write, until that writer unlocks mmap_lock: at the lookup. The writer
 * may have gone by the time the fault takes mmap_lock (.contended says
 * whether it is still there).
 */
FK_FAKE1(bool, vma_start_read, "p => d", struct vm_area_struct *, vma)
{
	if (w.in->vma_race == VMA_WRITE_LOCKED)
		return false;
	if (FK_VMA_REFCOUNT && detached(vma)) {
		eagain = true;
		return false;
	}
	w.vma_readers[vma_index(vma)]++;
	w.vma_read++;
	return true;
}

FK_VOID1(vma_end_read, "p", struct vm_area_struct *, vma)
{
	int i = vma_index(vma);

	if (!w.vma_readers[i]) {
		fk_violation("vma_end_read: %s not read-locked (released twice?)",
			     fk_name_of('p', (unsigned long)vma));
		return;
	}
	w.vma_readers[i]--;
}

/*
 * The write side, which expand_downwards() takes before a stack grows:
 * it waits for every reader, this task's own too.
 */
FK_VOID1(vma_start_write, "p", struct vm_area_struct *, vma)
{
	if (!vma->vm_mm->mmap_lock.writer)
		fk_violation("vma_start_write without mmap_lock held for write");
	if (w.vma_readers[vma_index(vma)])
		fk_violation("vma_start_write: %s read-locked by this task (self-deadlock)",
			     fk_name_of('p', (unsigned long)vma));
}

void fk612_vma_lock_event(enum fk612_vma_lock_event e)
{
	w.vma_events[e]++;
}

/*
 * The row's race, between the lookup and the lock: the vma was detached
 * (the lookup then finds the vma that replaced it, the same range here),
 * or it shrank so that the address is below it now.
 */
static bool detached(struct vm_area_struct *vma)
{
	return w.in->vma_race == VMA_DETACHED && !w.vma_race_done++;
}

static void shrink(struct vm_area_struct *vma, unsigned long address)
{
	unsigned long start = (address & PAGE_MASK) + PAGE_SIZE;

	if (w.in->vma_race != VMA_SHRUNK || w.vma_race_done++)
		return;
	if (start >= vma->vm_end) {
		fk_violation("row: the vma must reach a page past the address to shrink away from it");
		return;
	}
	vma->vm_pgoff += (start - vma->vm_start) >> PAGE_SHIFT;
	vma->vm_start = start;
}

FK_FAKE2(struct vm_area_struct *, lock_vma_under_rcu, "p a => p",
	 struct mm_struct *, mm, unsigned long, address)
{
	struct vm_area_struct *vma;

	if (mm->mmap_lock.readers || mm->mmap_lock.writer)
		fk_violation("lock_vma_under_rcu with mmap_lock held");
retry:
	vma = mas_walk(mm, address);
	choose_race(vma, address);
	if (!vma)
		goto inval;
	shrink(vma, address);
	eagain = false;
	if (!vma_start_read(vma)) {
		if (!eagain)
			goto inval;
		count_vm_vma_lock_event(VMA_LOCK_MISS);
		fk_detail("detached: looked up again");
		goto retry;
	}
	if (!FK_VMA_REFCOUNT && detached(vma)) {
		vma_end_read(vma);
		count_vm_vma_lock_event(VMA_LOCK_MISS);
		fk_detail("detached: looked up again");
		goto retry;
	}
	if (address < vma->vm_start || address >= vma->vm_end)
		goto inval_end_read;
	return vma;
inval_end_read:
	vma_end_read(vma);
inval:
	count_vm_vma_lock_event(VMA_LOCK_ABORT);
	return NULL;
}

bool fk612_vma_read_locked(struct vm_area_struct *vma)
{
	return w.vma_readers[vma_index(vma)] > 0;
}

bool fk612_vma_locked(void)
{
	int i;

	for (i = 0; i <= FK_NVMAS; i++)
		if (w.vma_readers[i])
			return true;
	return false;
}
