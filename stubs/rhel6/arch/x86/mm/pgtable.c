// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel page tables a whole fault.c walks, from the row's kernel
 * mappings: init_mm's pgd has an entry where a mapping is present,
 * current's only where it was synced already (KM_SYNCED); the levels
 * below are shared by both and filled when a walk reaches them.
 */
#include <string.h>

#include <linux/sched.h>

#include <fk_x86.h>

struct mm_struct init_mm;

/* A table's entry: a made-up frame below it, and the bits it grants. */
static unsigned long entry(unsigned long frame, unsigned int km)
{
	unsigned long v = frame << PAGE_SHIFT;

	if (!(km & KM_PRESENT))
		return 0;
	v |= _PAGE_PRESENT;
	if (km & KM_WRITE)
		v |= _PAGE_RW;
	if (!(km & KM_EXEC))
		v |= _PAGE_NX;
	if (km & KM_LARGE)
		v |= _PAGE_PSE;
	return v;
}

void *fk_pgtable_walk(int level, unsigned long address)
{
	unsigned int km = fk_kmap_entry(fk_kmap_lookup(address), level);
	unsigned long frame = (address >> (PAGE_SHIFT + 9 * (3 - level))) &
			      0xfffffffUL;

	switch (level) {
	case 1:
		w.pud.pud = entry(frame, km);
		return &w.pud;
	case 2:
		w.pmd.pmd = entry(frame, km);
		return &w.pmd;
	default:
		w.pte.pte = entry(frame, km);
		return &w.pte;
	}
}

void fk_pgtable_setup(void)
{
	const struct fk_kmap *k;
	unsigned long i;

	/* exploring, the mapping at the address is chosen with the tables */
	fk_kmap_lookup(w.in->address);
	for (k = w.kmaps; k < w.kmaps + FK_NKMAPS; k++) {
		if (!k->end || !(k->prot & KM_PRESENT))
			continue;
		i = pgd_index(k->start);
		w.pgd_k[i].pgd = entry(i + 1, KM_PRESENT | KM_WRITE | KM_EXEC);
		if (k->prot & KM_SYNCED)
			w.pgd[i] = w.pgd_k[i];
	}
	init_mm.pgd = w.pgd_k;
	w.mm.pgd = w.pgd;
}

/* Copies init_mm's entry into current's pgd: the mapping is synced. */
void set_pgd(pgd_t *pgd, pgd_t val)
{
	struct fk_kmap *k;

	*pgd = val;
	for (k = w.kmaps; k < w.kmaps + FK_NKMAPS; k++)
		if (k->end && pgd == &w.pgd[pgd_index(k->start)])
			k->prot |= KM_SYNCED;
}

/* The entry that maps @address in init_mm, at whichever level. */
pte_t *lookup_address(unsigned long address, unsigned int *level)
{
	pud_t *pud;
	pmd_t *pmd;

	*level = 0;
	if (!pgd_present(*pgd_offset_k(address)))
		return NULL;
	pud = pud_offset(NULL, address);
	*level = 3;
	if (pud_large(*pud) || !pud_present(*pud))
		return (pte_t *)pud;
	pmd = pmd_offset(pud, address);
	*level = 2;
	if (pmd_large(*pmd) || !pmd_present(*pmd))
		return (pte_t *)pmd;
	*level = 1;
	return pte_offset_kernel(pmd, address);
}

unsigned long read_cr3(void)
{
	return (unsigned long)w.mm.pgd;
}
