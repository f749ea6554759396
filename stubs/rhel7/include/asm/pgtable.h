/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RHEL 6's <asm/pgtable.h> shim, with what RHEL 7's 64-bit vmalloc_fault()
 * reads: a pud's and a pmd's pfn, and whether either maps a huge page
 * (3.10's x86 pud_huge() and pmd_huge() test _PAGE_PSE). The vmalloc sync
 * of all pgds and the lazy MMU mode's flush are not the fault path's:
 * vmalloc_sync_all() is never called from it, and no paravirt lazy mode
 * is under way.
 */
#ifndef _SHIM_RHEL7_ASM_PGTABLE_H
#define _SHIM_RHEL7_ASM_PGTABLE_H

#include_next <asm/pgtable.h>

static inline unsigned long pud_pfn(pud_t e)
{
	return (e.pud & PAGE_MASK & ~_PAGE_NX) >> PAGE_SHIFT;
}

static inline unsigned long pmd_pfn(pmd_t e)
{
	return (e.pmd & PAGE_MASK & ~_PAGE_NX) >> PAGE_SHIFT;
}

static inline int pud_huge(pud_t e) { return !!(e.pud & _PAGE_PSE); }
static inline int pmd_huge(pmd_t e) { return !!(e.pmd & _PAGE_PSE); }

static inline void sync_global_pgds(unsigned long start, unsigned long end,
				    int removed)
{
	(void)start; (void)end; (void)removed;
}

static inline void arch_flush_lazy_mmu_mode(void) { }

#endif
