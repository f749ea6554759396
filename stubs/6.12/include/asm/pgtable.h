/* SPDX-License-Identifier: GPL-2.0 */
/*
 * 6.9 renamed the page-table leaf tests (*_large() to *_leaf(), the same
 * meaning), and show_fault_oops() asks for the effective NX and RW bits
 * of a walk (lookup_address_in_pgd_attr(), arch/x86/mm/pat/set_memory.c).
 */
#ifndef FK612_PGTABLE_H
#define FK612_PGTABLE_H

#include_next <asm/pgtable.h>

static inline int p4d_leaf(p4d_t p4d) { return p4d_large(p4d); }
static inline int pud_leaf(pud_t pud) { return pud_large(pud); }
static inline int pmd_leaf(pmd_t pmd) { return pmd_large(pmd); }

pte_t *lookup_address_in_pgd_attr(pgd_t *pgd, unsigned long address,
				  unsigned int *level, bool *nx, bool *rw);

#endif
