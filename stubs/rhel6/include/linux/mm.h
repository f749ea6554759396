/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/mm.h> (2.6.32-431): fault flags, fault results, vma
 * flags, and the mm entry points the fault path calls. The model is in
 * mm/rhel6/.
 */
#ifndef _SHIM_LINUX_MM_H
#define _SHIM_LINUX_MM_H

#include <linux/mm_types.h>
#include <asm/page.h>
#include <asm/pgtable.h>

#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_GROWSDOWN	0x00000100

#define FAULT_FLAG_WRITE	0x01
#define FAULT_FLAG_ALLOW_RETRY	0x08
#define FAULT_FLAG_KILLABLE	0x20
/*
 * Not in 2.6.32: v3.12's value, so that a patch modelled on v3.12
 * (tests/rhel6/patches/fault-flag-user.diff) builds and reads as USER.
 */
#define FAULT_FLAG_USER		0x80

#define VM_FAULT_OOM		0x0001
#define VM_FAULT_SIGBUS		0x0002
#define VM_FAULT_MAJOR		0x0004
#define VM_FAULT_WRITE		0x0008
#define VM_FAULT_HWPOISON	0x0010
#define VM_FAULT_HWPOISON_LARGE	0x0020
#define VM_FAULT_NOPAGE		0x0100
#define VM_FAULT_LOCKED		0x0200
#define VM_FAULT_RETRY		0x0400
#define VM_FAULT_HWPOISON_LARGE_MASK 0xf000
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS | \
			 VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE)
#define VM_FAULT_GET_HINDEX(x)	(((x) >> 12) & 0xf)
#define VM_FAULT_SET_HINDEX(x)	((x) << 12)

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, unsigned int flags);
void pagefault_out_of_memory(void);

#endif
