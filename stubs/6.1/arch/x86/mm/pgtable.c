// SPDX-License-Identifier: GPL-2.0
/*
 * init_mm's page tables for kernel addresses, from the row's kernel
 * mappings: the pgd says present where a mapping is; each lower level is
 * filled when a walk reaches it, with the bits the mapping asks for.
 * The task's top level (cr3's) is init_mm's (below).
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

/*
 * The task's top level: init_mm's, as x86_64 shares the kernel's page
 * tables below it, which cover the whole vmalloc area from v5.8
 * (7f0a002b5a21 removed vmalloc_fault() there). Before, an entry a
 * vmalloc() made after the task's pgd was copied is in the task's only
 * once synced: a mapping marked KM_SYNCED, as the RHEL 6 model has it.
 * Only there: pgd_ctor() copies every other kernel entry. The shim's
 * asm/pgtable.h says which (FK_VMALLOC_FAULT).
 */
static void task_pgd_setup(void)
{
	int i;

	memcpy(w.task_pgd, w.pgd, sizeof(w.pgd));
	for (i = 0; FK_VMALLOC_FAULT && i < FK_NKMAPS; i++)
		if (w.kmaps[i].end && !(w.kmaps[i].prot & KM_SYNCED) &&
		    w.kmaps[i].start >= VMALLOC_START &&
		    w.kmaps[i].start < VMALLOC_END)
			w.task_pgd[pgd_index(w.kmaps[i].start)].pgd = 0;
	fk_name('p', (unsigned long)&w.task_pgd[pgd_index(w.in->address)],
		"p4d");
}

#if FK_VMALLOC_FAULT
#undef set_p4d	/* the shim's, which passes the entry's value */

/* vmalloc_fault() copies init_mm's entry into the task's top level */
FK_VOID2(set_p4d, "p a", p4d_t *, p4dp, unsigned long, val)
{
	if (p4dp < w.task_pgd || p4dp >= w.task_pgd + PTRS_PER_PGD)
		fk_violation("set_p4d: not an entry of the task's top level");
	else
		p4dp->pgd = val;
}
#endif

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
	task_pgd_setup();
}

unsigned long read_cr3_pa(void)
{
	return (unsigned long)w.task_pgd;
}

pte_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long address,
			     unsigned int *level)
{
	*level = 4;
	return pgd_present(*pgd) ? fk61_walk(3, address) : NULL;
}
