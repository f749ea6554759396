// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mm/memory.c in 6.1 (6.1.37 and later): lock_mm_and_find_vma()
 * as the kernel has it, calling the mmap_lock and mmap models, and the
 * handle_mm_fault() contract. What handle_mm_fault() answers comes from
 * the row's script (default: a minor fault); its rules are enforced.
 * Later series of the range differ where LINUX_VERSION_CODE or their
 * configuration (CONFIG_PER_VMA_LOCK, 6.4) says so.
 */
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/perf_event.h>
#include <linux/version.h>
#include <asm/mmu_context.h>

#include <fk_x86.h>

/*
 * A kernel fault may sleep for mmap_lock only at an instruction that is
 * expected to fault (an exception-table entry): a kernel bug that faults
 * while holding mmap_lock for write would otherwise deadlock.
 */
static bool may_sleep_for_lock(struct pt_regs *regs)
{
	return !regs || user_mode(regs) ||
	       search_exception_tables(instruction_pointer(regs));
}

static bool get_mmap_lock_carefully(struct mm_struct *mm,
				    struct pt_regs *regs)
{
	if (likely(mmap_read_trylock(mm))) {
		/* 4542057e18ca (v6.5) dropped it; 6.1.y keeps it */
		if (LINUX_VERSION_CODE < KERNEL_VERSION(6, 5, 0))
			might_sleep();
		return true;
	}
	if (!may_sleep_for_lock(regs))
		return false;
	return !mmap_read_lock_killable(mm);
}

/* 6.1 has no atomic upgrade: drop the read lock, take the write lock. */
static bool upgrade_mmap_lock_carefully(struct mm_struct *mm,
					struct pt_regs *regs)
{
	mmap_read_unlock(mm);
	if (!may_sleep_for_lock(regs))
		return false;
	return !mmap_write_lock_killable(mm);
}

FK_FAKE3(struct vm_area_struct *, lock_mm_and_find_vma, "p a p => p",
	 struct mm_struct *, mm, unsigned long, addr, struct pt_regs *, regs)
{
	struct vm_area_struct *vma;

	if (!get_mmap_lock_carefully(mm, regs))
		return NULL;
	vma = find_vma(mm, addr);
	if (likely(vma && vma->vm_start <= addr))
		return vma;
	if (!vma || !(vma->vm_flags & VM_GROWSDOWN)) {
		mmap_read_unlock(mm);
		return NULL;
	}
	if (!upgrade_mmap_lock_carefully(mm, regs))
		return NULL;
	vma = find_vma(mm, addr);
	if (!vma)
		goto fail;
	if (vma->vm_start <= addr)
		goto success;
	if (!(vma->vm_flags & VM_GROWSDOWN))
		goto fail;
	if (expand_stack_locked(vma, addr))
		goto fail;
success:
	mmap_write_downgrade(mm);
	return vma;
fail:
	mmap_write_unlock(mm);
	return NULL;
}

/*
 * The lock the fault holds: mmap_lock for read or, with
 * FAULT_FLAG_VMA_LOCK (6.4), the vma's own read lock.
 */
static void fault_lock_held(struct vm_area_struct *vma, unsigned int flags)
{
#ifdef CONFIG_PER_VMA_LOCK
	if (flags & FAULT_FLAG_VMA_LOCK) {
		if (!fk612_vma_read_locked(vma))
			fk_violation("handle_mm_fault with FAULT_FLAG_VMA_LOCK without the vma read-locked");
		return;
	}
#endif
	if (!vma->vm_mm->mmap_lock.readers)
		fk_violation("handle_mm_fault called without mmap_lock held for read");
}

/* release_fault_lock(): whichever of the two the fault came in with */
static void release_fault_lock(struct vm_area_struct *vma, unsigned int flags)
{
#ifdef CONFIG_PER_VMA_LOCK
	if (flags & FAULT_FLAG_VMA_LOCK) {
		vma_end_read(vma);
		return;
	}
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(5, 8, 0)
	up_read(&vma->vm_mm->mmap_sem);	/* before d8ed45c5dcd4 */
#else
	mmap_read_unlock(vma->vm_mm);
#endif
}

