/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/mmu_context.h>, as RHEL 7's fault.c reads it (protection
 * keys, backported in 7.4): with OSPKE off (asm/cpufeature.h) PKRU is 0,
 * so every key allows every access, and a VMA's key is 0.
 */
#ifndef _SHIM_ASM_MMU_CONTEXT_H
#define _SHIM_ASM_MMU_CONTEXT_H

#include <linux/mm.h>

static inline int vma_pkey(struct vm_area_struct *vma)
{
	(void)vma;
	return 0;
}

static inline bool arch_vma_access_permitted(struct vm_area_struct *vma,
		bool write, bool execute, bool foreign)
{
	(void)vma; (void)write; (void)execute; (void)foreign;
	return true;
}

#endif
