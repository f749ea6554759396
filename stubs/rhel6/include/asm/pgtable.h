/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/pgtable.h> and <asm/pgtable_64.h>. The pgd levels are
 * arrays of the world (init_mm's and current's); the levels below are
 * computed from the row's kernel mappings by fk_pgtable_walk() when a
 * walk reaches them, and shared by both pgds as in the kernel.
 */
#ifndef _SHIM_ASM_PGTABLE_H
#define _SHIM_ASM_PGTABLE_H

#include <asm/pgtable_types.h>
#include <linux/mm_types.h>

extern struct mm_struct init_mm;

/* The world's entry of @level (1 pud, 2 pmd, 3 pte) for @address. */
void *fk_pgtable_walk(int level, unsigned long address);

static inline unsigned long pgd_index(unsigned long a)
{
	return (a >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1);
}

#define pgd_offset(mm, a)	((mm)->pgd + pgd_index(a))
#define pgd_offset_k(a)		pgd_offset(&init_mm, (a))

static inline unsigned long pgd_val(pgd_t e) { return e.pgd; }
static inline unsigned long pud_val(pud_t e) { return e.pud; }
static inline unsigned long pmd_val(pmd_t e) { return e.pmd; }
static inline unsigned long pte_val(pte_t e) { return e.pte; }

static inline int pgd_none(pgd_t e) { return !e.pgd; }
static inline int pud_none(pud_t e) { return !e.pud; }
static inline int pmd_none(pmd_t e) { return !e.pmd; }

static inline int pgd_present(pgd_t e) { return e.pgd & _PAGE_PRESENT; }
static inline int pud_present(pud_t e) { return e.pud & _PAGE_PRESENT; }
static inline int pmd_present(pmd_t e) { return e.pmd & _PAGE_PRESENT; }
static inline int pte_present(pte_t e) { return e.pte & _PAGE_PRESENT; }

static inline int pud_large(pud_t e) { return !!(e.pud & _PAGE_PSE); }
static inline int pmd_large(pmd_t e) { return !!(e.pmd & _PAGE_PSE); }

static inline int pte_write(pte_t e) { return !!(e.pte & _PAGE_RW); }
static inline int pte_exec(pte_t e) { return !(e.pte & _PAGE_NX); }

/* Where the table below an entry is: its frame, as a number. */
static inline unsigned long pgd_page_vaddr(pgd_t e)
{
	return e.pgd & PAGE_MASK & ~_PAGE_NX;
}

static inline unsigned long pud_page_vaddr(pud_t e)
{
	return e.pud & PAGE_MASK & ~_PAGE_NX;
}

static inline unsigned long pmd_page(pmd_t e)
{
	return e.pmd & PAGE_MASK & ~_PAGE_NX;
}

static inline unsigned long pte_pfn(pte_t e)
{
	return (e.pte & ~_PAGE_NX) >> PAGE_SHIFT;
}

/* Every pgd shares the levels below: the walk finds them by address. */
#define pud_offset(pgd, a)	((pud_t *)fk_pgtable_walk(1, (a)))
#define pmd_offset(pud, a)	((pmd_t *)fk_pgtable_walk(2, (a)))
#define pte_offset_kernel(pmd, a) ((pte_t *)fk_pgtable_walk(3, (a)))

void set_pgd(pgd_t *pgd, pgd_t val);
pte_t *lookup_address(unsigned long address, unsigned int *level);

/* vmalloc_sync_all() walks the list of pgds; the world has none on it. */
struct page;
static inline void *page_address(struct page *page)
{
	(void)page;
	return NULL;
}

static inline struct mm_struct *pgd_page_get_mm(struct page *page)
{
	(void)page;
	return &init_mm;
}

#define __va(x)		((void *)(unsigned long)(x))

#endif