/*
 * VM_FAULT_COMPLETED comes only from fault_dirty_shared_page(): a write
 * to a shared file mapping whose first attempt (ALLOW_RETRY, not yet
 * TRIED: fault_flag_allow_retry_first()) dropped the lock to balance
 * dirty pages. The space's vmas stand for such a mapping too.
 */
static int completes(unsigned int flags)
{
	/* d92725256b4f ("mm: avoid unnecessary page fault retires on
	 * shared memory types", v6.0) brought it: 5.15's mm never answers
	 * it, and its fault.c does not test it */
	if (LINUX_VERSION_CODE < KERNEL_VERSION(6, 0, 0))
		return 0;
	return (flags & FAULT_FLAG_WRITE) && (flags & FAULT_FLAG_ALLOW_RETRY) &&
	       !(flags & FAULT_FLAG_TRIED);
}

/*
 * The mm drops the lock and answers RETRY to wait for a page with
 * FAULT_FLAG_ALLOW_RETRY, or without it only when a killable wait for the
 * page lock was ended by a fatal signal (__lock_page_or_retry(),
 * lock_page_maybe_drop_mmap()). x86 keeps ALLOW_RETRY on every pass
 * from 4064b9827063 (v5.7); 5.4's retry has none.
 */
static bool may_drop_lock(unsigned int flags)
{
	return (flags & FAULT_FLAG_ALLOW_RETRY) ||
	       ((flags & FAULT_FLAG_KILLABLE) && fatal_signal_pending(current));
}

/*
 * VM_FAULT_RETRY and VM_FAULT_COMPLETED mean the mm released the fault's
 * lock (a page lock or I/O wait; since 4089eef0e6ac, v6.6, the vma's lock
 * too).
 */
static void lock_dropped(struct vm_area_struct *vma, unsigned int flags,
			 vm_fault_t fault)
{
	if (fault & VM_FAULT_ERROR)
		fk_violation("handle_mm_fault: RETRY/COMPLETED with error bits, which the kernel never returns");
	if ((fault & VM_FAULT_COMPLETED) &&
	    LINUX_VERSION_CODE < KERNEL_VERSION(6, 0, 0))
		fk_violation("handle_mm_fault: no VM_FAULT_COMPLETED before 6.0 (d92725256b4f)");
	else if ((fault & VM_FAULT_COMPLETED) && !completes(flags))
		fk_violation("handle_mm_fault: COMPLETED only for a write's first attempt (fault_dirty_shared_page)");
	if (!may_drop_lock(flags))
		fk_violation("handle_mm_fault: lock dropped without ALLOW_RETRY or a fatal signal ending a killable wait");
	release_fault_lock(vma, flags);
}

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
/* mm_account_fault(): a completed fault, major if it ever retried. */
static void account(struct pt_regs *regs, unsigned long address,
		    unsigned int flags, vm_fault_t ret)
{
	bool major;

	if (ret & (VM_FAULT_ERROR | VM_FAULT_RETRY))
		return;
	major = (ret & VM_FAULT_MAJOR) || (flags & FAULT_FLAG_TRIED);
	if (major)
		current->maj_flt++;
	else
		current->min_flt++;
	if (!regs)
		return;
	perf_sw_event(major ? PERF_COUNT_SW_PAGE_FAULTS_MAJ :
			      PERF_COUNT_SW_PAGE_FAULTS_MIN, 1, regs, address);
}
#endif

/* The hstate index of huge pages of 1 << @shift bytes: 0 where the boot
 * registered none (the answer is then not offered). */
static unsigned int hindex(unsigned int shift)
{
	int i = fk_x86_hstate_index(shift);

	return i < 0 ? 0 : (unsigned int)i;
}

