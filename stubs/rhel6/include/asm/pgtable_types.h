/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shim of <asm/pgtable_types.h> and <asm/pgtable_64_types.h>: x86_64
 * 4-level page-table entries, as the whole fault.c walks them (vmalloc
 * and spurious faults, the oops dump).
 */
#ifndef _SHIM_ASM_PGTABLE_TYPES_H
#define _SHIM_ASM_PGTABLE_TYPES_H

#include <asm/page.h>

#define _PAGE_PRESENT	0x001UL
#define _PAGE_RW	0x002UL
#define _PAGE_PSE	0x080UL
#define _PAGE_NX	(1UL << (8 * sizeof(long) - 1))

#define PTRS_PER_PGD	512
#if __SIZEOF_LONG__ == 8
#define PGDIR_SHIFT	39
#else
#define PGDIR_SHIFT	22
#endif
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))
/* cr3 holds a host address here: no bits above the page frame to drop */
#define PHYSICAL_PAGE_MASK	PAGE_MASK

typedef struct { unsigned long pgd; } pgd_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pte; } pte_t;

#endif
