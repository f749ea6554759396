/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The rest of RHEL6's arch/x86/mm/fault.c: what the full file defines
 * around the four seed functions. Included before the seed only; a full
 * fault.c defines all of this itself and is built without it.
 */
#ifndef FAULT_REST_H
#define FAULT_REST_H

#include <linux/sched.h>
#include <linux/mmiotrace.h>

enum x86_pf_error_code {
	PF_PROT		=		1 << 0,
	PF_WRITE	=		1 << 1,
	PF_USER		=		1 << 2,
	PF_RSVD		=		1 << 3,
	PF_INSTR	=		1 << 4,
};

#ifdef CONFIG_MMIOTRACE
int kmmio_fault(struct pt_regs *regs, unsigned long addr);
#else
/* without mmiotrace (RHEL 6.5) is_kmmio_active() is constant 0: so is the
 * real file's static inline kmmio_fault(), and its branch is gone */
#define kmmio_fault(regs, addr)	((void)(regs), (void)(addr), 0)
#endif
int notify_page_fault(struct pt_regs *regs);
int vmalloc_fault(unsigned long address);
int spurious_fault(unsigned long error_code, unsigned long address);
int fault_in_kernel_space(unsigned long address);
void check_v8086_mode(struct pt_regs *regs, unsigned long address,
		      struct task_struct *tsk);
void pgtable_bad(struct pt_regs *regs, unsigned long error_code,
		 unsigned long address);
void no_context(struct pt_regs *regs, unsigned long error_code,
		unsigned long address);
void __bad_area_nosemaphore(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address, int si_code);
void __bad_area(struct pt_regs *regs, unsigned long error_code,
		unsigned long address, int si_code);
int access_error(unsigned long error_code, int write,
		 struct vm_area_struct *vma);
int mm_fault_error(struct pt_regs *regs, unsigned long error_code,
		   unsigned long address, unsigned int fault);

#endif