FK_DIM(d_hmf, "hmf", "model", "major", "retry", "major_retry", "oom",
       "sigbus", "oom_sigbus", "hwpoison", "hwpoison_2m", "sigsegv",
       "completed", "hwpoison_1g");

/*
 * What handle_mm_fault() answers, pass by pass: what the model says (a
 * minor fault, or SIGSEGV where the protection key forbids the access),
 * or any answer 6.1's mm can give. RETRY and COMPLETED drop the lock,
 * which may_drop_lock() says when; exploring, a fault is retried at most
 * twice.
 */
static vm_fault_t answer(unsigned int flags, vm_fault_t rule)
{
	const long v[] = { (long)rule, VM_FAULT_MAJOR, VM_FAULT_RETRY,
			   VM_FAULT_MAJOR | VM_FAULT_RETRY, VM_FAULT_OOM,
			   VM_FAULT_SIGBUS, VM_FAULT_OOM | VM_FAULT_SIGBUS,
			   VM_FAULT_HWPOISON, VM_FAULT_HWPOISON_LARGE |
			   VM_FAULT_SET_HINDEX(hindex(21)),
			   VM_FAULT_SIGSEGV, VM_FAULT_COMPLETED,
			   VM_FAULT_HWPOISON_LARGE |
			   VM_FAULT_SET_HINDEX(hindex(30)) };
	unsigned long long legal = FK_ALL(12);

	if (!may_drop_lock(flags) || w.hmf_calls > 2)
		legal &= ~0x40cULL;
	if (!completes(flags))
		legal &= ~0x400ULL;
	/* a poisoned huge page is of a size the boot registered */
	if (fk_x86_hstate_index(30) < 0)
		legal &= ~0x800ULL;
	return (vm_fault_t)fk_x86_answer(&d_hmf, legal, v, (long)rule);
}

static vm_fault_t hmf(struct vm_area_struct *vma, unsigned long address,
		      unsigned int flags)
{
	vm_fault_t fault;

	/* the vma's flags as the mm met them: another thread may change
	 * them once the lock is dropped (fk_x86_unlocked()) */
	fk_aux((long)vma->vm_flags);
	fault_lock_held(vma, flags);
	if (address < vma->vm_start || address >= vma->vm_end)
		fk_violation("handle_mm_fault: address outside the vma");
	fk_x86_hmf_enter();
	fault = answer(flags,
		arch_vma_access_permitted(vma, flags & FAULT_FLAG_WRITE,
					  flags & FAULT_FLAG_INSTRUCTION,
					  flags & FAULT_FLAG_REMOTE) ?
		0 : VM_FAULT_SIGSEGV);
	if (fault & (VM_FAULT_RETRY | VM_FAULT_COMPLETED))
		lock_dropped(vma, flags, fault);
	if (fault & VM_FAULT_RETRY)
		fk_x86_unlocked(vma);
	return fault;
}

#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
FK_FAKE4(vm_fault_t, handle_mm_fault, "p a ff p => vmf",
	 struct vm_area_struct *, vma, unsigned long, address,
	 unsigned int, flags, struct pt_regs *, regs)
{
	vm_fault_t fault = hmf(vma, address, flags);

	account(regs, address, flags, fault);
	return fault;
}
#else
/* before bce617edecad and 968614fc7b84 (v5.9) fault.c counts the
 * fault itself */
FK_FAKE3(vm_fault_t, handle_mm_fault, "p a ff => vmf",
	 struct vm_area_struct *, vma, unsigned long, address,
	 unsigned int, flags)
{
	return hmf(vma, address, flags);
}
#endif

/* mm/oom_kill.c: the OOM killer picks a victim; the fault is retried. */
FK_VOID0(pagefault_out_of_memory, "")
{
	if (w.mm.mmap_lock.readers || w.mm.mmap_lock.writer)
		fk_violation("pagefault_out_of_memory with mmap_lock held");
#ifdef CONFIG_PER_VMA_LOCK
	if (fk612_vma_locked())
		fk_violation("pagefault_out_of_memory with a vma read-locked");
#endif
}
