/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Protection keys, 6.1 and 6.12 alike: vma_pkey() (asm/pkeys.h),
 * __pkru_allows_pkey() (asm/pgtable.h, with asm/pkru.h's bits),
 * vma_is_foreign() (linux/mm.h), arch_vma_access_permitted().
 */
#ifndef FK61_ASM_MMU_CONTEXT_H
#define FK61_ASM_MMU_CONTEXT_H

#include <linux/mm.h>
#include <asm/cpufeature.h>
#include <fk_kernel.h>

#define ARCH_DEFAULT_PKEY	0

u32 read_pkru(void);

static inline int vma_pkey(struct vm_area_struct *vma)
{
	unsigned long vma_pkey_mask = VM_PKEY_BIT0 | VM_PKEY_BIT1 |
				      VM_PKEY_BIT2 | VM_PKEY_BIT3;

	return (vma->vm_flags & vma_pkey_mask) >> VM_PKEY_SHIFT;
}

/* asm/pgtable.h with asm/pkru.h's bits: two per key, access and write disable */
static inline bool __pkru_allows_pkey(u16 pkey, bool write)
{
	u32 pkru = read_pkru();

	if (pkru & (1U << (pkey * 2)))
		return false;
	if (write && (pkru & (2U << (pkey * 2))))
		return false;
	return true;
}

static inline bool vma_is_foreign(struct vm_area_struct *vma)
{
	extern struct task_struct *fk61_current;
	return fk61_current->mm != vma->vm_mm;
}

static inline bool fk61_vma_access_permitted(struct vm_area_struct *vma,
		bool write, bool execute, bool foreign)
{
	/* pkeys never affect instruction fetches */
	if (execute)
		return true;
	/* allow access if the VMA is not one from this process */
	if (foreign || vma_is_foreign(vma))
		return true;
	return __pkru_allows_pkey(vma_pkey(vma), write);
}

/* (make model-check replays the kernel's next to it: tests/6.1/leafcheck.h) */
static inline bool arch_vma_access_permitted(struct vm_area_struct *vma,
		bool write, bool execute, bool foreign)
{
	bool ok = fk61_vma_access_permitted(vma, write, execute, foreign);

	if (fk61_real.arch_vma_access_permitted)
		fk61_real.arch_vma_access_permitted(vma, write, execute,
						    foreign, ok);
	return ok;
}

#endif
