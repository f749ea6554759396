// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mm/mmap.c in 6.1: find_vma() and expand_stack_locked() (that
 * is expand_downwards() with acct_stack_growth()), with 6.1's rules:
 * the caller holds mmap_lock for write, the stack guard gap (256 pages)
 * to an accessible mapping below, mmap_min_addr, RLIMIT_STACK. No cushion
 * below sp: 1d8ca3be86eb (v5.0) removed that check from fault.c, and 6.1's
 * lock_mm_and_find_vma() never had it.
 */
#include <linux/sched.h>

#include <fk_x86.h>

#define ENOMEM	12
#define EFAULT	14
#define EPERM	1

unsigned long stack_guard_gap = 256UL << PAGE_SHIFT;
/* the floor as the configuration sets it (stubs/6.1/fk_kernel.h) */
unsigned long mmap_min_addr = FK_MMAP_MIN_ADDR;

/* The first vma that ends above @addr, which need not contain it. */
FK_FAKE2(struct vm_area_struct *, find_vma, "p a => p",
	 struct mm_struct *, mm, unsigned long, addr)
{
	struct vm_area_struct *vma;

	if (!mm->mmap_lock.readers && !mm->mmap_lock.writer)
		fk_violation("find_vma called without mmap_lock held");
	fk_x86_layout();
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr)
			break;
	return (struct vm_area_struct *)fk_scripted_or((long)vma);
}

static struct vm_area_struct *prev_of(struct vm_area_struct *vma)
{
	struct vm_area_struct *p;

	for (p = vma->vm_mm->mmap; p && p->vm_next != vma; p = p->vm_next)
		;
	return p;
}

/* expand_downwards() and acct_stack_growth(), the checks that can fail */
static int expand_rule(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev;

	if (!(vma->vm_flags & VM_GROWSDOWN))
		return -EFAULT;
	prev = fk_x86_prev(vma, address);
	address &= PAGE_MASK;
	if (address < mmap_min_addr)
		return -EPERM;
	if (prev && !(prev->vm_flags & VM_GROWSDOWN) &&
	    vma_is_accessible(prev) &&
	    address - prev->vm_end < stack_guard_gap)
		return -ENOMEM;
#ifdef CONFIG_PER_VMA_LOCK
	/* 6.4 and later: no fault may hold the vma while it grows */
	vma_start_write(vma);
#endif
	if (address >= vma->vm_start)
		return 0;
	if (vma->vm_end - address > fk_x86_rlimit(vma->vm_end - address))
		return -ENOMEM;
	return 0;
}

/*
 * expand_downwards(): the checks, then the vma grown to @address, under
 * whatever lock the caller's kernel requires (6.1.37 on: the write lock;
 * before, expand_stack() under the read lock, mm/6.1.0/mmap.c).
 */
int fk61_expand_downwards(struct vm_area_struct *vma, unsigned long address);

int fk61_expand_downwards(struct vm_area_struct *vma, unsigned long address)
{
	unsigned long grow;
	int err;

	err = expand_rule(vma, address);
	if (fk61_real.expand_downwards)
		fk61_real.expand_downwards(vma, address, err);
	err = (int)fk_scripted_or(err);
	if (err || (address & PAGE_MASK) >= vma->vm_start)
		return err;
	grow = (vma->vm_start - (address & PAGE_MASK)) >> PAGE_SHIFT;
	vma->vm_pgoff -= grow;
	vma->vm_start = address & PAGE_MASK;
	fk_detail("grew by %lu pages", grow);
	return 0;
}

FK_FAKE2(int, expand_stack_locked, "p a => errno", struct vm_area_struct *,
	 vma, unsigned long, address)
{
	if (!vma->vm_mm->mmap_lock.writer)
		fk_violation("expand_stack_locked without mmap_lock held for write");
	return fk61_expand_downwards(vma, address);
}

/*
 * What another thread did while the lock was dropped for the upgrade:
 * unmapped the stack, grew it past the address, or replaced it with a
 * mapping that does not grow.
 */
void fk61_race(struct mm_struct *mm);

void fk61_race(struct mm_struct *mm)
{
	struct vm_area_struct *v, *last = NULL;

	for (v = mm->mmap; v; v = v->vm_next)
		if (v->vm_end > w.in->address && !last)
			last = v;
	if (!last)
		return;
	switch (w.in->race) {
	case RACE_UNMAPPED: {
		struct vm_area_struct *p = prev_of(last);

		if (p)
			p->vm_next = last->vm_next;
		else
			mm->mmap = last->vm_next;
		break;
	}
	case RACE_GREW:
		last->vm_start = w.in->address & PAGE_MASK;
		break;
	case RACE_NOT_GROWABLE:
		last->vm_flags &= ~VM_GROWSDOWN;
		break;
	default:
		break;
	}
}
