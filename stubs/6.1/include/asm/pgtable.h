/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64 4-level page tables, as far as fault.c walks them (spurious
 * kernel faults, the oops dump). The p4d level is folded into the pgd as
 * on a 4-level kernel. Entries below the pgd are computed from the row's
 * kernel mappings by fk61_walk() when a walk reaches them.
 */
#ifndef FK61_PGTABLE_H
#define FK61_PGTABLE_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PTRS_PER_PGD	512
#define PGDIR_SHIFT	39

#define _PAGE_PRESENT	0x001UL
#define _PAGE_RW	0x002UL
#define _PAGE_USER	0x004UL
#define _PAGE_PSE	0x080UL
#define _PAGE_NX	(1UL << 63)

typedef struct { unsigned long pgd; } pgd_t;
typedef pgd_t p4d_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pte; } pte_t;

/* Fills the world's entry of @level (1 pud, 2 pmd, 3 pte) for @address. */
void *fk61_walk(int level, unsigned long address);

#define TASK_SIZE_MAX	((1UL << 47) - PAGE_SIZE)
#define VMALLOC_START	0xffffc90000000000UL
#define VMALLOC_END	0xffffe8ffffffffffUL
#define MODULES_VADDR	0xffffffffa0000000UL
#define MODULES_END	0xffffffffff000000UL
#define VSYSCALL_ADDR	(-10UL << 20)

static inline unsigned long pgd_index(unsigned long a)
{
	return (a >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1);
}

static inline unsigned long pgd_val(pgd_t pgd) { return pgd.pgd; }
static inline unsigned long p4d_val(p4d_t p4d) { return p4d.pgd; }
static inline unsigned long pud_val(pud_t pud) { return pud.pud; }
static inline unsigned long pmd_val(pmd_t pmd) { return pmd.pmd; }
static inline unsigned long pte_val(pte_t pte) { return pte.pte; }
static inline unsigned long pgd_flags(pgd_t pgd) { return pgd.pgd & 0xfff; }

static inline int pgd_present(pgd_t pgd) { return pgd.pgd & _PAGE_PRESENT; }
static inline int p4d_present(p4d_t p4d) { return p4d.pgd & _PAGE_PRESENT; }
static inline int pud_present(pud_t pud) { return pud.pud & _PAGE_PRESENT; }
static inline int pmd_present(pmd_t pmd) { return pmd.pmd & _PAGE_PRESENT; }
static inline int pte_present(pte_t pte) { return pte.pte & _PAGE_PRESENT; }

static inline int p4d_large(p4d_t p4d) { (void)p4d; return 0; }
static inline int pud_large(pud_t pud) { return !!(pud.pud & _PAGE_PSE); }
static inline int pmd_large(pmd_t pmd) { return !!(pmd.pmd & _PAGE_PSE); }

static inline int pte_write(pte_t pte) { return !!(pte.pte & _PAGE_RW); }
static inline int pte_exec(pte_t pte) { return !(pte.pte & _PAGE_NX); }

static inline p4d_t *p4d_offset(pgd_t *pgd, unsigned long a)
{
	(void)a;
	return pgd;
}

static inline pud_t *pud_offset(p4d_t *p4d, unsigned long a)
{
	(void)p4d;
	return fk61_walk(1, a);
}

static inline pmd_t *pmd_offset(pud_t *pud, unsigned long a)
{
	(void)pud;
	return fk61_walk(2, a);
}

static inline pte_t *pte_offset_kernel(pmd_t *pmd, unsigned long a)
{
	(void)pmd;
	return fk61_walk(3, a);
}

pte_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long address,
			     unsigned int *level);

#define __va(x)		((void *)(unsigned long)(x))

/*
 * Whether a kernel fault syncs a vmalloc mapping into the task's top
 * level (vmalloc_fault() on x86_64, which 7f0a002b5a21 removed in v5.8):
 * a shim of an older fault.c says so (stubs/5.4).
 */
#ifndef FK_VMALLOC_FAULT
#define FK_VMALLOC_FAULT	0
#endif

#endif
