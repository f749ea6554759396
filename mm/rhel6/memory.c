// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mm/memory.c's handle_mm_fault() contract in 2.6.32-431: it is
 * entered with mmap_sem held for read; VM_FAULT_RETRY means it has already
 * released it (__lock_page_or_retry), and without FAULT_FLAG_ALLOW_RETRY
 * that may only happen to a killable fault with a fatal signal pending.
 * What it returns comes from the row's script; unscripted, a minor fault,
 * or VM_FAULT_SIGBUS where 2.6.32 answers it for the vma and address:
 * past the end of a mapped file, and on a stack's guard page.
 */
#include <linux/sched.h>

#include "../../stubs/rhel6/arch/x86/mm/fault_rest.h"
#include <fk_x86.h>

static void check_retry(unsigned int flags, int fault)
{
	if (fault & VM_FAULT_ERROR)
		fk_violation("handle_mm_fault: RETRY with error bits, which the kernel never returns");
	if (!(flags & FAULT_FLAG_ALLOW_RETRY) &&
	    !((flags & FAULT_FLAG_KILLABLE) && w.task.sigkill_pending))
		fk_violation("handle_mm_fault: RETRY without ALLOW_RETRY needs KILLABLE and a pending fatal signal");
}

/*
 * filemap_fault(): a page at or past the file's last page, rounded up,
 * is beyond EOF. The file is the row's; the vma's index in the world is
 * the row's vma index.
 */
static int past_eof(struct vm_area_struct *vma, unsigned long address)
{
	const struct fk_vma *in;
	unsigned long pgoff, npages;

	if (vma < w.vma || vma >= w.vma + FK_NVMAS)
		return 0;
	in = &w.in->vmas[vma - w.vma];
	if (!in->file)
		return 0;
	pgoff = ((address - vma->vm_start) >> PAGE_SHIFT) + in->pgoff;
	npages = (in->file_size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (pgoff < npages)
		return 0;
	fk_detail("page %lu of a %lu-byte file: past EOF", pgoff,
		  in->file_size);
	return 1;
}

/*
 * check_stack_guard_page() (CVE-2010-2240, before v4.12's gap): a fault
 * on a stack's lowest page that is not yet mapped first grows the stack
 * by one page; a mapping that is no stack right below makes it fail, and
 * do_anonymous_page() answers VM_FAULT_SIGBUS.
 */
static int guard_page(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev;

	if (!(vma->vm_flags & VM_GROWSDOWN) || (w.ec & PF_PROT) ||
	    (address & PAGE_MASK) != vma->vm_start)
		return 0;
	prev = fk_x86_prev(vma, vma->vm_start);
	if (!prev || prev->vm_end != vma->vm_start ||
	    (prev->vm_flags & VM_GROWSDOWN))
		return 0;
	fk_detail("stack guard page: a mapping abuts it below");
	return 1;
}

/* The hstate index of huge pages of 1 << @shift bytes: 0 where the boot
 * registered none (the answer is then not offered). */
static unsigned int hindex(unsigned int shift)
{
	int i = fk_x86_hstate_index(shift);

	return i < 0 ? 0 : (unsigned int)i;
}

FK_DIM(d_hmf, "hmf", "model", "major", "retry", "major_retry", "oom",
       "sigbus", "oom_sigbus", "hwpoison", "hwpoison_2m", "hwpoison_1g");

/*
 * What handle_mm_fault() answers, pass by pass: what the model says, or
 * any answer 2.6.32's mm can give. RETRY only where the mm may drop
 * mmap_sem: with ALLOW_RETRY, or killable with SIGKILL pending.
 */
static int answer(unsigned int flags, int rule)
{
	const long v[] = { rule, VM_FAULT_MAJOR, VM_FAULT_RETRY,
			   VM_FAULT_MAJOR | VM_FAULT_RETRY, VM_FAULT_OOM,
			   VM_FAULT_SIGBUS, VM_FAULT_OOM | VM_FAULT_SIGBUS,
			   VM_FAULT_HWPOISON, VM_FAULT_HWPOISON_LARGE |
			   VM_FAULT_SET_HINDEX(hindex(21)),
			   VM_FAULT_HWPOISON_LARGE |
			   VM_FAULT_SET_HINDEX(hindex(30)) };
	unsigned long long legal = FK_ALL(10);

	if (!(flags & FAULT_FLAG_ALLOW_RETRY) &&
	    !((flags & FAULT_FLAG_KILLABLE) && w.task.sigkill_pending))
		legal &= ~0xcULL;
	/* a poisoned huge page is of a size the boot registered */
	if (fk_x86_hstate_index(30) < 0)
		legal &= ~0x200ULL;
	return (int)fk_x86_answer(&d_hmf, legal, v, rule);
}

FK_FAKE4(int, handle_mm_fault, "p p a ff => vmf", struct mm_struct *, mm,
	 struct vm_area_struct *, vma, unsigned long, address,
	 unsigned int, flags)
{
	int fault, rule = 0;

	if (!mm->mmap_sem.readers)
		fk_violation("handle_mm_fault called without mmap_sem held");
	if (address < vma->vm_start || address >= vma->vm_end)
		fk_violation("handle_mm_fault: address outside the vma");
	fk_x86_hmf_enter();
	/* exploring, SIGBUS is among the answers: its reasons are not
	 * branched on as well */
	if (!fk_exploring &&
	    (past_eof(vma, address) || guard_page(vma, address)))
		rule = VM_FAULT_SIGBUS;
	fault = answer(flags, rule);
	if (fault & VM_FAULT_RETRY) {
		check_retry(flags, fault);
		up_read(&mm->mmap_sem);
		fk_x86_unlocked(vma);
	}
	return fault;
}
