/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <linux/mm.h> as RHEL 7's fault.c reads it: RHEL 6's (the model
 * in mm/rhel6/ runs it), with what 3.10 and RHEL 7's backports add: the
 * second pass's FAULT_FLAG_TRIED (45cac65b0fcd "readahead: fault retry
 * breaks mmap file read random detection", v3.7), FAULT_FLAG_INSTRUCTION
 * (d61172b4b695 "mm/core, x86/mm/pkeys: Differentiate instruction
 * fetches", v4.6) and VM_FAULT_SIGSEGV (33692f27597f "vm: add
 * VM_FAULT_SIGSEGV handling support", v3.19).
 */
#ifndef _SHIM_RHEL7_LINUX_MM_H
#define _SHIM_RHEL7_LINUX_MM_H

#include_next <linux/mm.h>

#define FAULT_FLAG_TRIED	0x100
#define FAULT_FLAG_INSTRUCTION	0x200

#define VM_FAULT_SIGSEGV	0x0040
#undef VM_FAULT_ERROR
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV | \
			 VM_FAULT_HWPOISON | VM_FAULT_HWPOISON_LARGE)

/* A fault is accounted when done (tests/rhel6/profile.c, 26178ec11ef3). */
#define FK_ACCOUNT_WHEN_DONE	1

#ifdef FK_FULL_FAULT_C
/*
 * 7.9's handle_mm_fault() takes the vma alone (dcddffd41d3f "mm: do not
 * pass mm_struct into handle_mm_fault", v4.8), earlier files the mm too;
 * the model's is the latter, and the mm is the vma's.
 */
#define FK7_HMF(_1, _2, _3, _4, name, ...)	name
#define FK7_HMF3(vma, address, flags)				\
	(handle_mm_fault)((vma)->vm_mm, vma, address, flags)
#define FK7_HMF4(mm, vma, address, flags)			\
	(handle_mm_fault)(mm, vma, address, flags)
#define handle_mm_fault(...)					\
	FK7_HMF(__VA_ARGS__, FK7_HMF4, FK7_HMF3, _2, _1)(__VA_ARGS__)
#endif

#endif
