/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_MM_H
#define FK61_MM_H

#include <linux/mm_types.h>
#include <linux/version.h>
#include <asm/ptrace.h>

#define VM_NONE		0x00000000UL
#define VM_READ		0x00000001UL
#define VM_WRITE	0x00000002UL
#define VM_EXEC		0x00000004UL
#define VM_SHARED	0x00000008UL
#define VM_GROWSDOWN	0x00000100UL
#define VM_ACCESS_FLAGS	(VM_READ | VM_WRITE | VM_EXEC)
#define VM_HIGH_ARCH_0	(1UL << 32)
#define VM_PKEY_SHIFT	32
#define VM_PKEY_BIT0	(1UL << 32)
#define VM_PKEY_BIT1	(1UL << 33)
#define VM_PKEY_BIT2	(1UL << 34)
#define VM_PKEY_BIT3	(1UL << 35)

enum fault_flag {
	FAULT_FLAG_WRITE =		1 << 0,
	FAULT_FLAG_MKWRITE =		1 << 1,
	FAULT_FLAG_ALLOW_RETRY =	1 << 2,
	FAULT_FLAG_RETRY_NOWAIT =	1 << 3,
	FAULT_FLAG_KILLABLE =		1 << 4,
	FAULT_FLAG_TRIED =		1 << 5,
	FAULT_FLAG_USER =		1 << 6,
	FAULT_FLAG_REMOTE =		1 << 7,
	FAULT_FLAG_INSTRUCTION =	1 << 8,
	FAULT_FLAG_INTERRUPTIBLE =	1 << 9,
};

#define FAULT_FLAG_DEFAULT  (FAULT_FLAG_ALLOW_RETRY | \
			     FAULT_FLAG_KILLABLE | \
			     FAULT_FLAG_INTERRUPTIBLE)

static inline bool vma_is_accessible(struct vm_area_struct *vma)
{
	return vma->vm_flags & VM_ACCESS_FLAGS;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *lock_mm_and_find_vma(struct mm_struct *mm,
					    unsigned long address,
					    struct pt_regs *regs);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(5, 9, 0)
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags, struct pt_regs *regs);
#else	/* bce617edecad (v5.9) added @regs, to account the fault */
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags);
#endif
int expand_stack_locked(struct vm_area_struct *vma, unsigned long address);
void pagefault_out_of_memory(void);
void print_vma_addr(const char *prefix, unsigned long rip);
bool is_vmalloc_addr(const void *x);

/* include/linux/mmap_lock.h */
bool mmap_read_trylock(struct mm_struct *mm);
int mmap_read_lock_killable(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);
int mmap_write_lock_killable(struct mm_struct *mm);
void mmap_write_unlock(struct mm_struct *mm);
void mmap_write_downgrade(struct mm_struct *mm);

extern struct mm_struct init_mm;
extern unsigned long stack_guard_gap;
extern unsigned long mmap_min_addr;

#endif
