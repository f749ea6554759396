/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FK61_MM_TYPES_H
#define FK61_MM_TYPES_H

#include <linux/types.h>
#include <asm/pgtable.h>

typedef unsigned int vm_fault_t;

/* mmap_lock for one task: read holds counted, a writer can hold it. */
struct rw_semaphore {
	int readers;
	int writer;		/* held for write by this task */
	int contended;		/* another thread holds it for write */
	int taken;		/* times taken for read */
	int taken_write;	/* times taken for write */
	int waited;		/* times this task slept for it */
};

struct mm_struct {
	struct vm_area_struct *mmap;	/* the model's vma list */
	union {
		struct rw_semaphore mmap_lock;
		/* its name before da1c55f1b272 (v5.8) */
		struct rw_semaphore mmap_sem;
	};
	pgd_t *pgd;
};

struct vm_area_struct {
	unsigned long vm_start, vm_end;
	struct mm_struct *vm_mm;
	unsigned long vm_flags;
	unsigned long vm_pgoff;
	/* the model's list, not 6.1's maple tree */
	struct vm_area_struct *vm_next;
};

struct page {
	struct list_head lru;
};

enum vm_fault_reason {
	VM_FAULT_OOM            = 0x000001,
	VM_FAULT_SIGBUS         = 0x000002,
	VM_FAULT_MAJOR          = 0x000004,
	VM_FAULT_WRITE          = 0x000008,
	VM_FAULT_HWPOISON       = 0x000010,
	VM_FAULT_HWPOISON_LARGE = 0x000020,
	VM_FAULT_SIGSEGV        = 0x000040,
	VM_FAULT_NOPAGE         = 0x000100,
	VM_FAULT_LOCKED         = 0x000200,
	VM_FAULT_RETRY          = 0x000400,
	VM_FAULT_FALLBACK       = 0x000800,
	VM_FAULT_DONE_COW       = 0x001000,
	VM_FAULT_NEEDDSYNC      = 0x002000,
	VM_FAULT_COMPLETED      = 0x004000,
	VM_FAULT_HINDEX_MASK    = 0x0f0000,
};

#define VM_FAULT_SET_HINDEX(x)	((vm_fault_t)((x) << 16))
#define VM_FAULT_GET_HINDEX(x)	(((x) >> 16) & 0xf)

#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS |		\
			 VM_FAULT_SIGSEGV | VM_FAULT_HWPOISON |		\
			 VM_FAULT_HWPOISON_LARGE | VM_FAULT_FALLBACK)

#endif
