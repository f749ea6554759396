// SPDX-License-Identifier: GPL-2.0
/*
 * init_mm's page tables for kernel addresses, from the row's kernel
 * mappings: the pgd says present where a mapping is; each lower level is
 * filled when a walk reaches it, with the bits the mapping asks for.
 */
#include <string.h>

#include <linux/sched.h>

#include <fk_x86.h>

struct mm_struct init_mm;

/* The entry of @level for @k, with the bits fk_kmap_entry() grants. */
static unsigned long entry(int level, const struct fk_kmap *k)
{
	unsigned int km = fk_kmap_entry(k, level);
	unsigned long v = _PAGE_PRESENT;

	if (!km)
		return 0;
	if (km & KM_WRITE)
		v |= _PAGE_RW;
	if (level == 3 || (km & KM_LARGE)) {
		if (km & KM_LARGE)
			v |= _PAGE_PSE;
		if (!(km & KM_EXEC))
			v |= _PAGE_NX;
	}
	return v;
}

void *fk61_walk(int level, unsigned long address)
{
	const struct fk_kmap *k = fk_kmap_lookup(address);

	switch (level) {
	case 1:
		w.pud.pud = entry(1, k);
		return &w.pud;
	case 2:
		w.pmd.pmd = entry(2, k);
		return &w.pmd;
	default:
		w.pte.pte = entry(3, k);
		return &w.pte;
	}
}

void fk61_pgd_setup(void)
{
	int i;

	/* exploring, the mapping at the address is chosen with the tables */
	fk_kmap_lookup(w.in->address);
	memset(w.pgd, 0, sizeof(w.pgd));
	for (i = 0; i < FK_NKMAPS; i++)
		if (w.in->kmaps[i].end && (w.in->kmaps[i].prot & KM_PRESENT))
			w.pgd[pgd_index(w.in->kmaps[i].start)].pgd =
				_PAGE_PRESENT | _PAGE_RW;
	init_mm.pgd = w.pgd;
}

unsigned long read_cr3_pa(void)
{
	return (unsigned long)w.pgd;
}

pte_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long address,
			     unsigned int *level)
{
	*level = 4;
	return pgd_present(*pgd) ? fk61_walk(3, address) : NULL;
}
