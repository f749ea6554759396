// SPDX-License-Identifier: GPL-2.0
/*
 * Model of mm/memory.c's handle_mm_fault() contract in 2.6.32-431: it is
 * entered with mmap_sem held for read; VM_FAULT_RETRY means it has already
 * released it (__lock_page_or_retry), and without FAULT_FLAG_ALLOW_RETRY
 * that may only happen to a killable fault with a fatal signal pending.
 * What it returns comes from the row's script (default: a minor fault).
 */
#include <linux/sched.h>

#include "../../stubs/rhel6/fk_world.h"

static void sigkill_arrives(int call)
{
	if ((w.in->sigkill == SIGKILL_IN_HMF1 && call == 1) ||
	    (w.in->sigkill == SIGKILL_IN_HMF2 && call == 2))
		w.task.sigkill_pending = 1;
}

static void check_retry(unsigned int flags, int fault)
{
	if (fault & VM_FAULT_ERROR)
		fk_violation("handle_mm_fault: RETRY with error bits, which the kernel never returns");
	if (!(flags & FAULT_FLAG_ALLOW_RETRY) &&
	    !((flags & FAULT_FLAG_KILLABLE) && w.task.sigkill_pending))
		fk_violation("handle_mm_fault: RETRY without ALLOW_RETRY needs KILLABLE and a pending fatal signal");
}

FK_FAKE4(int, handle_mm_fault, "p p a ff => vmf", struct mm_struct *, mm,
	 struct vm_area_struct *, vma, unsigned long, address,
	 unsigned int, flags)
{
	int fault;

	if (!mm->mmap_sem.readers)
		fk_violation("handle_mm_fault called without mmap_sem held");
	if (address < vma->vm_start || address >= vma->vm_end)
		fk_violation("handle_mm_fault: address outside the vma");
	sigkill_arrives(++w.hmf_calls);
	fault = (int)fk_scripted_or(0);
	if (fault & VM_FAULT_RETRY) {
		check_retry(flags, fault);
		up_read(&mm->mmap_sem);
	}
	return fault;
}
