/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What 5.4's vmalloc_fault() walks on x86_64 (7f0a002b5a21, v5.8, took
 * it away): init_mm's top level against the task's, which cr3 points
 * to (stubs/6.1/arch/x86/mm/pgtable.c). 4-level paging, p4d folded
 * into the pgd: a CPU without LA57.
 */
#ifndef FK54_ASM_PGTABLE_H
#define FK54_ASM_PGTABLE_H

#define FK_VMALLOC_FAULT	1
#include_next <asm/pgtable.h>

#define CONFIG_PGTABLE_LEVELS	4
#define PGDIR_MASK	(~((1UL << PGDIR_SHIFT) - 1))
#define PTE_PFN_MASK	0x000ffffffffff000UL

static inline int pgd_none(pgd_t pgd) { return !pgd.pgd; }
static inline int p4d_none(p4d_t p4d) { return !p4d.pgd; }
static inline int pud_none(pud_t pud) { return !pud.pud; }
static inline int pmd_none(pmd_t pmd) { return !pmd.pmd; }
static inline bool pgtable_l5_enabled(void) { return false; }

static inline unsigned long pgd_page_vaddr(pgd_t pgd)
{
	return pgd.pgd & PTE_PFN_MASK;
}

static inline unsigned long p4d_pfn(p4d_t p4d)
{
	return (p4d.pgd & PTE_PFN_MASK) >> PAGE_SHIFT;
}

#define pgd_offset_k(address)	(init_mm.pgd + pgd_index(address))

/* a 5-level kernel's; never with 4-level paging */
static inline void set_pgd(pgd_t *pgd, pgd_t val) { *pgd = val; }
/* writes the task's top-level entry: recorded (the sync) */
void set_p4d(p4d_t *p4dp, unsigned long val);
#define set_p4d(p4dp, val)	set_p4d((p4dp), (val).pgd)
static inline void arch_flush_lazy_mmu_mode(void) { }
/* vmalloc_sync_mappings()'s, which no fault calls */
void sync_global_pgds(unsigned long start, unsigned long end);

#endif
