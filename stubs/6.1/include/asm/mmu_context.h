/* SPDX-License-Identifier: GPL-2.0 */
/* Protection keys: vma_pkey() and arch_vma_access_permitted(), 6.1. */
#ifndef FK61_ASM_MMU_CONTEXT_H
#define FK61_ASM_MMU_CONTEXT_H

#include <linux/mm.h>
#include <asm/cpufeature.h>

#define ARCH_DEFAULT_PKEY	0

u32 read_pkru(void);

static inline int vma_pkey(struct vm_area_struct *vma)
{
	unsigned long vma_pkey_mask = VM_PKEY_BIT0 | VM_PKEY_BIT1 |
				      VM_PKEY_BIT2 | VM_PKEY_BIT3;

	return (vma->vm_flags & vma_pkey_mask) >> VM_PKEY_SHIFT;
}

/* arch/x86/include/asm/pkru.h: two bits per key, access and write disable */
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

static inline bool arch_vma_access_permitted(struct vm_area_struct *vma,
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

#endif
